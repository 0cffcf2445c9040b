// Draws a ReportChart (bar or line) as a self-contained SVG for the preview page, as the embedded Sheets chart shows
// it: the series' colours (status colours where the report gave them), stacked bars, a 0–100 % axis for percents.

import { formatNumber } from '../../shared/format.ts';
import { type Html, html } from '../../shared/html.ts';
import type { ReportChart } from '../../shared/report/types.ts';

const WIDTH = 720;
const HEIGHT = 340;
const MARGIN = { top: 36, right: 16, bottom: 84, left: 64 };
/** Google Charts' default series colours, for series the chart gives none. */
const DEFAULT_COLOURS = ['#3366cc', '#dc3912', '#ff9900', '#109618', '#990099', '#0099c6'];
/** Roughly how wide one character of an 11 px label is. */
const CHARACTER_WIDTH = 6.5;

/** A chart with the colours its series are drawn in (from the stored chart's options), when it has any. */
export type DrawnChart = { chart: ReportChart; colours?: string[] };

/** A round axis maximum (1, 2, 5 × 10ⁿ) at or above the largest value. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A label cut to what fits its band; a delmål's "U3 Debattartiklar" on two lines, the id above its title. */
function labelLines(label: string, band: number): string[] {
  const fit = Math.max(4, Math.floor((band - 8) / CHARACTER_WIDTH));
  const cut = (text: string) => (text.length > fit ? `${text.slice(0, fit - 1)}…` : text);
  const space = label.indexOf(' ');
  if (space < 0 || label.length <= fit / 2) return [cut(label)];
  return [cut(label.slice(0, space)), cut(label.slice(space + 1))];
}

export function chartSvg(chart: ReportChart, colours: readonly string[] = DEFAULT_COLOURS): Html {
  const colour = (index: number) => colours[index % colours.length] ?? '#000';
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const count = Math.max(1, chart.categories.length);
  const value = (series: number, index: number) => chart.series[series]?.values[index] ?? null;
  const stackTotals = chart.categories.map((_, index) =>
    chart.series.reduce((sum, _series, series) => sum + Math.max(0, value(series, index) ?? 0), 0),
  );
  const values = chart.series.flatMap((series) => series.values).filter((entry) => entry !== null);
  const max = chart.percent ? 100 : niceMax(Math.max(0, ...(chart.stacked ? stackTotals : values)));
  const y = (amount: number) =>
    round(MARGIN.top + plotHeight - (Math.min(max, Math.max(0, amount)) / max) * plotHeight);
  const band = plotWidth / count;
  const x = (index: number) => round(MARGIN.left + band * index + band / 2);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * max);
  const tickText = (tick: number) => `${formatNumber(tick, 2)}${chart.percent ? ' %' : ''}`;
  const seriesCount = chart.stacked ? 1 : Math.max(1, chart.series.length);
  const barWidth = round((band * 0.8) / seriesCount);

  const grid = ticks.map(
    (tick) =>
      html`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/><text x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end" font-size="11">${tickText(tick)}</text>`,
  );
  const labels = chart.categories.map((category, index) =>
    labelLines(category, band).map(
      (line, row) =>
        html`<text x="${x(index)}" y="${HEIGHT - MARGIN.bottom + 16 + row * 13}" text-anchor="middle" font-size="11"><title>${category}</title>${line}</text>`,
    ),
  );
  const bottoms = chart.categories.map(() => 0);
  const marks = chart.series.map((series, seriesIndex) => {
    if (chart.type === 'line') {
      const points = series.values
        .flatMap((entry, index) => (entry === null ? [] : [`${x(index)},${y(entry)}`]))
        .join(' ');
      return html`<polyline fill="none" stroke="${colour(seriesIndex)}" stroke-width="2" points="${points}"><title>${series.name}</title></polyline>`;
    }
    return series.values.map((entry, index) => {
      if (entry === null) return html``;
      const base = chart.stacked ? (bottoms[index] ?? 0) : 0;
      if (chart.stacked) bottoms[index] = base + Math.max(0, entry);
      const slot = chart.stacked ? 0 : seriesIndex;
      const left = round(MARGIN.left + band * index + band * 0.1 + barWidth * slot);
      const top = y(base + entry);
      const height = round(y(base) - top);
      const shown = `${formatNumber(entry)}${chart.percent ? ' %' : ''}`;
      return html`<rect x="${left}" y="${top}" width="${barWidth}" height="${height}" fill="${colour(seriesIndex)}"><title>${series.name} · ${chart.categories[index] ?? ''}: ${shown}</title></rect>`;
    });
  });
  const legend = chart.series.map(
    (series, index) =>
      html`<rect x="${MARGIN.left + index * 130}" y="${HEIGHT - 22}" width="10" height="10" fill="${colour(index)}"/><text x="${MARGIN.left + index * 130 + 14}" y="${HEIGHT - 13}" font-size="11">${series.name}</text>`,
  );
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${chart.title}">
<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${chart.title}</text>
${grid}
<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(0)}" y2="${y(0)}" stroke="#333"/>
${marks}
${labels}
<text x="14" y="${MARGIN.top + plotHeight / 2}" transform="rotate(-90 14 ${MARGIN.top + plotHeight / 2})" text-anchor="middle" font-size="11">${chart.yLabel}</text>
<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - MARGIN.bottom + 48}" text-anchor="middle" font-size="11">${chart.xLabel}</text>
${legend}
</svg>`;
}
