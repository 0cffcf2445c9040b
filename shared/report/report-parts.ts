// The tables and charts the three reports are built from, so each report reads as the list of what it shows.

import { roundTo } from '../format.ts';
import type { DayNumber, Span } from '../model/calendar.ts';
import { TARGET_STATUS_LABELS } from '../model/target-status.ts';
import type { PeriodTick, ProgressRow, ReportContext } from './context.ts';
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
    columns: ['Delmål', 'Mål', 'Utfall', expectedColumn, 'Procent', 'Status', 'Kommentar'],
    rows: rows.map((row) => [
      row.subgoalId ?? row.areaId,
      row.label,
      cell(row.value, 1),
      cell(row.expected, 1),
      cell(row.percent, 0),
      TARGET_STATUS_LABELS[row.status].sv,
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

/** Each delmål's bar is the mean of its targets' percents, each capped at 100 so one overshoot hides no shortfall. */
export function progressChart(rows: readonly ProgressRow[]): ReportChart {
  const percents = new Map<string, number[]>();
  for (const row of rows) {
    if (row.subgoalId === undefined || row.percent === null) continue;
    const list = percents.get(row.subgoalId) ?? [];
    list.push(Math.min(100, row.percent));
    percents.set(row.subgoalId, list);
  }
  const categories = [...percents.keys()];
  return {
    title: 'Måluppfyllelse per delmål',
    type: 'bar',
    categories,
    series: [
      {
        name: 'Procent av målet',
        values: categories.map((id) => {
          const list = percents.get(id) ?? [];
          return roundTo(list.reduce((sum, value) => sum + value, 0) / list.length, 1);
        }),
      },
    ],
    xLabel: 'Delmål',
    yLabel: 'Procent',
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
