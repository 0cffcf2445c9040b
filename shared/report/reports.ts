// The year, quarter and partiförening reports: Swedish tables and chart data built from one pass over the actions.

import { roundTo } from '../format.ts';
import type { Branch } from '../model/branch.ts';
import { roleHeader } from '../model/branch.ts';
import {
  type DayNumber,
  dayToIso,
  monthSpans,
  parseQuarter,
  type QuarterId,
  quarterSpan,
  type Span,
  weekSpans,
} from '../model/calendar.ts';
import { TARGET_STATUS_LABELS } from '../model/target-status.ts';
import type { ReportInput } from './input.ts';
import {
  countCategories,
  type DatedAction,
  kindForUnit,
  matchingActions,
  type TargetOf,
  type TargetPlace,
  targetPlaces,
} from './match.ts';
import { type PeriodTick, type ProgressRow, prepareReport, progressRows, type ReportContext } from './progress.ts';
import type { Report, ReportCell, ReportChart, ReportTable } from './types.ts';

function reportTitle(kind: string, context: ReportContext): string {
  const organisation = context.plan.organisation.trim();
  return organisation ? `${kind} – ${organisation}` : kind;
}

const cell = (value: number | null, decimals: number): ReportCell => (value === null ? null : roundTo(value, decimals));

function progressTable(heading: string, rows: readonly ProgressRow[], expectedColumn: string): ReportTable {
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
function periodTable(heading: string, rows: readonly ProgressRow[], first: string, last: string): ReportTable {
  const cells: ReportCell[][] = [];
  for (const row of rows) {
    for (const tick of row.periods ?? []) {
      if (tick.last < first || tick.first > last) continue;
      cells.push([row.id, row.label, tick.label, tick.first, tick.last, tick.value, tick.min, tickWord(tick)]);
    }
  }
  return { heading, columns: ['Mål-id', 'Mål', 'Period', 'Från', 'Till', 'Antal', 'Minst', 'Läge'], rows: cells };
}

function coverageTable(rows: readonly ProgressRow[]): ReportTable {
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

function categoryTables(rows: readonly ProgressRow[]): ReportTable[] {
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
function subgoalActivityTable(heading: string, context: ReportContext, first: DayNumber, last: DayNumber): ReportTable {
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
function progressChart(rows: readonly ProgressRow[]): ReportChart {
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

function articlePlace(context: ReportContext): CountPlace | undefined {
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
function paceChart(
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
function startedSpans(spans: readonly Span[], context: ReportContext): Span[] {
  return spans.filter((span) => span.first <= context.asOfDay);
}

/** The whole plan year up to the report day: every target's progress, periods, roles, categories and pace. */
export function buildYearReport(input: ReportInput): Report {
  const context = prepareReport(input);
  const rows = progressRows(context);
  const { year } = context;
  const tables = [
    progressTable('Måluppfyllelse', rows, 'Förväntat i dag'),
    periodTable('Periodmål', rows, dayToIso(year.first), dayToIso(year.last)),
    coverageTable(rows),
    ...categoryTables(rows),
    subgoalActivityTable('Registreringar per delmål', context, year.first, year.last),
  ];
  const charts = [progressChart(rows)];
  const place = articlePlace(context);
  const months = startedSpans(monthSpans(context.plan.year), context);
  if (place && months.length > 0) charts.push(paceChart(context, place, months, year.first, 'Månad'));
  return {
    title: reportTitle(`Årsrapport ${context.plan.year}`, context),
    asOf: input.asOf,
    tables: tables.filter((table) => table.rows.length > 0),
    charts,
  };
}

/**
 * One quarter: the actions logged in it, the cadence periods overlapping it, counts against the quarter's share of
 * the pace, and every target's progress at the quarter's end (or the report day, if that comes first).
 */
export function buildQuarterReport(input: ReportInput, quarter: QuarterId): Report {
  const parsed = parseQuarter(quarter);
  if (parsed.year !== input.plan.year) {
    throw new Error(`Kvartalet ${parsed.id} ligger utanför planens år ${input.plan.year}.`);
  }
  const span = quarterSpan(parsed.year, parsed.quarter);
  const context = prepareReport(input, span.last);
  const asOf = dayToIso(context.asOfDay);
  const rows = progressRows(context);
  const countRows: ReportCell[][] = [];
  const elapsedInQuarter = Math.max(0, Math.min(span.last, context.asOfDay) - span.first + 1);
  for (const place of targetPlaces(context.plan)) {
    // A count due per category has no pace over the year; the progress table shows which categories are done.
    if (place.target.kind !== 'count' || countCategories(place)) continue;
    let value = 0;
    for (const { action, day } of matchingActions(context.index, place))
      if (day >= span.first) value += action.quantity;
    const expected = (place.target.target * elapsedInQuarter) / context.daysInYear;
    countRows.push([place.target.id, place.target.text, value, roundTo(expected, 1)]);
  }
  const tables = [
    subgoalActivityTable('Registreringar i kvartalet per delmål', context, span.first, span.last),
    periodTable('Periodmål i kvartalet', rows, dayToIso(span.first), dayToIso(span.last)),
    {
      heading: 'Antal i kvartalet',
      columns: ['Mål-id', 'Mål', 'Utfall i kvartalet', 'Takt för kvartalet'],
      rows: countRows,
    },
    progressTable(
      `Måluppfyllelse ${asOf}`,
      rows,
      asOf === input.asOf ? 'Förväntat i dag' : 'Förväntat vid kvartalets slut',
    ),
  ];
  const charts = [progressChart(rows)];
  const place = articlePlace(context);
  const weeks = startedSpans(weekSpans(span.first, span.last, parsed.year), context);
  if (place && weeks.length > 0) charts.push(paceChart(context, place, weeks, span.first, 'Vecka'));
  return {
    title: reportTitle(`Kvartalsrapport ${parsed.id}`, context),
    asOf,
    tables: tables.filter((table) => table.rows.length > 0),
    charts,
  };
}

const UNASSIGNED = 'Utan partiförening';

/** Per partiförening: what its members logged this plan year and which of the plan's roles it has filled. */
export function buildBranchReport(input: ReportInput): Report {
  const context = prepareReport(input);
  const roles = [
    ...new Set(
      targetPlaces(context.plan).flatMap((place) => (place.target.kind === 'coverage' ? place.target.roles : [])),
    ),
  ];
  const subgoals = context.plan.areas.flatMap((area) => area.subgoals);
  const branchOf = new Map<string, Branch>();
  for (const branch of context.branches) branchOf.set(branch.name, branch);
  for (const branch of context.branches) branchOf.set(branch.id, branch);
  const names = [...context.branches.map((branch) => branch.name), UNASSIGNED];
  const tally = new Map(names.map((name) => [name, { entries: 0, quantity: 0, bySubgoal: new Map<string, number>() }]));
  for (const { action } of context.index.all) {
    const name = (action.branch !== undefined ? branchOf.get(action.branch)?.name : undefined) ?? UNASSIGNED;
    const entry = tally.get(name);
    if (!entry) continue;
    entry.entries += 1;
    entry.quantity += action.quantity;
    entry.bySubgoal.set(action.subgoal, (entry.bySubgoal.get(action.subgoal) ?? 0) + action.quantity);
  }
  const shown = names.filter((name) => name !== UNASSIGNED || (tally.get(UNASSIGNED)?.entries ?? 0) > 0);
  const filledCount = (branch: Branch) => roles.filter((role) => (branch.roles[role] ?? '').trim() !== '').length;
  const overview: ReportCell[][] = shown.map((name) => {
    const entry = tally.get(name);
    const branch = context.branches.find((candidate) => candidate.name === name);
    const roleCells: ReportCell[] = roles.map((role) =>
      branch ? (branch.roles[role] ?? '').trim() || 'Saknas' : null,
    );
    const missing = branch ? roles.filter((role) => (branch.roles[role] ?? '').trim() === '') : [];
    return [
      name,
      entry?.entries ?? 0,
      entry?.quantity ?? 0,
      ...roleCells,
      branch ? filledCount(branch) : null,
      branch ? missing.join(', ') || null : null,
    ];
  });
  const perSubgoal: ReportCell[][] = shown.map((name) => [
    name,
    ...subgoals.map((subgoal) => tally.get(name)?.bySubgoal.get(subgoal.id) ?? 0),
  ]);
  const charts: ReportChart[] = [
    {
      title: 'Registreringar per partiförening',
      type: 'bar',
      categories: shown,
      series: [{ name: 'Registreringar', values: shown.map((name) => tally.get(name)?.entries ?? 0) }],
      xLabel: 'Partiförening',
      yLabel: 'Registreringar',
    },
  ];
  if (roles.length > 0 && context.branches.length > 0) {
    charts.push({
      title: 'Tillsatta roller per partiförening',
      type: 'bar',
      categories: context.branches.map((branch) => branch.name),
      series: [
        {
          name: 'Procent tillsatta',
          values: context.branches.map((branch) => roundTo((filledCount(branch) / roles.length) * 100, 1)),
        },
      ],
      xLabel: 'Partiförening',
      yLabel: 'Procent',
    });
  }
  return {
    title: reportTitle(`Partiföreningar ${context.plan.year}`, context),
    asOf: input.asOf,
    tables: [
      {
        heading: 'Partiföreningar',
        columns: [
          'Partiförening',
          'Registreringar',
          'Summa antal',
          ...roles.map(roleHeader),
          'Tillsatta roller',
          'Saknade roller',
        ],
        rows: overview,
      },
      {
        heading: 'Summa antal per delmål och partiförening',
        columns: ['Partiförening', ...subgoals.map((subgoal) => subgoal.id)],
        rows: perSubgoal,
      },
    ],
    charts,
  };
}
