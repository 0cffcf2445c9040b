// handlePost over an in-memory store: the request flow without Apps Script (auth, lock, one id read, errors).
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/model/action.ts';
import { GOALS } from '../../../shared/sheets/columns.ts';
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
  const store: WebAppStore = {
    findMember: (token) => (token === TOKEN ? { name: 'Ada', branch: 'Sundsvall' } : null),
    readPlan: () => {
      if (options.failOn === 'readPlan') throw new Error('disk on fire');
      return SMALL_PLAN;
    },
    readBranches: () => ['Sundsvall', 'Härnösand'],
    readConnectionRows: () => [{ page: '', kind: 'Möte hållet', subgoal: 'U5', activity: '' }],
    readGoalRows: () => [GOALS.toCells({ id: 'U3.M1', result: 5, progress: 33, status: 'I fas', origin: 'Planen' })],
    withLock: (work) => (options.busy ? { ok: false } : { ok: true, value: work() }),
    readLoggedIds: () => {
      calls.push('readLoggedIds');
      return new Set(log.map((entry) => entry.id));
    },
    appendActions: (actions) => {
      calls.push(`append ${actions.length}`);
      log.push(...actions);
    },
    reportError: () => calls.push('reportError'),
  };
  return { store, log, calls };
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

  it('logs with member and branch from the token, reads ids once, and answers duplicates on retry', () => {
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
    expect(calls).toEqual(['readLoggedIds', 'append 2']);
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
      error: { code: 'busy' },
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
});
