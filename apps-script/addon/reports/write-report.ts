// Writes any Report to the Rapport sheet: its tables and the charts' data in one block, then one chart per ReportChart.
import type { Report, ReportCell, ReportChart } from '../../../shared/report/types.ts';
import type { CellValue } from '../../../shared/sheets/cells.ts';
import { exportSafeCellText } from '../../../shared/sheets/cells.ts';
import { REPORT_SHEET } from '../../../shared/sheets/columns.ts';
import { REPORTS, sv } from '../messages.ts';
import { type Book, padRows, type Sheet, writeRows } from '../register/sheet-io.ts';

/** Rows between the tops of two charts stacked beside the tables. */
const CHART_SPACING = 20;

/** Rapport is exported as CSV: its text never starts a formula, even once the apostrophe marking it as text is gone. */
function cell(value: ReportCell): CellValue {
  if (value === null) return '';
  return typeof value === 'string' ? exportSafeCellText(value) : value;
}

/** Where a chart's data sits in the block: first row (1-based) and size. */
type ChartData = { chart: ReportChart; row: number; height: number; width: number };

/** The report as one block of rows: title, date, each table (heading, columns, rows), then each chart's data. */
function reportBlock(report: Report): { rows: CellValue[][]; charts: ChartData[] } {
  const rows: CellValue[][] = [[cell(report.title)], [sv(REPORTS.asOf), report.asOf], []];
  for (const table of report.tables) {
    rows.push([cell(table.heading)], table.columns.map(cell), ...table.rows.map((row) => row.map(cell)), []);
  }
  const charts: ChartData[] = [];
  for (const chart of report.charts) {
    rows.push([cell(`${sv(REPORTS.chartData)}: ${chart.title}`)]);
    const header = [cell(chart.xLabel), ...chart.series.map((series) => cell(series.name))];
    const data = chart.categories.map((category, at) => [
      cell(category),
      ...chart.series.map((series) => series.values[at] ?? ''),
    ]);
    charts.push({ chart, row: rows.length + 1, height: data.length + 1, width: header.length });
    rows.push(header, ...data, []);
  }
  return { rows, charts };
}

function insertChart(sheet: Sheet, data: ChartData, index: number, column: number): void {
  const range = sheet.getRange(data.row, 1, data.height, data.width);
  const builder = data.chart.type === 'bar' ? sheet.newChart().asColumnChart() : sheet.newChart().asLineChart();
  const chart = builder
    .addRange(range)
    .setPosition(1 + index * CHART_SPACING, column, 0, 0)
    .setOption('title', data.chart.title)
    .build();
  sheet.insertChart(chart);
}

/**
 * Replaces the Rapport sheet with the report. The old sheet is deleted and a new one inserted: that drops the old
 * content and every old chart in two calls. Charts sit to the right of the tables.
 */
export function writeReport(book: Book, report: Report): void {
  const old = book.getSheetByName(REPORT_SHEET);
  if (old) book.deleteSheet(old);
  const sheet = book.insertSheet(REPORT_SHEET);
  const { rows, charts } = reportBlock(report);
  const width = Math.max(...rows.map((row) => row.length));
  writeRows(sheet, 1, padRows(rows, rows.length, width), width);
  charts.forEach((data, index) => {
    insertChart(sheet, data, index, width + 2);
  });
}
