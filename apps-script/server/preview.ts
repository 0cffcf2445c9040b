// The preview at `/`: every visible sheet as a table the way the board sees it (dropdowns, notes, flags, colours), the
// board's own cells editable, each report sheet's charts as SVG (drawn from the charts' stored options as Sheets draws
// them), the Målkoll menu and what its commands show.

import { Html, html } from '../../shared/html.ts';
import { isReportSheet } from '../../shared/model/sheet-names.ts';
import type { ReportChart } from '../../shared/report/types.ts';
import { cellA1 } from '../../shared/sheets/a1.ts';
import type { Runtime } from '../local/index.ts';
import type { ChartSpec, CriterionArg } from '../local/model.ts';
import { chartSvg, type DrawnChart } from './chart-svg.ts';
import type { MenuEntry } from './menu-run.ts';
import { MENU_STYLE, menuBarHtml, sidebarHtml } from './preview-menu.ts';
import { PREVIEW_SCRIPT } from './preview-script.ts';

/** Rows shown per sheet; Logg can hold tens of thousands. */
const PREVIEW_ROW_LIMIT = 500;

/** A colour that can go into a style attribute as it is. */
const SAFE_COLOUR = /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i;

type Sheet = Runtime['workbook']['sheets'][number];

/** The options of a dropdown: a list, or the values of the range it reads. */
function dropdownOptions(runtime: Runtime, args: readonly CriterionArg[]): string[] {
  const source = args[0];
  if (typeof source !== 'object' || source === null) return [];
  if ('list' in source) return source.list;
  if (!('range' in source)) return [];
  const sheet = runtime.workbook.sheetById(source.range.sheetId);
  if (!sheet) return [];
  const last = Math.min(source.range.row + source.range.numRows - 1, runtime.workbook.lastRow(sheet));
  const options: string[] = [];
  for (let row = source.range.row; row <= last; row++) {
    const text = runtime.cell(cellA1(sheet.name, row, source.range.column)).display;
    if (text !== '') options.push(text);
  }
  return options;
}

function cellHtml(runtime: Runtime, sheet: Sheet, row: number, column: number): Html {
  const a1 = cellA1(sheet.name, row, column);
  const info = runtime.cell(a1);
  // As the cell appears in Sheets: its own format with conditional formats (the status colours) applied.
  const look = info.shown;
  // The board types in every cell no protection covers; Målkoll's own columns are protected (it writes them).
  const editable = info.protection === null;
  const classes = [info.invalid ? 'invalid' : '', info.note ? 'has-note' : '', editable ? 'editable' : '']
    .filter(Boolean)
    .join(' ');
  const lines = [look.underline ? 'underline' : '', look.strikethrough ? 'line-through' : ''].filter(Boolean);
  const css = [
    SAFE_COLOUR.test(look.background) && look.background !== '#ffffff' ? `background:${look.background}` : '',
    SAFE_COLOUR.test(look.fontColor) && look.fontColor !== '#000000' ? `color:${look.fontColor}` : '',
    look.bold ? 'font-weight:bold' : '',
    look.italic ? 'font-style:italic' : '',
    lines.length > 0 ? `text-decoration:${lines.join(' ')}` : '',
  ]
    .filter(Boolean)
    .join(';');
  const validation = info.validation;
  let content: Html;
  if (validation && (validation.criteria === 'VALUE_IN_LIST' || validation.criteria === 'VALUE_IN_RANGE')) {
    const options = dropdownOptions(runtime, validation.args);
    const values = options.includes(info.display) || info.display === '' ? options : [info.display, ...options];
    content = html`<select${editable ? html`` : html` disabled`} aria-label="Rullgardinsmeny ${a1}"><option value=""></option>${values.map(
      (option) => html`<option${option === info.display ? html` selected` : html``}>${option}</option>`,
    )}</select>`;
  } else {
    content = html`${info.display}`;
  }
  // A note is read on hover, as in Sheets: the corner mark says there is one, the tooltip holds its text.
  const tip = info.note || info.protection?.description || '';
  const note = tip ? html` title="${tip}"` : html``;
  const cell = editable ? html` data-cell="${a1}" data-value="${info.formulaBar}"` : html``;
  return html`<td class="${classes}" style="${css}"${note}${cell}>${content}</td>`;
}

function sheetHtml(runtime: Runtime, sheet: Sheet): Html {
  const lastRow = runtime.workbook.lastRow(sheet);
  const lastColumn = runtime.workbook.lastColumn(sheet);
  if (lastRow === 0 || lastColumn === 0) {
    return html`<section><h2>${sheet.name}</h2><p class="empty">Bladet är tomt.</p></section>`;
  }
  // The empty row below the last is where the board types a new row (a Mätvärden entry), as in Sheets.
  const shownRows = lastRow < PREVIEW_ROW_LIMIT ? lastRow + 1 : PREVIEW_ROW_LIMIT;
  const header = Math.min(Math.max(sheet.frozenRows, 0), shownRows);
  const row = (r: number, tag: 'td' | 'th') => {
    const cells: Html[] = [];
    for (let c = 1; c <= lastColumn; c++) cells.push(cellHtml(runtime, sheet, r, c));
    return html`<tr${tag === 'th' ? html` class="header"` : html``}>${cells}</tr>`;
  };
  const head: Html[] = [];
  const body: Html[] = [];
  for (let r = 1; r <= shownRows; r++) (r <= header ? head : body).push(row(r, r <= header ? 'th' : 'td'));
  const more =
    lastRow > shownRows ? html`<p class="more">Visar de första ${shownRows} av ${lastRow} raderna.</p>` : html``;
  return html`<section><h2>${sheet.name}</h2><table><thead>${head}</thead><tbody>${body}</tbody></table>${more}</section>`;
}

const optionText = (spec: ChartSpec, option: string) => {
  const value = spec.options[option];
  return typeof value === 'string' ? value : '';
};

/**
 * A chart stored in the sheet back as the ReportChart it was drawn from (header row, then category and values), with
 * the options it was built with: axis titles, series colours, stacking, a 0–100 % value axis.
 */
function storedChart(runtime: Runtime, spec: ChartSpec): DrawnChart | null {
  const ref = spec.ranges[0];
  const sheet = ref && runtime.workbook.sheetById(ref.sheetId);
  if (!ref || !sheet) return null;
  const value = (row: number, column: number) => runtime.cell(cellA1(sheet.name, row, column));
  const header: string[] = [];
  for (let c = 0; c < ref.numColumns; c++) header.push(value(ref.row, ref.column + c).display);
  const categories: string[] = [];
  const series = header.slice(1).map((name) => ({ name, values: [] as (number | null)[] }));
  for (let r = 1; r < ref.numRows; r++) {
    categories.push(value(ref.row + r, ref.column).display);
    series.forEach((entry, index) => {
      const cell = value(ref.row + r, ref.column + 1 + index).value;
      entry.values.push(typeof cell === 'number' ? cell : null);
    });
  }
  const colours = spec.options.colors;
  const chart: ReportChart = {
    title: optionText(spec, 'title'),
    type: spec.chartType === 'LINE' ? 'line' : 'bar',
    categories,
    series,
    xLabel: optionText(spec, 'hAxis.title') || (header[0] ?? ''),
    yLabel: optionText(spec, 'vAxis.title'),
    stacked: spec.options.isStacked === true,
    percent: spec.options['vAxis.viewWindow.max'] === 100 && optionText(spec, 'vAxis.format').includes('%'),
  };
  return Array.isArray(colours) && colours.every((colour) => typeof colour === 'string')
    ? { chart, colours: colours as string[] }
    : { chart };
}

/** Each report sheet's charts under its name ("Rapport 2024", "Rapport 2024 Q2", …), in the order of the tabs. */
function reportHtml(runtime: Runtime, state: PreviewState): Html {
  const reports = runtime.workbook.sheets
    .filter((sheet) => !sheet.hidden && isReportSheet(sheet.name))
    .map((sheet) => ({
      name: sheet.name,
      charts: sheet.charts.flatMap((spec) => {
        const drawn = storedChart(runtime, spec);
        return drawn ? [drawn] : [];
      }),
    }))
    .filter((report) => report.charts.length > 0);
  const stale = state.reportStale
    ? html`<p class="stale">Något har loggats sedan rapporten gjordes. Tryck på knappen för att räkna om den.</p>`
    : html``;
  const refresh = html`<form method="post" action="/rapport"><button>Uppdatera rapporten för året</button></form>`;
  if (reports.length === 0) {
    return html`<section><h2>Rapporternas diagram</h2><p class="empty">Ingen rapport med diagram ännu.</p>${stale}${refresh}</section>`;
  }
  return html`<section><h2>Rapporternas diagram</h2>${stale}${refresh}${reports.map(
    (report) =>
      html`<h3>${report.name}</h3>${report.charts.map((drawn) => html`<figure>${chartSvg(drawn.chart, drawn.colours)}</figure>`)}`,
  )}</section>`;
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;margin-bottom:.5rem;font-size:.85rem}
td{border:1px solid #ccc;padding:.2rem .4rem;vertical-align:top;max-width:28rem}
tr.header td{font-weight:bold;background:#f3f3f3;position:sticky;top:0}
td.invalid{box-shadow:inset 0 0 0 2px #d93025}
td.has-note{position:relative;cursor:help}
td.has-note::after{content:"";position:absolute;top:0;right:0;border:5px solid transparent;border-top-color:#e69138;border-right-color:#e69138}
select:disabled{color:inherit;opacity:1;background:#fff}
.legend{font-size:.85rem;color:#444}
.legend .mark{display:inline-block;width:0;height:0;border:5px solid transparent;border-top-color:#e69138;border-right-color:#e69138;vertical-align:middle}
.legend .frame{display:inline-block;width:1rem;height:.8rem;box-shadow:inset 0 0 0 2px #d93025;vertical-align:middle}
#meny form{margin:.4rem 0;display:flex;gap:.6rem;align-items:center;flex-wrap:wrap}
nav a{margin-right:.8rem}
figure{margin:1rem 0}
.empty,.more{color:#666}
td.editable{cursor:text}
td.editable:hover{box-shadow:inset 0 0 0 1px #1a73e8}
td.editable input{font:inherit;width:100%;min-width:6rem;box-sizing:border-box}
.edit-rejected{position:fixed;top:30%;left:50%;transform:translateX(-50%);background:#fff;border:1px solid #d93025;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.3);padding:1rem 1.4rem;z-index:12;max-width:32rem}
.edit-rejected button{display:block;margin:.8rem 0 0 auto}
.today{background:#fef7e0;border:1px solid #f9ab00;padding:.3rem .6rem;display:inline-block}
#dokument li{margin:.2rem 0}
.stale{color:#7a4b00}
.code{font-family:monospace;word-break:break-all;background:#f3f3f3;padding:.6rem;border:1px solid #ccc;user-select:all}`;

export interface PreviewState {
  /** The web app has written to the workbook since the Rapport sheet was last made. */
  reportStale: boolean;
  /** The add-on's menu as its onOpen built it. */
  menu: { title: string; entries: readonly MenuEntry[] };
  /** What the last menu command asks or shows, drawn over the sheet. */
  overlay: Html;
  /** The add-on's open sidebar. */
  sidebar: { title: string; width: number } | null;
  /** The day the runtime's clock is set to (`--today`), or null when it runs on the real date. */
  today: string | null;
}

/** The Google Docs the add-on has written, newest first, each opening its local page. */
function documentsHtml(runtime: Runtime): Html {
  const docs = [...runtime.documents.all()].reverse();
  if (docs.length === 0) return html``;
  return html`<section id="dokument"><h2>Dokument i Drive</h2><ul>${docs.map(
    (doc) => html`<li><a href="/dokument/${doc.id}">${doc.name || 'Namnlöst dokument'}</a></li>`,
  )}</ul></section>`;
}

export function renderPreview(runtime: Runtime, webAppUrl: string, state: PreviewState): string {
  const sheets = runtime.workbook.sheets.filter((sheet) => !sheet.hidden);
  const today = state.today
    ? html`<p class="today">Förhandsvisningen och webbappen går som om det vore ${state.today} (--today).</p>`
    : html``;
  const page = html`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Målkoll – ${runtime.workbook.name}</title><style>${new Html(STYLE)}${new Html(MENU_STYLE)}</style></head>
<body${state.sidebar ? html` class="with-sidebar"` : html``}>
${menuBarHtml(state.menu.title, state.menu.entries)}
<h1>Målkoll – förhandsvisning av kalkylarket</h1>
${today}
<p>Så här ser distriktsstyrelsens kalkylark ut just nu. Webbappen som tillägget loggar till: <code>${webAppUrl}</code></p>
<p class="legend"><span class="mark"></span> Cellen har en anteckning: håll muspekaren över den för att läsa. <span class="frame"></span> Värdet bryter mot cellens regel.
Klicka i en vit cell för att skriva i den, som i kalkylarket; kolumnerna Målkoll räknar ut är skyddade.
Utfall, Framsteg och Status i Mål räknas om här när något har loggats eller skrivits (i kalkylarket: Målkoll → Uppdatera utfall).</p>
<nav>${sheets.map((sheet) => html`<a href="#${encodeURIComponent(sheet.name)}">${sheet.name}</a>`)}<a href="#rapport">Diagram</a><a href="#meny">Menyn</a></nav>
${sheets.map((sheet) => html`<div id="${encodeURIComponent(sheet.name)}">${sheetHtml(runtime, sheet)}</div>`)}
<div id="rapport">${reportHtml(runtime, state)}</div>
${documentsHtml(runtime)}
${sidebarHtml(state.sidebar)}
${state.overlay}
<script>${new Html(PREVIEW_SCRIPT)}</script>
</body></html>`;
  return page.markup;
}
