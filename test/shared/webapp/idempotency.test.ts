// Which actions are written and which are duplicates, within a request and against Logg's ids.

import { describe, expect, it } from 'vitest';
import { decideLog } from '../../../shared/webapp/idempotency.ts';
import { SMALL_PLAN_ACTION as ACTION } from '../../support/small-plan.ts';

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
