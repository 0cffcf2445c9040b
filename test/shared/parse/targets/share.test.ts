// Vote shares keep "minst" or "över" in their phrase, and take the election's year from a date after "valet".
import { describe, expect, it } from 'vitest';
import { targetBound } from '../../../../shared/model/describe.ts';
import { titleTargets } from '../helpers.ts';

describe('share targets', () => {
  it('keeps minst and över, and shows a share without either as över, as it always was', () => {
    const bounds = [
      'Vi ska få minst 40 procent i kommunvalet',
      'Få över 10 procent i regionvalet',
      'Få 35 % i regionvalet',
    ]
      .map((text) => titleTargets(text)[0])
      .map((target) => (target?.kind === 'share' ? targetBound(target) : undefined));
    expect(bounds).toEqual(['minst', 'över', 'över']);
  });

  it('takes the year of "valet den 13 september 2026" for the election named after it', () => {
    expect(titleTargets('Inför valet den 13 september 2026 ska vi nå över 6 procent i kommunvalet')).toMatchObject([
      { kind: 'share', percent: 6, election: 'kommunvalet 2026' },
    ]);
  });
});
