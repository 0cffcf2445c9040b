// The seed plan's year as the report tests see it: branches, actions across the quarters, the board's follow-up of
// some activities, and table lookups.

import type { ActivityFollowUp, ActivityStatus } from '../../shared/model/activity-status.ts';
import type { Branch } from '../../shared/model/branch.ts';
import type { ReportInput } from '../../shared/report/input.ts';
import type { Report, ReportTable } from '../../shared/report/types.ts';
import { makeAction, SUNDSVALL, seedPlan } from './report-fixtures.ts';

export const round1 = (value: number) => Math.round(value * 10) / 10;

export const branches: Branch[] = [SUNDSVALL, { id: 'harnosand', name: 'Härnösand', roles: { valledare: 'Dan' } }];

export const actions = [
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

/** An activity as the board left it in Aktiviteter: its status and deadline, nothing else typed. */
export function followUp(
  id: string,
  status: ActivityStatus | undefined,
  deadline: string | null = null,
): ActivityFollowUp {
  return { id, subgoalId: id.split('.')[0] ?? '', text: id, owner: '', status, deadline, touched: true, comment: '' };
}

export const input = (asOf: string): ReportInput => ({
  plan: seedPlan,
  actions,
  branches,
  recorded: [{ targetId: 'P1.4.M1', at: '2024-01-05', value: 900 }],
  activities: [
    followUp('U2.1', 'done'),
    followUp('U2.2', 'in_progress', '2024-04-30'),
    followUp('U2.3', 'dropped', '2024-03-01'),
    followUp('U3.1', 'not_started', '2024-06-01'),
  ],
  asOf,
});

export function table(report: Report, heading: string): ReportTable {
  const found = report.tables.find((candidate) => candidate.heading === heading);
  if (!found) throw new Error(`no table ${heading} in ${report.tables.map((entry) => entry.heading).join(', ')}`);
  return found;
}

export const rowFor = (found: ReportTable, first: string) => found.rows.find((cells) => cells[0] === first);
