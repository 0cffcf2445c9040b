// The queue's chrome adapter: one writer at a time, sending when due, waking through chrome.alarms, the badge count.
import type { ActionInput } from '../../shared/model/action.ts';
import { MAX_BODY_BYTES } from '../../shared/wire.ts';
import { nextWakeAt, recover, type SendOutcome, settle, takeBatch, waitingCount } from '../queue/machine.ts';
import type { QueueState } from '../queue/schema.ts';
import { keyOf, read, readQueue, write } from './store.ts';
import { sendActions } from './web-app.ts';

export const FLUSH_ALARM = 'malkoll-flush';
/** Room for the envelope (version, op, token) around the actions. */
const ENVELOPE_BYTES = 1024;
/** chrome.alarms fire no sooner than this; shorter waits use a timer while the worker is awake. */
const ALARM_MIN_MS = 30_000;

const encoder = new TextEncoder();
const sizeOf = (action: ActionInput) => encoder.encode(JSON.stringify(action)).length;

let queueLock: Promise<unknown> = Promise.resolve();

/** Read-modify-write of the stored queue, one at a time within this worker (the only writer). */
export function updateQueue(change: (state: QueueState) => QueueState): Promise<QueueState> {
  const run = queueLock.then(async () => {
    const state = change(await readQueue());
    await write('queue', state);
    return state;
  });
  queueLock = run.catch(() => undefined);
  return run;
}

let flushChain: Promise<void> = Promise.resolve();

/** Sends whatever is due; calls queue up so two sends never race. */
export function flush(): Promise<void> {
  flushChain = flushChain.then(sendDue).catch((error: unknown) => console.error('Målkoll: sending failed', error));
  return flushChain;
}

/** A new worker has nothing in flight: entries marked as sending by a killed worker go back in line. */
export function recoverAfterRestart(): Promise<QueueState> {
  return updateQueue(recover);
}

async function sendDue(): Promise<void> {
  for (;;) {
    const connection = await read('connection');
    const key = keyOf(connection);
    if (!connection || key === null) break;
    let batch: ActionInput[] = [];
    await updateQueue((state) => {
      const taken = takeBatch(state, key, Date.now(), MAX_BODY_BYTES - ENVELOPE_BYTES, sizeOf);
      batch = taken.actions;
      return taken.state;
    });
    if (batch.length === 0) break;
    const outcome = await deliver(connection, batch);
    const ids = batch.map((action) => action.id);
    await updateQueue((state) => settle(state, ids, outcome, Date.now()));
    // Only this token is refused: the member may have connected anew while the request was out.
    if (outcome.kind === 'unauthorized' && (await read('connection'))?.token === connection.token) {
      await write('connection', { ...connection, revoked: true });
    }
    if (outcome.kind === 'failed' || outcome.kind === 'unauthorized') break;
  }
  await scheduleAndShow(await readQueue());
}

async function deliver(connection: { url: string; token: string }, actions: ActionInput[]): Promise<SendOutcome> {
  const answer = await sendActions(connection, actions);
  switch (answer.kind) {
    case 'ok':
      return { kind: 'results', results: answer.data.results };
    case 'error':
      if (answer.code === 'unauthorized') return { kind: 'unauthorized' };
      if (answer.code === 'bad_request' || answer.code === 'too_large')
        return { kind: 'refused', message: answer.message };
      // busy and rate_limited may say how long to wait; the web app knows better than the backoff.
      if (answer.retryAfterSeconds !== undefined)
        return { kind: 'failed', retryAfterMs: answer.retryAfterSeconds * 1000 };
      return { kind: 'failed' };
    default:
      return { kind: 'failed' };
  }
}

let wakeTimer: ReturnType<typeof setTimeout> | undefined;

/** Wakes the worker when the next send is due, and shows how many entries wait on the toolbar button. */
export async function scheduleAndShow(state: QueueState): Promise<void> {
  clearTimeout(wakeTimer);
  const connection = keyOf(await read('connection'));
  const wakeAt = nextWakeAt(state, connection);
  const now = Date.now();
  if (wakeAt === null) {
    await chrome.alarms.clear(FLUSH_ALARM);
  } else {
    await chrome.alarms.create(FLUSH_ALARM, { when: Math.max(wakeAt, now + ALARM_MIN_MS) });
    if (wakeAt - now < ALARM_MIN_MS) wakeTimer = setTimeout(() => void flush(), Math.max(0, wakeAt - now));
  }
  const waiting = waitingCount(state, connection);
  await chrome.action.setBadgeBackgroundColor({ color: state.halted ? '#b3261e' : '#1f5fa8' });
  await chrome.action.setBadgeText({ text: state.halted ? '!' : waiting > 0 ? String(waiting) : '' });
}
