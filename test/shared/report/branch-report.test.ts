// The partiförening report as the board reads it: each branch's logs and filled roles.

import { describe, expect, it } from 'vitest';
import type { Branch } from '../../../shared/model/branch.ts';
import { buildBranchReport } from '../../../shared/report/branch-report.ts';
import type { ReportInput } from '../../../shared/report/input.ts';
import { type Report, Report as ReportSchema, type ReportTable } from '../../../shared/report/types.ts';
import { makeAction, SUNDSVALL, seedPlan } from '../../support/report-fixtures.ts';

const branches: Branch[] = [SUNDSVALL, { id: 'harnosand', name: 'Härnösand', roles: { valledare: 'Dan' } }];

const actions = [
  makeAction({ at: '2024-01-20T10:00:00Z', subgoal: 'U3', kind: 'article.published', branch: 'Sundsvall' }),
  makeAction({
    at: '2024-02-15T10:00:00Z',
    subgoal: 'U3',
    kind: 'article.published',
    quantity: 2,
    branch: 'harnosand',
  }),
  // 1 April in Stockholm: the second quarter.
  makeAction({ at: '2024-03-31T23:30:00Z', subgoal: 'U3', kind: 'article.published', branch: 'Sundsvall' }),
  makeAction({ at: '2024-05-10T10:00:00Z', subgoal: 'U3', activity: 'U3.1', kind: 'article.published' }),
  makeAction({
    at: '2024-02-20T17:00:00Z',
    subgoal: 'U2',
    activity: 'U2.1',
    kind: 'meeting.held',
    branch: 'Sundsvall',
  }),
  makeAction({
    at: '2024-04-10T17:00:00Z',
    subgoal: 'U5',
    activity: 'U5.2',
    kind: 'education.held',
    category: 'Feministisk',
    branch: 'Härnösand',
  }),
  makeAction({ at: '2024-04-12T10:00:00Z', subgoal: 'P2', kind: 'other', quantity: 3, branch: 'Okänd förening' }),
  // After 15 May: in the quarter report seen in August, outside the second quarter.
  makeAction({ at: '2024-07-05T10:00:00Z', subgoal: 'U3', kind: 'article.published', branch: 'Sundsvall' }),
];

const input = (asOf: string): ReportInput => ({
  plan: seedPlan,
  actions,
  branches,
  recorded: [{ targetId: 'P1.4.M1', at: '2024-01-05', value: 900 }],
  asOf,
});

function table(report: Report, heading: string): ReportTable {
  const found = report.tables.find((candidate) => candidate.heading === heading);
  if (!found) throw new Error(`no table ${heading} in ${report.tables.map((entry) => entry.heading).join(', ')}`);
  return found;
}

describe('partiförening report', () => {
  const report = buildBranchReport(input('2024-05-15'));

  it('shows each partiförening’s registrations and roles, matching by name or id', () => {
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.title).toBe('Partiföreningar 2024 – Vänsterpartiet Västernorrland');
    expect(report.sheet).toBe('Rapport partiföreningar 2024');
    const overview = table(report, 'Partiföreningar');
    expect(overview.columns).toEqual([
      'Partiförening',
      'Registreringar',
      'Summa antal',
      'Valledare',
      'Zetkin-underorganisation',
      'Zetkin-ansvarig',
      'Studieansvarig',
      'Tillsatta roller',
      'Saknade roller',
    ]);
    expect(overview.rows).toEqual([
      ['Sundsvall', 3, 3, 'Anna', 'V Sundsvall', 'Bo', 'Cia', 4, null],
      [
        'Härnösand',
        2,
        3,
        'Dan',
        'Saknas',
        'Saknas',
        'Saknas',
        1,
        'zetkin-underorganisation, zetkin-ansvarig, studieansvarig',
      ],
      ['Utan partiförening', 2, 4, null, null, null, null, null, null],
    ]);
  });

  it('breaks the quantities down per delmål', () => {
    const perSubgoal = table(report, 'Summa antal per delmål och partiförening');
    expect(perSubgoal.columns).toEqual(['Partiförening', 'P1', 'P2', 'P3', 'U1', 'U2', 'U3', 'U4', 'U5']);
    expect(perSubgoal.rows).toEqual([
      ['Sundsvall', 0, 0, 0, 0, 1, 2, 0, 0],
      ['Härnösand', 0, 0, 0, 0, 0, 2, 0, 1],
      ['Utan partiförening', 0, 3, 0, 0, 0, 1, 0, 0],
    ]);
  });

  it('charts registrations and filled roles per partiförening', () => {
    expect(report.charts).toEqual([
      {
        title: 'Registreringar per partiförening',
        type: 'bar',
        categories: ['Sundsvall', 'Härnösand', 'Utan partiförening'],
        series: [{ name: 'Registreringar', values: [3, 2, 2] }],
        xLabel: 'Partiförening',
        yLabel: 'Registreringar',
      },
      {
        title: 'Tillsatta roller per partiförening',
        type: 'bar',
        categories: ['Sundsvall', 'Härnösand'],
        series: [{ name: 'Procent tillsatta', values: [100, 25] }],
        xLabel: 'Partiförening',
        yLabel: 'Procent tillsatta',
        percent: true,
      },
    ]);
  });
});
