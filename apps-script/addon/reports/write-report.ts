// Writes a Report to its own sheet ("Rapport 2024", "Rapport 2024 Q2", …): its tables and the charts' data in one block,
// numbers in Swedish format, then one chart per ReportChart, coloured by status where the report says so.
import type { Report, ReportCell, ReportChart } from '../../../shared/report/types.ts';
import type { CellValue } from '../../../shared/sheets/cells.ts';
import { neutraliseCellText } from '../../../shared/sheets/cells.ts';
import { statusBarColour } from '../../../shared/sheets/status-colours.ts';
import { REPORTS, sv } from '../messages.ts';
import { type Book, padRows, type Sheet, writeRows } from '../register/sheet-io.ts';

/** Rows between the tops of two charts stacked beside the tables. */
const CHART_SPACING = 20;

/**
 * Number formats of the block: a spreadsheet in Swedish shows `#,##0` as "1 350" and the decimal comma as "3,5". A
 * whole number gets no decimals, so "4" never reads "4,". Text is plain text, so "2024-03-31" or "2024Q2" stays
 * the words the report wrote instead of becoming a date or a number.
 */
const WHOLE_FORMAT = '#,##0';
const DECIMAL_FORMAT = '#,##0.0';
const TEXT_FORMAT = '@';
/** A percent axis ("50 %"), as an ICU pattern in Google Charts' vAxis.format; the quotes keep 50 from becoming 5000. */
const PERCENT_AXIS_FORMAT = "0' %'";

/**
 * A report sheet is exported as CSV, so its text never starts a formula even there: text cells are plain text (`@`),
 * which keeps the apostrophe neutraliseCellText puts before a formula start as a character of the text, and a CSV
 * keeps it too (the OWASP advice exportSafeCellText follows on Logg, whose cells are not plain text).
 */
function cell(value: ReportCell): CellValue {
  if (value === null) return '';
  return typeof value === 'string' ? neutraliseCellText(value) : value;
}

function numberFormat(value: CellValue): string {
  if (typeof value !== 'number') return TEXT_FORMAT;
  return Number.isInteger(value) ? WHOLE_FORMAT : DECIMAL_FORMAT;
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

/**
 * One embedded chart, set up with the typed builders' documented setters (Google's reference for
 * EmbeddedColumnChartBuilder and EmbeddedLineChartBuilder): title, axis titles, legend, status colours, stacking and
 * a 0–100 % value axis.
 */
function insertChart(sheet: Sheet, data: ChartData, index: number, at: number): void {
  const { chart } = data;
  const builder = sheet.newChart();
  const column = () => (chart.stacked ? builder.asColumnChart().setStacked() : builder.asColumnChart());
  const typed = chart.type === 'line' ? builder.asLineChart() : column();
  typed
    .setTitle(chart.title)
    .setXAxisTitle(chart.xLabel)
    .setYAxisTitle(chart.yLabel)
    .setLegendPosition(Charts.Position.BOTTOM);
  const colours = chart.series.flatMap((series) => (series.status ? [statusBarColour(series.status)] : []));
  if (colours.length === chart.series.length) typed.setColors(colours);
  if (chart.percent) typed.setRange(0, 100).setOption('vAxis.format', PERCENT_AXIS_FORMAT);
  const built = typed
    .addRange(sheet.getRange(data.row, 1, data.height, data.width))
    .setPosition(1 + index * CHART_SPACING, at, 0, 0)
    .build();
  sheet.insertChart(built);
}

/**
 * Replaces the report's own sheet, and only that one, at the place it had. The old sheet is deleted and a new one
 * inserted: that drops the old content and every old chart in two calls. Charts sit to the right of the tables.
 */
export function writeReport(book: Book, report: Report): void {
  const old = book.getSheetByName(report.sheet);
  const place = old ? old.getIndex() - 1 : book.getNumSheets();
  if (old) book.deleteSheet(old);
  const sheet = book.insertSheet(report.sheet, place);
  const { rows, charts } = reportBlock(report);
  const width = Math.max(...rows.map((row) => row.length));
  const block = padRows(rows, rows.length, width);
  writeRows(
    sheet,
    1,
    block,
    width,
    block.map((row) => row.map(numberFormat)),
  );
  charts.forEach((data, index) => {
    insertChart(sheet, data, index, width + 2);
  });
}
