// Plain-text rendering of a Report for the terminal: each table padded into columns, each chart as its series.
import { formatNumber } from '../../shared/format.ts';
import type { Report, ReportCell } from '../../shared/report/types.ts';

const MAX_CELL_WIDTH = 48;

function cellText(cell: ReportCell): string {
  const text = cell === null ? '' : typeof cell === 'number' ? formatNumber(cell, 2) : cell;
  return text.length > MAX_CELL_WIDTH ? `${text.slice(0, MAX_CELL_WIDTH - 1)}…` : text;
}

export function renderTable(heading: string, columns: string[], rows: ReportCell[][]): string {
  const cells = [columns.map(cellText), ...rows.map((row) => row.map(cellText))];
  const widths = columns.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    heading,
    line(cells[0] ?? []),
    widths.map((width) => '─'.repeat(width)).join('  '),
    ...cells.slice(1).map(line),
  ]
    .join('\n')
    .concat('\n');
}

export function renderReport(report: Report): string {
  const parts = [`${report.title}\nPer ${report.asOf}\n`];
  for (const table of report.tables) parts.push(renderTable(table.heading, table.columns, table.rows));
  for (const chart of report.charts) {
    const columns = [chart.xLabel, ...chart.series.map((series) => series.name)];
    const rows = chart.categories.map((category, index) => [
      category,
      ...chart.series.map((series) => series.values[index] ?? null),
    ]);
    parts.push(renderTable(`Diagram: ${chart.title} (${chart.yLabel})`, columns, rows));
  }
  return parts.join('\n');
}
