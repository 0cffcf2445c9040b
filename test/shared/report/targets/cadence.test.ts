// Cadences are ticked once per period of the plan year; an interval ("varannan vecka") in runs of its periods.
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../../../shared/report/progress.ts';
import { planFromText } from '../../../support/plan-text.ts';
import { makeAction } from '../../../support/report-fixtures.ts';

const plan = planFromText(
  ['Verksamhetsplan 2025', '', 'Organisering', 'Mål:', '- Vi ska hålla minst ett styrelsemöte varannan vecka.'].join(
    '\n',
  ),
);

const meeting = (at: string, quantity = 1) => makeAction({ at, subgoal: 'O1', kind: 'meeting.held', quantity });

function row(actions: ReturnType<typeof makeAction>[], asOf: string) {
  return computeProgress({ plan, actions, branches: [], recorded: [], asOf }).find((entry) => entry.id === 'O1.M1');
}

describe('cadence targets every n-th week', () => {
  it('reads the plan line as a cadence of every other week', () => {
    expect(plan.areas[0]?.subgoals[0]?.targets).toMatchObject([{ kind: 'cadence', min: 1, per: 'week', every: 2 }]);
  });

  it('ticks two-week runs from the year’s first week, the last run of a 53-week year one week long', () => {
    const periods = row([], '2025-01-01')?.periods ?? [];
    // 2025 starts on a Wednesday: v. 1 is 1–5 January, and 29–31 December is v. 1 of 2026.
    expect(periods).toHaveLength(27);
    expect(periods[0]).toMatchObject({ label: 'v. 1–v. 2', first: '2025-01-01', last: '2025-01-12' });
    expect(periods[1]).toMatchObject({ label: 'v. 3–v. 4', first: '2025-01-13', last: '2025-01-26' });
    expect(periods[26]).toMatchObject({ label: 'v. 1 2026', first: '2025-12-29', last: '2025-12-31' });
  });

  it('counts the runs met, not the meetings: three in one run and none in the next is one met, one missed', () => {
    const actions = [
      meeting('2025-01-02T17:00:00Z'),
      meeting('2025-01-08T17:00:00Z', 2),
      meeting('2025-02-04T17:00:00Z'),
    ];
    expect(row(actions, '2025-02-10')).toMatchObject({
      value: 2,
      expected: 3,
      status: 'behind',
      result: '2 av 27 perioder',
      detail: 'Minst 1 styrelsemöte varannan vecka: 2 av 27 uppfyllda; missat: v. 3–v. 4.',
    });
    expect(
      row(actions, '2025-02-10')
        ?.periods?.slice(0, 4)
        .map((tick) => [tick.value, tick.state]),
    ).toEqual([
      [3, 'met'],
      [0, 'missed'],
      [1, 'met'],
      [0, 'open'],
    ]);
  });
});
