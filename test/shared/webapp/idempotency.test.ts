// The web app's pure checks: envelope errors, per-action validation against the plan and clock, idempotency, suggestions.

import { describe, expect, it } from 'vitest';
import { indexPlan } from '../../../shared/model/action-rules.ts';
import { readEnvelope } from '../../../shared/webapp/envelope.ts';
import { decideLog } from '../../../shared/webapp/idempotency.ts';
import { SMALL_PLAN } from '../../support/small-plan.ts';

const _TOKEN = 'a'.repeat(64);
const _NOW = new Date('2024-05-01T12:00:00Z');
const _INDEX = indexPlan(SMALL_PLAN);
const ACTION = {
  id: '3b241101-e2bb-4255-8caa-4a9b5c1f2c3d',
  at: '2024-04-30T18:00:00+02:00',
  subgoal: 'U5',
  activity: 'U5.2',
  kind: 'education.held',
  quantity: 1,
  category: 'Feministisk',
  note: 'Studiecirkel',
};

const _errorOf = (body: string | undefined) => {
  const result = readEnvelope(body);
  return result.ok ? null : result.response.error;
};

describe('decideLog', () => {
  const ok = (id: string) => ({ ok: true as const, action: { ...ACTION, id } as typeof ACTION & { kind: 'other' } });

  it('accepts new ids once, marks logged and repeated ids duplicate, passes rejections through', () => {
    const decision = decideLog([ok('a'), ok('b'), ok('a'), { ok: false, id: 'c', error: 'fel' }], new Set(['b']));
    expect(decision.results).toEqual([
      { id: 'a', status: 'accepted' },
      { id: 'b', status: 'duplicate' },
      { id: 'a', status: 'duplicate' },
      { id: 'c', status: 'rejected', error: 'fel' },
    ]);
    expect(decision.accepted.map((action) => action.id)).toEqual(['a']);
  });
});
