// The tables and charts the three reports are built from, so each report reads as the list of what it shows.

import { roundTo } from '../format.ts';
import type { DayNumber, Span } from '../model/calendar.ts';
import { subgoalShortTitle } from '../model/describe.ts';
import { TARGET_STATUS_LABELS, type TargetStatus } from '../model/target-status.ts';
import { activityTally, type PeriodTick, type ProgressRow, type ReportContext } from './context.ts';
import {
  countCategories,
  type DatedAction,
  kindForUnit,
  matchingActions,
  type TargetOf,
  type TargetPlace,
  targetPlaces,
} from './match.ts';
import type { ReportCell, ReportChart, ReportTable } from './types.ts';

export function reportTitle(kind: string, context: ReportContext): string {
  const organisation = context.plan.organisation.trim();
  return organisation ? `${kind} – ${organisation}` : kind;
}

const cell = (value: number | null, decimals: number): ReportCell => (value === null ? null : roundTo(value, decimals));

export function progressTable(heading: string, rows: readonly ProgressRow[], expectedColumn: string): ReportTable {
  return {
    heading,
    columns: ['Delmål', 'Mål', 'Utfall', expectedColumn, 'Procent', 'Status', 'Prognos', 'Kommentar'],
    rows: rows.map((row) => [
      row.subgoalId ?? row.areaId,
      row.label,
      row.result || null,
      cell(row.expected, 1),
      cell(row.percent, 0),
      TARGET_STATUS_LABELS[row.status].sv,
      row.forecast?.text ?? null,
      row.detail,
    ]),
  };
}

function tickWord(tick: PeriodTick): string {
  if (tick.state === 'met') return 'Uppfyllt';
  if (tick.state === 'missed') return 'Missat';
  return tick.started ? 'Pågår' : 'Kommande';
}

/** Every cadence target's periods that overlap [first, last] (ISO dates). */
export function periodTable(heading: string, rows: readonly ProgressRow[], first: string, last: string): ReportTable {
  const cells: ReportCell[][] = [];
  for (const row of rows) {
    for (const tick of row.periods ?? []) {
      if (tick.last < first || tick.first > last) continue;
      cells.push([row.id, row.label, tick.label, tick.first, tick.last, tick.value, tick.min, tickWord(tick)]);
    }
  }
  return { heading, columns: ['Mål-id', 'Mål', 'Period', 'Från', 'Till', 'Antal', 'Minst', 'Läge'], rows: cells };
}

export function coverageTable(rows: readonly ProgressRow[]): ReportTable {
  const cells: ReportCell[][] = [];
  for (const row of rows) {
    for (const gap of row.missing ?? []) {
      cells.push([row.id, gap.role, gap.filled, gap.branches, gap.missing.join(', ') || null]);
    }
  }
  return {
    heading: 'Roller i partiföreningarna',
    columns: ['Mål-id', 'Roll', 'Tillsatta', 'Partiföreningar', 'Saknas i'],
    rows: cells,
  };
}

export function categoryTables(rows: readonly ProgressRow[]): ReportTable[] {
  return rows.flatMap((row) =>
    row.matrix
      ? [
          {
            heading: `Prioriterade områden (${row.id})`,
            columns: ['Område', ...row.matrix.columns.map((column) => column.label)],
            rows: row.matrix.rows.map((matrixRow) => [matrixRow.category, ...matrixRow.counts]),
          },
        ]
      : [],
  );
}

/** Entries and summed quantity per delmål for actions on days in [first, last]. */
export function subgoalActivityTable(
  heading: string,
  context: ReportContext,
  first: DayNumber,
  last: DayNumber,
): ReportTable {
  const rows: ReportCell[][] = [];
  for (const area of context.plan.areas) {
    for (const subgoal of area.subgoals) {
      let entries = 0;
      let quantity = 0;
      for (const { action, day } of context.index.bySubgoal.get(subgoal.id) ?? []) {
        if (day < first || day > last) continue;
        entries += 1;
        quantity += action.quantity;
      }
      rows.push([subgoal.id, subgoal.title, entries, quantity]);
    }
  }
  return { heading, columns: ['Delmål', 'Titel', 'Registreringar', 'Summa antal'], rows };
}

/** Per delmål: how many of its activities are done, under way, not started, struck and overdue (Aktiviteter). */
export function activityTable(heading: string, context: ReportContext): ReportTable {
  const rows: ReportCell[][] = [];
  for (const subgoal of context.plan.areas.flatMap((area) => area.subgoals)) {
    if (subgoal.activities.length === 0) continue;
    const tally = activityTally(context, subgoal);
    rows.push([
      subgoal.id,
      subgoal.title,
      tally.total,
      tally.done,
      tally.inProgress,
      tally.notStarted,
      tally.dropped,
      tally.overdue,
    ]);
  }
  return {
    heading,
    columns: ['Delmål', 'Titel', 'Aktiviteter', 'Klara', 'Pågår', 'Ej påbörjade', 'Strukna', 'Försenade'],
    rows,
  };
}

/** Worst first: a delmål's bar has the status of its worst target. */
const SEVERITY: readonly TargetStatus[] = ['not_met', 'behind', 'open', 'no_data', 'on_track', 'done'];

/**
 * Each delmål's bar is the mean of its targets' percents, each capped at 100 so one overshoot hides no shortfall,
 * coloured by the delmål's worst status: one series per status, stacked so each bar stands alone at its place.
 */
export function progressChart(context: ReportContext, rows: readonly ProgressRow[]): ReportChart {
  const bars = new Map<string, { percents: number[]; status: TargetStatus }>();
  for (const row of rows) {
    if (row.subgoalId === undefined || row.percent === null) continue;
    const bar = bars.get(row.subgoalId) ?? { percents: [], status: 'done' };
    bar.percents.push(Math.min(100, row.percent));
    if (SEVERITY.indexOf(row.status) < SEVERITY.indexOf(bar.status)) bar.status = row.status;
    bars.set(row.subgoalId, bar);
  }
  const subgoals = context.plan.areas.flatMap((area) => area.subgoals).filter((subgoal) => bars.has(subgoal.id));
  const shown = subgoals.map((subgoal) => {
    const bar = bars.get(subgoal.id) ?? { percents: [], status: 'no_data' };
    const mean = bar.percents.reduce((sum, value) => sum + value, 0) / bar.percents.length;
    return { label: subgoalShortTitle(subgoal), status: bar.status, value: roundTo(mean, 1) };
  });
  // Best first in the legend, and only the statuses some delmål has.
  const statuses = [...SEVERITY].reverse().filter((status) => shown.some((bar) => bar.status === status));
  return {
    title: 'Måluppfyllelse per delmål',
    type: 'bar',
    categories: shown.map((bar) => bar.label),
    series: statuses.map((status) => ({
      name: TARGET_STATUS_LABELS[status].sv,
      status,
      values: shown.map((bar) => (bar.status === status ? bar.value : null)),
    })),
    xLabel: 'Delmål',
    yLabel: 'Procent av målet',
    stacked: true,
    percent: true,
  };
}

type CountPlace = TargetPlace & { target: TargetOf<'count'> };

export function articlePlace(context: ReportContext): CountPlace | undefined {
  return targetPlaces(context.plan).find(
    (place): place is CountPlace =>
      place.target.kind === 'count' &&
      kindForUnit(place.target.unit) === 'article.published' &&
      countCategories(place) === undefined,
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Debate articles, cumulative from `from` to the end of each span (or the report day, whichever is first), against the
 * pace line: the target times the share of the plan year's days covered by then.
 */
export function paceChart(
  context: ReportContext,
  place: CountPlace,
  spans: readonly Span[],
  from: DayNumber,
  xLabel: string,
): ReportChart {
  const ends = spans.map((span) => Math.min(span.last, context.asOfDay));
  const perSpan = spans.map(() => 0);
  const matching: DatedAction[] = matchingActions(context.index, place);
  for (const { action, day } of matching) {
    if (day < from) continue;
    const index = spans.findIndex((span) => day <= span.last);
    if (index >= 0) perSpan[index] = (perSpan[index] ?? 0) + action.quantity;
  }
  let running = 0;
  const cumulative = perSpan.map((value) => {
    running += value;
    return running;
  });
  const { target, unit } = place.target;
  return {
    title: `${capitalize(unit)}: utfall mot takt`,
    type: 'line',
    categories: spans.map((span) => span.label),
    series: [
      { name: 'Utfall (ackumulerat)', values: cumulative },
      { name: 'Takt', values: ends.map((end) => roundTo((target * (end - from + 1)) / context.daysInYear, 1)) },
    ],
    xLabel,
    yLabel: `Antal ${unit}`,
  };
}

/** Spans that have begun by the report day. */
export function startedSpans(spans: readonly Span[], context: ReportContext): Span[] {
  return spans.filter((span) => span.first <= context.asOfDay);
}
