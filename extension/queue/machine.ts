// The outbox as a pure state machine: entries wait, go out in batches, and leave only when the web app has them.
import type { ActionInput } from '../../shared/model/action.ts';
import { type ActionResult, MAX_ACTIONS_PER_REQUEST } from '../../shared/wire.ts';
import type { QueueEntry, QueueState } from './schema.ts';

/** Entries stay undoable this long after the click before they are sent, unless the `sendDelayMs` setting says otherwise. */
export const UNDO_GRACE_MS = 8_000;
/** An entry opened for changing waits this long for the change before it is sent as it is. */
export const EDIT_HOLD_MS = 120_000;
/** Finished entries shown under the popup's log, newest first. */
const HISTORY_LIMIT = 10;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;

/** What came back for one batch. */
export type SendOutcome =
  | { kind: 'results'; results: readonly ActionResult[] }
  | { kind: 'unauthorized' }
  /** The request as a whole was refused (bad_request, too_large). */
  | { kind: 'refused'; message: string }
  /**
   * Network down, busy, rate limited, internal error or an answer that could not be read: try again later, and no
   * sooner than `retryAfterMs` when the web app said how long to wait.
   */
  | { kind: 'failed'; retryAfterMs?: number };

export type Batch = { state: QueueState; actions: ActionInput[] };

/** A new entry: what was logged, where, and the connection (see connectionKey) it may be sent through. */
export type NewEntry = Pick<QueueEntry, 'action' | 'pageType' | 'connection' | 'fromTab'>;

/**
 * Who an entry is sent as: the web app and the member the board named. A new code for the same member keeps their
 * waiting entries going; connecting as someone else (or to another web app) leaves them for the member to undo.
 */
export function connectionKey(url: string, member: string): string {
  return JSON.stringify([url, member]);
}

export function emptyQueue(): QueueState {
  return { entries: [], failures: 0, retryAt: null, halted: false, batchLimit: MAX_ACTIONS_PER_REQUEST };
}

export function backoffDelay(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), MAX_RETRY_MS);
}

/** Adds an entry that is not sent before `sendAfter`: until then it can be undone or changed. */
export function enqueue(state: QueueState, entry: NewEntry, sendAfter: number): QueueState {
  return trimHistory({ ...state, entries: [{ ...entry, status: 'queued', sendAfter }, ...state.entries] });
}

/** Waiting, but logged under another connection than the current one (null: none): it will not be sent through it. */
export function fromOtherConnection(entry: QueueEntry, connection: string | null): boolean {
  return entry.status === 'queued' && entry.connection !== connection;
}

/** Waiting to be sent through this connection. */
function sendable(entry: QueueEntry, connection: string | null): boolean {
  return entry.status === 'queued' && entry.connection === connection;
}

export function canChange(entry: QueueEntry): boolean {
  return entry.status === 'queued' && !entry.sending;
}

/** Removes an entry the web app has not been sent yet; anything else is left alone. */
export function undo(state: QueueState, id: string): QueueState {
  const entries = state.entries.filter((entry) => entry.action.id !== id || !canChange(entry));
  return entries.length === state.entries.length ? state : { ...state, entries };
}

/** Replaces the fields of an entry that has not been sent yet, keeping its id (the idempotency key), and sends it. */
export function amend(state: QueueState, action: ActionInput, now: number): QueueState {
  return {
    ...state,
    entries: state.entries.map((entry) =>
      entry.action.id === action.id && canChange(entry) ? { ...entry, action, sendAfter: now } : entry,
    ),
  };
}

/** Keeps an unsent entry back while the member changes it. */
export function hold(state: QueueState, id: string, now: number): QueueState {
  return {
    ...state,
    entries: state.entries.map((entry) =>
      entry.action.id === id && canChange(entry)
        ? { ...entry, sendAfter: Math.max(entry.sendAfter, now + EDIT_HOLD_MS) }
        : entry,
    ),
  };
}

/** Entries waiting to go through this connection. */
export function waitingCount(state: QueueState, connection: string | null): number {
  return state.entries.filter((entry) => sendable(entry, connection)).length;
}

/** A fresh worker has no request in flight: whatever was being sent when the old one died goes back in line. */
export function recover(state: QueueState): QueueState {
  if (!state.entries.some((entry) => entry.sending)) return state;
  return { ...state, entries: state.entries.map(({ sending: _, ...entry }) => entry) };
}

/** When the worker should next try to send through this connection, or null when there is nothing it can send. */
export function nextWakeAt(state: QueueState, connection: string | null): number | null {
  if (state.halted) return null;
  const waiting = state.entries.filter((entry) => sendable(entry, connection) && !entry.sending);
  if (waiting.length === 0) return null;
  const earliest = Math.min(...waiting.map((entry) => entry.sendAfter));
  return Math.max(earliest, state.retryAt ?? 0);
}

/**
 * The oldest due entries of this connection, at most `batchLimit` of them and at most `maxBytes` of JSON, marked as
 * sending. `sizeOf` measures one action as the request will carry it.
 */
export function takeBatch(
  state: QueueState,
  connection: string,
  now: number,
  maxBytes: number,
  sizeOf: (action: ActionInput) => number,
): Batch {
  if (state.halted || (state.retryAt !== null && state.retryAt > now)) return { state, actions: [] };
  const due = state.entries.filter((entry) => sendable(entry, connection) && !entry.sending && entry.sendAfter <= now);
  const actions: ActionInput[] = [];
  let bytes = 0;
  for (const entry of due.reverse()) {
    const size = sizeOf(entry.action) + 1;
    if (actions.length >= state.batchLimit || (actions.length > 0 && bytes + size > maxBytes)) break;
    actions.push(entry.action);
    bytes += size;
  }
  if (actions.length === 0) return { state, actions };
  const ids = new Set(actions.map((action) => action.id));
  const entries = state.entries.map((entry) => (ids.has(entry.action.id) ? { ...entry, sending: true } : entry));
  return { state: { ...state, entries }, actions };
}

/** Applies the web app's answer (or its absence) to the batch with these ids. */
export function settle(state: QueueState, batchIds: readonly string[], outcome: SendOutcome, now: number): QueueState {
  const inBatch = new Set(batchIds);
  const entries = state.entries.map((entry) => {
    if (!inBatch.has(entry.action.id)) return entry;
    const { sending: _, ...rest } = entry;
    return rest;
  });
  const settled = { ...state, entries };
  switch (outcome.kind) {
    case 'results':
      return applyResults(settled, inBatch, outcome.results, now);
    case 'unauthorized':
      return { ...settled, halted: true, failures: 0, retryAt: null };
    case 'refused':
      return splitOrReject(settled, batchIds, outcome.message);
    case 'failed': {
      const failures = state.failures + 1;
      return { ...settled, failures, retryAt: now + (outcome.retryAfterMs ?? backoffDelay(failures)) };
    }
  }
}

/** After the member reconnects with a valid code, sending resumes at once. */
export function resume(state: QueueState): QueueState {
  return { ...state, halted: false, failures: 0, retryAt: null };
}

/** Sends what is waiting now rather than at the scheduled retry. */
export function retryNow(state: QueueState): QueueState {
  return { ...state, retryAt: null };
}

function applyResults(
  state: QueueState,
  inBatch: Set<string>,
  results: readonly ActionResult[],
  now: number,
): QueueState {
  const byId = new Map(results.filter((result) => inBatch.has(result.id)).map((result) => [result.id, result]));
  const entries = state.entries.map((entry): QueueEntry => {
    const result = byId.get(entry.action.id);
    if (!result || entry.status !== 'queued') return entry;
    if (result.status === 'rejected') return { ...entry, status: 'rejected', reason: result.error ?? '' };
    return { ...entry, status: 'sent' };
  });
  const unanswered = inBatch.size - byId.size;
  const failures = unanswered === 0 ? 0 : byId.size > 0 ? 1 : state.failures + 1;
  const retryAt = unanswered === 0 ? null : now + backoffDelay(failures);
  return trimHistory({ ...state, entries, failures, retryAt });
}

/** A batch the web app refused as a whole is halved to find the culprit; a single refused action is rejected. */
function splitOrReject(state: QueueState, batchIds: readonly string[], reason: string): QueueState {
  if (batchIds.length > 1) return { ...state, batchLimit: Math.max(1, Math.floor(batchIds.length / 2)) };
  const entries = state.entries.map(
    (entry): QueueEntry => (entry.action.id === batchIds[0] ? { ...entry, status: 'rejected', reason } : entry),
  );
  return trimHistory({ ...state, entries });
}

/** Keeps every waiting entry and the newest finished ones; an emptied queue may send full batches again. */
function trimHistory(state: QueueState): QueueState {
  let finished = 0;
  const entries = state.entries.filter((entry) => entry.status === 'queued' || ++finished <= HISTORY_LIMIT);
  const batchLimit = entries.some((entry) => entry.status === 'queued') ? state.batchLimit : MAX_ACTIONS_PER_REQUEST;
  return { ...state, entries, batchLimit };
}
