// Kvartalsrapport: one quarter of the plan year, looked back on from its end.

import { roundTo } from '../format.ts';
import { dayToIso, parseQuarter, type QuarterId, quarterSpan, weekSpans } from '../model/calendar.ts';
import { InputError } from '../model/input-error.ts';
import { REPORT_SHEET_NAMES } from '../model/sheet-names.ts';
import { prepareReport } from './context.ts';
import type { ReportInput } from './input.ts';
import { countCategories, matchingActions, targetPlaces } from './match.ts';
import { progressRows } from './progress.ts';
import {
  activityTable,
  articlePlace,
  paceChart,
  periodTable,
  progressChart,
  progressTable,
  reportTitle,
  startedSpans,
  subgoalActivityTable,
} from './report-parts.ts';
import type { Report, ReportCell } from './types.ts';

/**
 * One quarter: the actions logged in it, the cadence periods overlapping it, counts against the quarter's share of
 * the pace, and every target's progress at the quarter's end (or the report day, if that comes first).
 */
export function buildQuarterReport(input: ReportInput, quarter: QuarterId): Report {
  const parsed = parseQuarter(quarter);
  if (parsed.year !== input.plan.year) {
    throw new InputError(`Kvartalet ${parsed.id} ligger utanför planens år ${input.plan.year}.`);
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
    activityTable(`Aktiviteter ${asOf}`, context),
  ];
  const charts = [progressChart(context, rows)];
  const place = articlePlace(context);
  const weeks = startedSpans(weekSpans(span.first, span.last, parsed.year), context);
  if (place && weeks.length > 0) charts.push(paceChart(context, place, weeks, span.first, 'Vecka'));
  return {
    title: reportTitle(`Kvartalsrapport ${parsed.id}`, context),
    sheet: REPORT_SHEET_NAMES.quarter(parsed.year, parsed.quarter),
    asOf,
    tables: tables.filter((table) => table.rows.length > 0),
    charts,
  };
}
