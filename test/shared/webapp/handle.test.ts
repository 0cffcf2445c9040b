// handlePost over an in-memory store: the request flow without Apps Script (auth, budget, lock, one id search, errors).
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/model/action.ts';
import { GOALS } from '../../../shared/sheets/columns.ts';
import type { DayUsage, RequestWindow } from '../../../shared/webapp/budget.ts';
import { handlePost, type WebAppStore } from '../../../shared/webapp/handle.ts';
import { SMALL_PLAN } from '../../support/small-plan.ts';

const TOKEN = 't'.repeat(64);
const NOW = new Date('2024-05-01T12:00:00Z');
const action = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  at: '2024-04-30T10:00:00Z',
  subgoal: 'U3',
  kind: 'article.published',
  quantity: 1,
  ...extra,
});
const ID1 = '11111111-1111-4111-8111-111111111111';
const ID2 = '22222222-2222-4222-8222-222222222222';

function memoryStore(options: { busy?: boolean; failOn?: 'readPlan' } = {}) {
  const log: Action[] = [];
  const calls: string[] = [];
  const cache = new Map<string, unknown>();
  const usage = new Map<string, DayUsage>();
  const refusals: string[] = [];
  const store: WebAppStore = {
    findMember: (token) => (token === TOKEN ? { name: 'Ada', branch: 'Sundsvall', key: 'ada' } : null),
    readRate: (key) => ({
      window: (cache.get(`window ${key}`) as RequestWindow | undefined) ?? null,
      dayFull: cache.has(`full ${key}`),
    }),
    writeWindow: (key, minute) => cache.set(`window ${key}`, minute),
    markDayFull: (key) => cache.set(`full ${key}`, true),
    readUsage: (key) => usage.get(key) ?? null,
    writeUsage: (key, day) => usage.set(key, day),
    recordRefusal: (member, reason) => refusals.push(`${member.name} ${reason}`),
    readPlan: () => {
      if (options.failOn === 'readPlan') throw new Error('disk on fire');
      return SMALL_PLAN;
    },
    readBranches: () => ['Sundsvall', 'Härnösand'],
    readConnectionRows: () => [{ page: '', kind: 'Möte hållet', subgoal: 'U5', activity: '' }],
    readGoalRows: () => [GOALS.toCells({ id: 'U3.M1', result: 5, progress: 33, status: 'I fas', origin: 'Planen' })],
    withLock: (work) => (options.busy ? { ok: false } : { ok: true, value: work() }),
    findLoggedIds: (ids) => {
      calls.push(`findLoggedIds ${ids.length}`);
      return new Set(log.map((entry) => entry.id).filter((id) => ids.includes(id)));
    },
    appendActions: (actions) => {
      calls.push(`append ${actions.length}`);
      log.push(...actions);
    },
    reportError: () => calls.push('reportError'),
  };
  return { store, log, calls, cache, usage, refusals };
}

const post = (store: WebAppStore, body: unknown) => handlePost(JSON.stringify(body), store, NOW);

describe('handlePost', () => {
  it('answers a snapshot with the plan outline, vocabularies, merged suggestions and the member', () => {
    const { store } = memoryStore();
    const response = post(store, { v: 1, op: 'snapshot', token: TOKEN });
    expect(response).toMatchObject({
      ok: true,
      member: { name: 'Ada', branch: 'Sundsvall' },
      plan: { branches: ['Sundsvall', 'Härnösand'], categories: ['Facklig politisk', 'Feministisk'] },
    });
    if (!response.ok || !('plan' in response)) throw new Error('expected a snapshot');
    expect(response.plan.areas[0]?.subgoals.map((subgoal) => subgoal.id)).toEqual(['U3', 'U5']);
    expect(response.plan.suggestions.byKind['meeting.held']).toEqual({ subgoal: 'U5' });
    expect(response.plan.suggestions.byKind['article.published']?.subgoal).toBe('U3');
    // Mål's standing as Uppdatera utfall wrote it; U5's row was never computed, so it shows none.
    expect(response.plan.areas[0]?.subgoals.map((subgoal) => subgoal.targets)).toEqual([
      [{ id: 'U3.M1', progress: '5 av cirka 15', status: 'on_track' }],
      undefined,
    ]);
  });

  it('offers only the roles and categories a log is accepted with, whatever the board added in Mål', () => {
    const { store } = memoryStore();
    const added = [
      { subgoal: 'U5', kind: 'Täckning', targetValue: 'varje partiförening', unit: 'kassör', origin: 'Styrelsen' },
      { subgoal: 'U5', kind: 'Områden', targetValue: '1 område', unit: 'Bostad', origin: 'Styrelsen' },
    ].map((row) => GOALS.toCells(row));
    const planRows = store.readGoalRows();
    store.readGoalRows = () => [...planRows, ...added];
    const response = post(store, { v: 1, op: 'snapshot', token: TOKEN });
    if (!response.ok || !('plan' in response)) throw new Error('expected a snapshot');
    // The popup offers what the web app takes: a role or category only the board's row names would be refused.
    expect(response.plan.roles).not.toContain('kassör');
    expect(response.plan.categories).toEqual(['Facklig politisk', 'Feministisk']);
    for (const offered of response.plan.categories) {
      const logged = post(store, {
        v: 1,
        op: 'log',
        token: TOKEN,
        actions: [action(crypto.randomUUID(), { subgoal: 'U5', kind: 'meeting.held', category: offered })],
      });
      expect(logged).toMatchObject({ ok: true, results: [{ status: 'accepted' }] });
    }
  });

  it('logs with member and branch from the token, searches ids once, and answers duplicates on retry', () => {
    const { store, log, calls } = memoryStore();
    const first = post(store, { v: 1, op: 'log', token: TOKEN, actions: [action(ID1), action(ID2), action(ID1)] });
    expect(first).toEqual({
      ok: true,
      results: [
        { id: ID1, status: 'accepted' },
        { id: ID2, status: 'accepted' },
        { id: ID1, status: 'duplicate' },
      ],
    });
    expect(calls).toEqual(['findLoggedIds 3', 'append 2']);
    expect(log[0]).toMatchObject({ member: 'Ada', branch: 'Sundsvall', id: ID1 });
    const retry = post(store, { v: 1, op: 'log', token: TOKEN, actions: [action(ID1)] });
    expect(retry).toEqual({ ok: true, results: [{ id: ID1, status: 'duplicate' }] });
    expect(log).toHaveLength(2);
  });

  it('does not take the lock when every action is rejected', () => {
    const { store, calls } = memoryStore({ busy: true });
    const response = post(store, { v: 1, op: 'log', token: TOKEN, actions: [action(ID1, { quantity: 0 })] });
    expect(response).toEqual({
      ok: true,
      results: [{ id: ID1, status: 'rejected', error: 'Antal måste vara minst 1.' }],
    });
    expect(calls).toEqual([]);
  });

  it('answers busy without writing when the lock is held, unauthorized for a wrong token, internal on a crash', () => {
    const busy = memoryStore({ busy: true });
    expect(post(busy.store, { v: 1, op: 'log', token: TOKEN, actions: [action(ID1)] })).toMatchObject({
      ok: false,
      error: { code: 'busy', retryAfterSeconds: 30 },
    });
    expect(busy.log).toEqual([]);
    expect(post(busy.store, { v: 1, op: 'snapshot', token: 'u'.repeat(64) })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    const broken = memoryStore({ failOn: 'readPlan' });
    const response = post(broken.store, { v: 1, op: 'snapshot', token: TOKEN });
    expect(response).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(response)).not.toContain('disk on fire');
    expect(broken.calls).toEqual(['reportError']);
  });

  it('refuses the 61st request of a minute with rate_limited and a retry time, and tells the board once', () => {
    const { store, refusals } = memoryStore();
    const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
    const snapshot = (seconds: number) =>
      handlePost(JSON.stringify({ v: 1, op: 'snapshot', token: TOKEN }), store, at(seconds));
    for (let n = 0; n < 60; n++) expect(snapshot(n / 2).ok).toBe(true);
    const refused = snapshot(40);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'rate_limited',
        message: 'Tillägget har skickat fler än 60 förfrågningar på en minut. Det försöker igen om 20 sekunder.',
        retryAfterSeconds: 20,
      },
    });
    expect(snapshot(41).ok).toBe(false);
    expect(refusals).toEqual(['Ada requests']);
    // The minute runs from the first request: a minute later the member is welcome again.
    expect(snapshot(60).ok).toBe(true);
  });

  it('stores at most 500 new actions a day, refuses the request that does not fit until midnight, and tells the board', () => {
    const { store, log, refusals, cache } = memoryStore();
    const batch = (from: number, count: number) =>
      Array.from({ length: count }, (_, n) => action(`00000000-0000-4000-8000-${String(from + n).padStart(12, '0')}`));
    for (let n = 0; n < 10; n++) {
      cache.clear();
      expect(post(store, { v: 1, op: 'log', token: TOKEN, actions: batch(n * 50, 50) }).ok).toBe(true);
    }
    expect(log).toHaveLength(500);
    cache.clear();
    // Retries of stored actions cost nothing.
    expect(post(store, { v: 1, op: 'log', token: TOKEN, actions: batch(0, 3) })).toMatchObject({ ok: true });
    const refused = post(store, { v: 1, op: 'log', token: TOKEN, actions: batch(500, 1) });
    // 12:00 UTC is 14:00 in Stockholm (summer time): ten hours to midnight.
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'rate_limited',
        message:
          'Du har loggat 500 åtgärder i dag, så många som går på en dag. Tillägget skickar resten efter midnatt (om högst 10 timmar).',
        retryAfterSeconds: 36_000,
      },
    });
    expect(log).toHaveLength(500);
    expect(refusals).toEqual(['Ada actions']);
    // The next request stops at the cache, before the lock; the board was told once.
    expect(post(store, { v: 1, op: 'log', token: TOKEN, actions: batch(501, 1) })).toMatchObject({
      error: { code: 'rate_limited' },
    });
    expect(refusals).toEqual(['Ada actions']);
    // A new day has a new budget.
    cache.clear();
    const tomorrow = handlePost(
      JSON.stringify({ v: 1, op: 'log', token: TOKEN, actions: batch(500, 1) }),
      store,
      new Date('2024-05-02T08:00:00Z'),
    );
    expect(tomorrow).toMatchObject({ ok: true, results: [{ status: 'accepted' }] });
  });
});
