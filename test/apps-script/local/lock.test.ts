// LockService really excludes: a worker thread holding the script lock blocks waitLock here until it lets go.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createLockBuffer, createRuntime } from '../../../apps-script/local/index.ts';

function startHolder(
  lockBuffer: SharedArrayBuffer,
  released: SharedArrayBuffer,
  holdMs: number,
): { worker: Worker; locked: Promise<void> } {
  const holder = new URL('./lock-holder.ts', import.meta.url).href;
  const worker = new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(holder)}); });`,
    { eval: true, workerData: { lockBuffer, released, holdMs } },
  );
  const locked = new Promise<void>((resolve, reject) => {
    worker.on('message', (m) => m === 'locked' && resolve());
    worker.on('error', reject);
  });
  return { worker, locked };
}

describe('LockService', () => {
  it('blocks waitLock while a worker thread holds the script lock, and acquires it once released', async () => {
    const lockBuffer = createLockBuffer();
    const released = new SharedArrayBuffer(4);
    const rt = createRuntime({ lockBuffer });
    const { worker, locked } = startHolder(lockBuffer, released, 400);
    await locked;
    const lock = rt.LockService.getScriptLock();
    expect(lock.tryLock(20)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(20)).toThrow('Lock timeout: another process was holding the lock for too long.');
    lock.waitLock(10000);
    expect(Atomics.load(new Int32Array(released), 0)).toBe(1);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    await worker.terminate();
  });

  it('excludes another execution in the same runtime and releases locks when an execution ends', () => {
    const rt = createRuntime();
    const outcome = rt.runExecution('ui', () => {
      const mine = rt.LockService.getScriptLock();
      mine.waitLock(100);
      const other = rt.runExecution('webapp', () => rt.LockService.getScriptLock().tryLock(10));
      return { other, reentrant: mine.tryLock(0) };
    });
    expect(outcome).toEqual({ other: false, reentrant: true });
    expect(rt.runExecution('ui', () => rt.LockService.getScriptLock().tryLock(0))).toBe(true);
  });

  it('keeps script, document and user locks apart', () => {
    const rt = createRuntime();
    rt.runExecution('ui', () => {
      rt.LockService.getScriptLock().waitLock(10);
      const others = rt.runExecution('ui', () => [
        rt.LockService.getDocumentLock().tryLock(0),
        rt.LockService.getUserLock().tryLock(0),
      ]);
      expect(others).toEqual([true, true]);
    });
  });
});
