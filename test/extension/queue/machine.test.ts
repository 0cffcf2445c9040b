// The outbox state machine: what leaves the queue, what stays, when it retries, and how it survives a worker restart.
import { describe, expect, it } from 'vitest';
import {
  amend,
  backoffDelay,
  connectionKey,
  EDIT_HOLD_MS,
  emptyQueue,
  enqueue,
  fromOtherConnection,
  hold,
  nextWakeAt,
  recover,
  resume,
  retryNow,
  type SendOutcome,
  settle,
  takeBatch,
  UNDO_GRACE_MS,
  undo,
  waitingCount,
} from '../../../extension/queue/machine.ts';
import { QueueState } from '../../../extension/queue/schema.ts';
import type { ActionInput } from '../../../shared/model/action.ts';
import { MAX_ACTIONS_PER_REQUEST, MAX_BODY_BYTES } from '../../../shared/wire.ts';

const T0 = Date.parse('2024-05-14T10:00:00Z');
const WEB_APP = 'https://script.google.com/macros/s/AKfycbTest/exec';
const KIM = connectionKey(WEB_APP, 'Kim Medlem');
const ALVA = connectionKey(WEB_APP, 'Alva Annan');
const sizeOf = (action: ActionInput) => new TextEncoder().encode(JSON.stringify(action)).length;
const budget = MAX_BODY_BYTES - 1024;

function action(n: number, extra: Partial<ActionInput> = {}): ActionInput {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    at: new Date(T0 + n * 1000).toISOString(),
    subgoal: 'P1',
    kind: 'zetkin.call',
    quantity: 1,
    ...extra,
  };
}

function queueOf(count: number, now = T0, connection = KIM) {
  let state = emptyQueue();
  for (let n = 1; n <= count; n++)
    state = enqueue(state, { action: action(n), pageType: 'zetkin.callassignment', connection }, now + UNDO_GRACE_MS);
  return state;
}

/** One send round: take what is due, answer it, return the new state and what was sent. */
function round(state: QueueState, now: number, answer: (ids: string[]) => SendOutcome, connection = KIM) {
  const batch = takeBatch(state, connection, now, budget, sizeOf);
  const ids = batch.actions.map((sent) => sent.id);
  return { state: settle(batch.state, ids, answer(ids), now), sent: ids };
}

const accepted = (ids: string[]): SendOutcome => ({
  kind: 'results',
  results: ids.map((id) => ({ id, status: 'accepted' as const })),
});
const statuses = (state: QueueState) => state.entries.map((entry) => [entry.action.id.slice(-2), entry.status]);

describe('queue', () => {
  it('holds a new entry for the undo window, then sends it', () => {
    const state = queueOf(1);
    expect(waitingCount(state, KIM)).toBe(1);
    expect(nextWakeAt(state, KIM)).toBe(T0 + UNDO_GRACE_MS);
    expect(takeBatch(state, KIM, T0 + UNDO_GRACE_MS - 1, budget, sizeOf).actions).toEqual([]);
    const { state: after, sent } = round(state, T0 + UNDO_GRACE_MS, accepted);
    expect(sent).toEqual([action(1).id]);
    expect(statuses(after)).toEqual([['01', 'sent']]);
    expect(waitingCount(after, KIM)).toBe(0);
    expect(nextWakeAt(after, KIM)).toBeNull();
  });

  it('takes a duplicate answer as delivered', () => {
    const { state } = round(queueOf(1), T0 + UNDO_GRACE_MS, (ids) => ({
      kind: 'results',
      results: ids.map((id) => ({ id, status: 'duplicate' as const })),
    }));
    expect(statuses(state)).toEqual([['01', 'sent']]);
  });

  it('shows why an entry was rejected and does not send it again', () => {
    const { state } = round(queueOf(2), T0 + UNDO_GRACE_MS, ([first, second]) => ({
      kind: 'results',
      results: [
        { id: first ?? '', status: 'rejected', error: 'okänt delmål: P9' },
        { id: second ?? '', status: 'accepted' },
      ],
    }));
    expect(state.entries.find((entry) => entry.status === 'rejected')?.reason).toBe('okänt delmål: P9');
    expect(waitingCount(state, KIM)).toBe(0);
    expect(takeBatch(state, KIM, T0 + 3_600_000, budget, sizeOf).actions).toEqual([]);
  });

  it('stops on unauthorized, keeps the entries, and resumes after reconnecting', () => {
    const { state } = round(queueOf(2), T0 + UNDO_GRACE_MS, () => ({ kind: 'unauthorized' }));
    expect(state.halted).toBe(true);
    expect(waitingCount(state, KIM)).toBe(2);
    expect(nextWakeAt(state, KIM)).toBeNull();
    expect(takeBatch(state, KIM, T0 + 86_400_000, budget, sizeOf).actions).toEqual([]);
    const resumed = round(resume(state), T0 + 86_400_000, accepted);
    expect(resumed.sent).toHaveLength(2);
    expect(waitingCount(resumed.state, KIM)).toBe(0);
  });

  it('keeps entries through a network outage and backs off exponentially', () => {
    let state = queueOf(2);
    let now = T0 + UNDO_GRACE_MS;
    const waits: number[] = [];
    for (let attempt = 0; attempt < 9; attempt++) {
      state = round(state, now, () => ({ kind: 'failed' })).state;
      const wake = nextWakeAt(state, KIM) ?? Number.NaN;
      waits.push((wake - now) / 1000);
      expect(takeBatch(state, KIM, wake - 1, budget, sizeOf).actions).toEqual([]);
      now = wake;
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    expect(waitingCount(state, KIM)).toBe(2);
    const back = round(state, now, accepted);
    expect(back.sent).toHaveLength(2);
    expect(back.state.failures).toBe(0);
    expect(back.state.retryAt).toBeNull();
  });

  it('waits as long as a busy or rate-limited web app says before it sends again', () => {
    const now = T0 + UNDO_GRACE_MS;
    const { state } = round(queueOf(2), now, () => ({ kind: 'failed', retryAfterMs: 300_000 }));
    expect(nextWakeAt(state, KIM)).toBe(now + 300_000);
    expect(takeBatch(state, KIM, now + 299_999, budget, sizeOf).actions).toEqual([]);
    const back = round(state, now + 300_000, accepted);
    expect(back.sent).toHaveLength(2);
    expect(back.state.retryAt).toBeNull();
  });

  it('retries at once when asked to', () => {
    const { state } = round(queueOf(1), T0 + UNDO_GRACE_MS, () => ({ kind: 'failed' }));
    expect(takeBatch(state, KIM, T0 + UNDO_GRACE_MS + 1, budget, sizeOf).actions).toEqual([]);
    expect(takeBatch(retryNow(state), KIM, T0 + UNDO_GRACE_MS + 1, budget, sizeOf).actions).toHaveLength(1);
  });

  it('retries the entries an answer left out', () => {
    const { state } = round(queueOf(3), T0 + UNDO_GRACE_MS, ([first]) => ({
      kind: 'results',
      results: [{ id: first ?? '', status: 'accepted' }],
    }));
    expect(waitingCount(state, KIM)).toBe(2);
    expect(state.retryAt).toBe(T0 + UNDO_GRACE_MS + backoffDelay(1));
  });

  it('sends at most 50 per request, oldest first', () => {
    let state = queueOf(120);
    const batches: string[][] = [];
    for (let n = 0; n < 4; n++) {
      const result = round(state, T0 + UNDO_GRACE_MS, accepted);
      state = result.state;
      if (result.sent.length) batches.push(result.sent);
    }
    expect(MAX_ACTIONS_PER_REQUEST).toBe(50);
    expect(batches.map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(batches[0]?.[0]).toBe(action(1).id);
    expect(batches.flat()).toEqual(Array.from({ length: 120 }, (_, n) => action(n + 1).id));
  });

  it('keeps each request under the body limit', () => {
    let state = emptyQueue();
    for (let n = 1; n <= 50; n++)
      state = enqueue(
        state,
        { action: action(n, { note: 'ö'.repeat(1000) }), pageType: 'other', connection: KIM },
        T0 + UNDO_GRACE_MS,
      );
    const batch = takeBatch(state, KIM, T0 + UNDO_GRACE_MS, budget, sizeOf);
    const bytes = batch.actions.reduce((sum, sent) => sum + sizeOf(sent) + 1, 0);
    expect(batch.actions.length).toBeGreaterThan(1);
    expect(batch.actions.length).toBeLessThan(50);
    expect(bytes).toBeLessThanOrEqual(budget);
  });

  it('halves a refused request until the bad entry stands alone, then rejects only that one', () => {
    let state = queueOf(4);
    const bad = action(3).id;
    const answer = (ids: string[]): SendOutcome =>
      ids.includes(bad) ? { kind: 'refused', message: 'för stor' } : accepted(ids);
    const sizes: number[] = [];
    for (let n = 0; n < 6; n++) {
      const result = round(state, T0 + UNDO_GRACE_MS, answer);
      state = result.state;
      if (result.sent.length) sizes.push(result.sent.length);
    }
    expect(sizes).toEqual([4, 2, 2, 1, 1]);
    expect(state.entries.find((entry) => entry.action.id === bad)).toMatchObject({
      status: 'rejected',
      reason: 'för stor',
    });
    expect(waitingCount(state, KIM)).toBe(0);
    expect(state.batchLimit).toBe(MAX_ACTIONS_PER_REQUEST);
  });

  it('holds an entry opened for changing, and sends it once changed', () => {
    const held = hold(queueOf(1), action(1).id, T0 + 1000);
    expect(nextWakeAt(held, KIM)).toBe(T0 + 1000 + EDIT_HOLD_MS);
    expect(takeBatch(held, KIM, T0 + UNDO_GRACE_MS, budget, sizeOf).actions).toEqual([]);
    const changed = amend(held, { ...action(1), quantity: 3 }, T0 + 2000);
    expect(takeBatch(changed, KIM, T0 + 2000, budget, sizeOf).actions).toEqual([{ ...action(1), quantity: 3 }]);
  });

  it('undoes and amends only what has not gone out', () => {
    let state = queueOf(2);
    state = amend(state, { ...action(1), quantity: 7 }, T0);
    expect(state.entries.find((entry) => entry.action.id === action(1).id)?.action.quantity).toBe(7);
    const inFlight = takeBatch(state, KIM, T0 + UNDO_GRACE_MS, budget, sizeOf).state;
    expect(undo(inFlight, action(1).id)).toBe(inFlight);
    expect(amend(inFlight, { ...action(1), quantity: 9 }, T0).entries).toEqual(inFlight.entries);
    const undone = undo(state, action(2).id);
    expect(undone.entries.map((entry) => entry.action.id)).toEqual([action(1).id]);
  });

  it('rebuilds from storage after the worker dies mid-request; the resend counts once', () => {
    const inFlight = takeBatch(queueOf(2), KIM, T0 + UNDO_GRACE_MS, budget, sizeOf);
    const stored: unknown = JSON.parse(JSON.stringify(inFlight.state));
    const reloaded = recover(QueueState.parse(stored));
    expect(reloaded.entries.every((entry) => entry.status === 'queued' && !entry.sending)).toBe(true);
    const { state, sent } = round(reloaded, T0 + UNDO_GRACE_MS + 1000, (ids) => ({
      kind: 'results',
      results: ids.map((id) => ({ id, status: 'duplicate' as const })),
    }));
    expect(sent).toEqual(inFlight.actions.map((sentAction) => sentAction.id));
    expect(waitingCount(state, KIM)).toBe(0);
  });

  it('keeps every waiting entry but only the last ten finished ones', () => {
    let state = round(queueOf(15), T0 + UNDO_GRACE_MS, accepted).state;
    state = enqueue(state, { action: action(99), pageType: 'zetkin.call', connection: KIM }, T0 + 2 * UNDO_GRACE_MS);
    expect(state.entries.filter((entry) => entry.status === 'sent')).toHaveLength(10);
    expect(statuses(state)[0]).toEqual(['99', 'queued']);
    expect(statuses(state)[1]).toEqual(['15', 'sent']);
  });

  it('never sends entries logged as one member through another member’s connection', () => {
    const kims = round(queueOf(2), T0 + UNDO_GRACE_MS, () => ({ kind: 'unauthorized' })).state;
    // Kim's code was revoked; Alva connects on the same computer and logs one of her own.
    let state = resume(kims);
    state = enqueue(state, { action: action(3), pageType: 'other', connection: ALVA }, T0 + UNDO_GRACE_MS);
    expect(waitingCount(state, ALVA)).toBe(1);
    expect(nextWakeAt(state, ALVA)).toBe(T0 + UNDO_GRACE_MS);
    expect(state.entries.map((entry) => fromOtherConnection(entry, ALVA))).toEqual([false, true, true]);

    const asAlva = round(state, T0 + 86_400_000, accepted, ALVA);
    expect(asAlva.sent).toEqual([action(3).id]);
    expect(round(asAlva.state, T0 + 2 * 86_400_000, accepted, ALVA).sent).toEqual([]);
    expect(nextWakeAt(asAlva.state, ALVA)).toBeNull();
    expect(statuses(asAlva.state)).toEqual([
      ['03', 'sent'],
      ['02', 'queued'],
      ['01', 'queued'],
    ]);
  });

  it('lets the member undo entries from an earlier connection, and sends the rest once that member is back', () => {
    let state = enqueue(queueOf(2), { action: action(3), pageType: 'other', connection: ALVA }, T0 + UNDO_GRACE_MS);
    state = undo(state, action(1).id);
    expect(state.entries.map((entry) => entry.action.id)).toEqual([action(3).id, action(2).id]);
    // Kim connects again (a new code for the same member and web app): Kim's entry goes, Alva's stays waiting.
    const back = round(state, T0 + UNDO_GRACE_MS, accepted, KIM);
    expect(back.sent).toEqual([action(2).id]);
    expect(waitingCount(back.state, KIM)).toBe(0);
    expect(
      back.state.entries.filter((entry) => fromOtherConnection(entry, KIM)).map((entry) => entry.action.id),
    ).toEqual([action(3).id]);
  });

  it('tells web apps apart even for members of the same name', () => {
    const elsewhere = connectionKey('http://127.0.0.1:8787/exec', 'Kim Medlem');
    expect(elsewhere).not.toBe(KIM);
    expect(takeBatch(queueOf(1), elsewhere, T0 + UNDO_GRACE_MS, budget, sizeOf).actions).toEqual([]);
    expect(waitingCount(queueOf(1), null)).toBe(0);
  });
});
