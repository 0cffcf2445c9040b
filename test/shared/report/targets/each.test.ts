// Amounts due by each person or unit on their own are never summed: each member (or partiförening) must reach them.
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../../../shared/report/progress.ts';
import { planFromText } from '../../../support/plan-text.ts';
import { makeAction, makeBranch } from '../../../support/report-fixtures.ts';

const plan = planFromText(
  [
    'Verksamhetsplan 2025',
    '',
    'Politiskt inflytande',
    'Mål:',
    '- Varje fullmäktigeledamot ska hålla ett öppet möte per termin.',
    '- Varje klubb ska skriva två insändare under året.',
    '- Varje partiförening ska hålla två medlemsmöten per termin.',
  ].join('\n'),
);

const meeting = (member: string, at: string) => makeAction({ at, subgoal: 'P1', kind: 'meeting.held', member });
const letter = (branch: string, at: string) => makeAction({ at, subgoal: 'P2', kind: 'article.published', branch });
const branchMeeting = (branch: string, at: string, quantity = 1) =>
  makeAction({ at, subgoal: 'P3', kind: 'meeting.held', branch, quantity });

function row(
  id: string,
  actions: ReturnType<typeof makeAction>[],
  asOf: string,
  branches = [makeBranch('Malmö'), makeBranch('Lund')],
) {
  return computeProgress({ plan, actions, branches, recorded: [], asOf }).find((entry) => entry.id === id);
}

describe('amounts due by each', () => {
  it('counts the members who met a cadence in every period so far, without adding them up', () => {
    const actions = [
      meeting('Anna', '2025-03-01T18:00:00Z'),
      meeting('Bo', '2025-03-02T18:00:00Z'),
      meeting('Anna', '2025-09-01T18:00:00Z'),
    ];
    expect(row('P1.M1', actions, '2026-01-05')).toMatchObject({
      value: 1,
      expected: null,
      status: 'open',
      result: '1 har nått det',
      detail: 'Gäller varje fullmäktigeledamot för sig: 1 har nått minst 1 öppet möte per termin (Anna).',
    });
    expect(row('P1.M1', [], '2025-05-01')).toMatchObject({ value: 0, status: 'no_data' });
  });

  it('judges an amount per unit against the register’s partiföreningar', () => {
    const actions = [
      letter('Malmö', '2025-02-01T10:00:00Z'),
      letter('Malmö', '2025-04-01T10:00:00Z'),
      letter('Lund', '2025-04-01T10:00:00Z'),
    ];
    expect(row('P2.M1', actions, '2025-06-01')).toMatchObject({
      value: 1,
      expected: 2,
      percent: 50,
      status: 'open',
      result: '1 av 2 partiföreningar',
      detail: 'Gäller varje klubb för sig: 1 av 2 har nått 2 insändare (Malmö).',
    });
  });

  it('counts the partiföreningar that held their meetings every term, never the district’s sum', () => {
    // Malmö held two in the spring; Lund one; Umeå's three are the district's most but all in the autumn.
    const actions = [
      branchMeeting('Malmö', '2025-02-01T18:00:00Z'),
      branchMeeting('Malmö', '2025-05-01T18:00:00Z'),
      branchMeeting('Lund', '2025-03-01T18:00:00Z'),
      branchMeeting('Umeå', '2025-09-01T18:00:00Z', 3),
    ];
    const branches = [makeBranch('Malmö'), makeBranch('Lund'), makeBranch('Umeå')];
    expect(plan.areas[0]?.subgoals[2]?.targets).toMatchObject([
      { kind: 'cadence', min: 2, per: 'term', each: { unit: 'partiförening', kind: 'branch' } },
    ]);
    expect(row('P3.M1', actions, '2025-10-01', branches)).toMatchObject({
      value: 1,
      expected: 3,
      result: '1 av 3 partiföreningar',
      detail: 'Gäller varje partiförening för sig: 1 av 3 har nått minst 2 medlemsmöten per termin (Malmö).',
    });
  });
});
