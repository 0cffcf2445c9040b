// Rapport för året: every target's progress for the plan year up to the report day, with its activities and charts.
import { dayToIso, monthSpans } from '../model/calendar.ts';
import { REPORT_SHEET_NAMES } from '../model/sheet-names.ts';
import { prepareReport } from './context.ts';
import type { ReportInput } from './input.ts';
import { progressRows } from './progress.ts';
import {
  activityTable,
  articlePlace,
  categoryTables,
  coverageTable,
  paceChart,
  periodTable,
  progressChart,
  progressTable,
  reportTitle,
  startedSpans,
  subgoalActivityTable,
} from './report-parts.ts';
import type { Report } from './types.ts';

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
    activityTable('Aktiviteter per delmål', context),
    subgoalActivityTable('Registreringar per delmål', context, year.first, year.last),
  ];
  const charts = [progressChart(context, rows)];
  const place = articlePlace(context);
  const months = startedSpans(monthSpans(context.plan.year), context);
  if (place && months.length > 0) charts.push(paceChart(context, place, months, year.first, 'Månad'));
  return {
    title: reportTitle(`Årsrapport ${context.plan.year}`, context),
    sheet: REPORT_SHEET_NAMES.year(context.plan.year),
    asOf: input.asOf,
    tables: tables.filter((table) => table.rows.length > 0),
    charts,
  };
}
