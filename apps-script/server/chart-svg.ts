// Draws a ReportChart (bar or line) as a self-contained SVG for the preview page.

import { type Html, html } from '../../shared/html.ts';
import type { ReportChart } from '../../shared/report/types.ts';

const WIDTH = 640;
const HEIGHT = 320;
const MARGIN = { top: 36, right: 16, bottom: 64, left: 56 };
const COLOURS = ['#c8102e', '#1f77b4', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b'];

/** A round axis maximum (1, 2, 5 × 10ⁿ) at or above the largest value. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function chartSvg(chart: ReportChart): Html {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const values = chart.series.flatMap((series) => series.values).filter(Number.isFinite);
  const max = niceMax(Math.max(0, ...values));
  const y = (value: number) => round(MARGIN.top + plotHeight - (Math.max(0, value) / max) * plotHeight);
  const count = Math.max(1, chart.categories.length);
  const band = plotWidth / count;
  const x = (index: number) => round(MARGIN.left + band * index + band / 2);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * max);
  const seriesCount = Math.max(1, chart.series.length);
  const barWidth = round((band * 0.8) / seriesCount);

  const grid = ticks.map(
    (tick) =>
      html`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/><text x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end" font-size="11">${Math.round(tick * 100) / 100}</text>`,
  );
  const labels = chart.categories.map(
    (category, index) =>
      html`<text x="${x(index)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle" font-size="11">${category}</text>`,
  );
  const marks = chart.series.map((series, seriesIndex) => {
    const colour = COLOURS[seriesIndex % COLOURS.length] ?? '#000';
    if (chart.type === 'line') {
      const points = series.values.map((value, index) => `${x(index)},${y(value)}`).join(' ');
      return html`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points}"><title>${series.name}</title></polyline>`;
    }
    return series.values.map((value, index) => {
      const left = round(MARGIN.left + band * index + band * 0.1 + barWidth * seriesIndex);
      const top = y(value);
      const height = round(MARGIN.top + plotHeight - top);
      return html`<rect x="${left}" y="${top}" width="${barWidth}" height="${height}" fill="${colour}"><title>${series.name} · ${chart.categories[index] ?? ''}: ${value}</title></rect>`;
    });
  });
  const legend = chart.series.map(
    (series, index) =>
      html`<rect x="${MARGIN.left + index * 150}" y="${HEIGHT - 22}" width="10" height="10" fill="${COLOURS[index % COLOURS.length] ?? '#000'}"/><text x="${MARGIN.left + index * 150 + 14}" y="${HEIGHT - 13}" font-size="11">${series.name}</text>`,
  );
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${chart.title}">
<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${chart.title}</text>
${grid}
<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(0)}" y2="${y(0)}" stroke="#333"/>
${marks}
${labels}
<text x="14" y="${MARGIN.top + plotHeight / 2}" transform="rotate(-90 14 ${MARGIN.top + plotHeight / 2})" text-anchor="middle" font-size="11">${chart.yLabel}</text>
<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - MARGIN.bottom + 34}" text-anchor="middle" font-size="11">${chart.xLabel}</text>
${legend}
</svg>`;
}
