// Worker thread for the lock test: another "execution" that takes the script lock, holds it, then releases it.
import { parentPort, workerData } from 'node:worker_threads';
import { createRuntime } from '../../../apps-script/local/index.ts';

const { lockBuffer, released, holdMs } = workerData as {
  lockBuffer: SharedArrayBuffer;
  released: SharedArrayBuffer;
  holdMs: number;
};
const rt = createRuntime({ lockBuffer });
rt.runExecution('webapp', () => {
  const lock = rt.LockService.getScriptLock();
  lock.waitLock(5000);
  parentPort?.postMessage('locked');
  rt.Utilities.sleep(holdMs);
  Atomics.store(new Int32Array(released), 0, 1);
  lock.releaseLock();
});
parentPort?.postMessage('done');
