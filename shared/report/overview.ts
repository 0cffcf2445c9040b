// The overview the sidebar shows beside the sheet: one progress bar per delmål, and what falls due in the quarter the
// report day lies in (cadence periods, the pace counts must keep by the quarter's end, activities' deadlines).
import { formatNumber } from '../format.ts';
import type { ActivityFollowUp } from '../model/activity-status.ts';
import { dayToIso, isoDateToDay, quarterSpan } from '../model/calendar.ts';
import { describeTarget } from '../model/describe.ts';
import type { TargetStatus } from '../model/target-status.ts';
import { type ProgressRow, prepareReport, type ReportContext } from './context.ts';
import type { ReportInput } from './input.ts';
import { countCategories, targetPlaces } from './match.ts';
import { progressRows } from './progress.ts';

export type OverviewInput = ReportInput & { activities: readonly ActivityFollowUp[] };

export type OverviewBar = {
  subgoalId: string;
  title: string;
  area: string;
  /** Mean of the delmål's targets' percents, each capped at 100; null when none has one. */
  percent: number | null;
  /** The most pressing status among its targets (not met, behind, no data, in progress, on track, done). */
  status: TargetStatus;
  /** How many of its rows stand at each status, most pressing first. */
  statuses: { status: TargetStatus; count: number }[];
  targets: number;
};

export type DueState = 'done' | 'open' | 'late';
export type DueItem = { id: string; text: string; detail: string; state: DueState };

export type Overview = {
  title: string;
  asOf: string;
  year: number;
  /** The quarter of the report day ("Q2 2024"), or null outside the plan year. */
  quarter: { label: string; last: string } | null;
  bars: OverviewBar[];
  due: DueItem[];
};

/** Worst first: a delmål's bar takes the first of these any of its targets has. */
const URGENCY: readonly TargetStatus[] = ['not_met', 'behind', 'no_data', 'open', 'on_track', 'done'];

function bar(subgoal: { id: string; title: string }, area: string, rows: readonly ProgressRow[]): OverviewBar {
  const percents = rows.flatMap((row) => (row.percent === null ? [] : [Math.min(100, row.percent)]));
  const status = URGENCY.find((candidate) => rows.some((row) => row.status === candidate)) ?? 'no_data';
  return {
    subgoalId: subgoal.id,
    title: subgoal.title,
    area,
    percent:
      percents.length === 0 ? null : Math.round(percents.reduce((sum, value) => sum + value, 0) / percents.length),
    status,
    statuses: URGENCY.flatMap((candidate) => {
      const count = rows.filter((row) => row.status === candidate).length;
      return count > 0 ? [{ status: candidate, count }] : [];
    }),
    targets: rows.filter((row) => row.target !== undefined).length,
  };
}

function dueItems(context: ReportContext, rows: readonly ProgressRow[], input: OverviewInput, quarter: 1 | 2 | 3 | 4) {
  const span = quarterSpan(context.plan.year, quarter);
  const quarterLast = dayToIso(span.last);
  const items: DueItem[] = [];
  for (const row of rows) {
    const target = row.target;
    if (target?.kind !== 'cadence') continue;
    for (const tick of row.periods ?? []) {
      if (!tick.started || tick.last < dayToIso(span.first) || tick.first > quarterLast) continue;
      items.push({
        id: target.id,
        text: describeTarget(target),
        detail: `${formatNumber(tick.value)} av minst ${formatNumber(tick.min)} (${tick.label}, till ${tick.last})`,
        state: tick.state === 'met' ? 'done' : tick.state === 'missed' ? 'late' : 'open',
      });
    }
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const place of targetPlaces(context.plan)) {
    const target = place.target;
    // A count due per category or by each person or unit on their own has no pace over the whole year.
    if (target.kind !== 'count' || countCategories(place) || target.each) continue;
    const value = byId.get(target.id)?.value ?? 0;
    // The pace a count must keep: its share of the target for the days up to the quarter's end.
    const needed = Math.ceil((target.target * (span.last - context.year.first + 1)) / context.daysInYear);
    items.push({
      id: target.id,
      text: describeTarget(target),
      detail: `${formatNumber(value)} hittills; takten kräver ${formatNumber(needed)} till ${quarterLast}`,
      state: value >= needed ? 'done' : 'open',
    });
  }
  const asOf = dayToIso(context.asOfDay);
  for (const activity of input.activities) {
    if (!activity.deadline || activity.status === 'done' || activity.status === 'dropped') continue;
    if (activity.deadline > quarterLast) continue;
    items.push({
      id: activity.id,
      text: activity.text,
      detail: `deadline ${activity.deadline}`,
      state: activity.deadline < asOf ? 'late' : 'open',
    });
  }
  return { items, last: quarterLast };
}

export function buildOverview(input: OverviewInput): Overview {
  const context = prepareReport(input);
  const rows = progressRows(context);
  const bars = context.plan.areas.flatMap((area) =>
    area.subgoals.map((subgoal) =>
      bar(
        subgoal,
        area.title,
        rows.filter((row) => row.subgoalId === subgoal.id),
      ),
    ),
  );
  const day = isoDateToDay(input.asOf);
  const inYear = day >= context.year.first && day <= context.year.last;
  const month = Number(input.asOf.slice(5, 7));
  const quarter = Math.ceil(month / 3) as 1 | 2 | 3 | 4;
  const due = inYear ? dueItems(context, rows, input, quarter) : null;
  const organisation = context.plan.organisation.trim();
  return {
    title: organisation ? `${organisation} ${context.plan.year}` : String(context.plan.year),
    asOf: input.asOf,
    year: context.plan.year,
    quarter: due ? { label: `Q${quarter} ${context.plan.year}`, last: due.last } : null,
    bars,
    due: due?.items ?? [],
  };
}
