// The sidebar's overview: one bar per delmål (mean of capped percents, most pressing status) and what falls due in the
// report day's quarter.
import { describe, expect, it } from 'vitest';
import { buildOverview } from '../../../shared/report/overview.ts';
import { makeAction, makeBranch, seedPlan } from '../../support/report-fixtures.ts';

const input = (asOf: string) => ({
  plan: seedPlan,
  actions: [
    // 20 articles: 133 % of U3's target, which counts as 100 % in the bar.
    makeAction({ at: '2024-02-10T10:00:00Z', subgoal: 'U3', kind: 'article.published', quantity: 20 }),
    // The only chair meeting is in Q2: Q1 was missed.
    makeAction({ at: '2024-05-02T18:00:00Z', subgoal: 'U2', kind: 'meeting.held' }),
  ],
  branches: [makeBranch('Sundsvall', { studieansvarig: 'Cia' }), makeBranch('Timrå')],
  recorded: [],
  asOf,
  activities: [
    {
      id: 'U4.1',
      subgoalId: 'U4',
      text: 'Kartlägga utbildningsbehov',
      owner: '',
      status: 'in_progress' as const,
      deadline: '2024-05-31',
      touched: true,
      comment: '',
    },
    {
      id: 'U4.3',
      subgoalId: 'U4',
      text: 'Utse en studiekommitté',
      owner: '',
      status: 'done' as const,
      deadline: '2024-04-30',
      touched: true,
      comment: '',
    },
  ],
});

describe('buildOverview', () => {
  it('caps each target at 100 % in its delmål’s bar and colours the bar by its most pressing target', () => {
    const overview = buildOverview(input('2024-05-15'));
    const bars = Object.fromEntries(overview.bars.map((bar) => [bar.subgoalId, bar]));
    expect(bars.U3).toMatchObject({ percent: 100, status: 'done', targets: 1 });
    expect(bars.U4).toMatchObject({ percent: 50, status: 'open' });
    // P3: an election result nobody entered and valledare nowhere: no data beats in progress.
    expect(bars.P3).toMatchObject({ percent: 0, status: 'no_data', targets: 2 });
    expect(bars.U2?.status).toBe('behind');
  });

  it('lists the quarter’s cadence period, the pace each count needs by the quarter end, and open deadlines', () => {
    const overview = buildOverview(input('2024-05-15'));
    expect(overview.quarter).toEqual({ label: 'Q2 2024', last: '2024-06-30' });
    expect(overview.due).toEqual([
      {
        id: 'U2.1.M1',
        text: 'minst 1 ordförandemöte i kvartalet',
        detail: '1 av minst 1 (Q2, till 2024-06-30)',
        state: 'done',
      },
      {
        id: 'U3.M1',
        text: 'cirka 15 debattartiklar',
        detail: '20 hittills; takten kräver 8 till 2024-06-30',
        state: 'done',
      },
      { id: 'U4.1', text: 'Kartlägga utbildningsbehov', detail: 'deadline 2024-05-31', state: 'open' },
    ]);
    expect(buildOverview(input('2024-06-02')).due.at(-1)).toMatchObject({ id: 'U4.1', state: 'late' });
  });

  it('has no quarter outside the plan year', () => {
    expect(buildOverview(input('2023-12-31'))).toMatchObject({ quarter: null, due: [], year: 2024 });
  });
});
