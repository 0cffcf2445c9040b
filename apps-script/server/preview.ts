// The preview at `/`: every visible sheet as a table the way the board sees it (dropdowns, notes, flags, colours),
// and the Rapport sheet's charts as SVG.

import { Html, html } from '../../shared/html.ts';
import type { ReportChart } from '../../shared/report/types.ts';
import { cellA1 } from '../../shared/sheets/a1.ts';
import { BRANCHES, REPORT_SHEET } from '../../shared/sheets/columns.ts';
import { MEMBER_STATUS, MEMBERS } from '../../shared/sheets/web-app-sheets.ts';
import type { InstallCheck } from '../addon/commands/check-installation.ts';
import { INSTALL_TEXT, sv } from '../addon/messages.ts';
import type { Runtime } from '../local/index.ts';
import type { ChartSpec, CriterionArg } from '../local/model.ts';
import { chartSvg } from './chart-svg.ts';

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
  const info = runtime.cell(cellA1(sheet.name, row, column));
  // As the cell appears in Sheets: its own format with conditional formats (the status colours) applied.
  const look = info.shown;
  const classes = [info.invalid ? 'invalid' : '', info.note ? 'has-note' : ''].filter(Boolean).join(' ');
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
    content = html`<select disabled aria-label="Rullgardinsmeny"><option value=""></option>${values.map(
      (option) => html`<option${option === info.display ? html` selected` : html``}>${option}</option>`,
    )}</select>`;
  } else {
    content = html`${info.display}`;
  }
  // A note is read on hover, as in Sheets: the corner mark says there is one, the tooltip holds its text.
  const note = info.note ? html` title="${info.note}"` : html``;
  return html`<td class="${classes}" style="${css}"${note}>${content}</td>`;
}

function sheetHtml(runtime: Runtime, sheet: Sheet): Html {
  const lastRow = runtime.workbook.lastRow(sheet);
  const lastColumn = runtime.workbook.lastColumn(sheet);
  if (lastRow === 0 || lastColumn === 0) {
    return html`<section><h2>${sheet.name}</h2><p class="empty">Bladet är tomt.</p></section>`;
  }
  const shownRows = Math.min(lastRow, PREVIEW_ROW_LIMIT);
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

/** A chart stored in the sheet back as the ReportChart it was drawn from: header row, then category and values. */
function storedChart(runtime: Runtime, spec: ChartSpec): ReportChart | null {
  const ref = spec.ranges[0];
  const sheet = ref && runtime.workbook.sheetById(ref.sheetId);
  if (!ref || !sheet) return null;
  const value = (row: number, column: number) => runtime.cell(cellA1(sheet.name, row, column));
  const header: string[] = [];
  for (let c = 0; c < ref.numColumns; c++) header.push(value(ref.row, ref.column + c).display);
  const categories: string[] = [];
  const series = header.slice(1).map((name) => ({ name, values: [] as number[] }));
  for (let r = 1; r < ref.numRows; r++) {
    categories.push(value(ref.row + r, ref.column).display);
    series.forEach((entry, index) => {
      const cell = value(ref.row + r, ref.column + 1 + index).value;
      entry.values.push(typeof cell === 'number' ? cell : 0);
    });
  }
  const title = typeof spec.options.title === 'string' ? spec.options.title : '';
  return {
    title,
    type: spec.chartType === 'LINE' ? 'line' : 'bar',
    categories,
    series,
    xLabel: header[0] ?? '',
    yLabel: '',
  };
}

function reportHtml(runtime: Runtime, state: PreviewState): Html {
  const sheet = runtime.workbook.sheetByName(REPORT_SHEET);
  const charts = (sheet?.charts ?? []).flatMap((spec) => {
    const chart = storedChart(runtime, spec);
    return chart ? [chart] : [];
  });
  const stale = state.reportStale
    ? html`<p class="stale">Något har loggats sedan rapporten gjordes. Tryck på knappen för att räkna om den.</p>`
    : html``;
  const refresh = html`<form method="post" action="/rapport"><button>Uppdatera rapporten för året</button></form>`;
  if (charts.length === 0) {
    return html`<section><h2>Rapportens diagram</h2><p class="empty">Ingen rapport med diagram ännu.</p>${stale}${refresh}</section>`;
  }
  return html`<section><h2>Rapportens diagram</h2>${stale}${refresh}${charts.map((chart) => html`<figure>${chartSvg(chart)}</figure>`)}</section>`;
}

/** The non-empty texts of one column below the header row. */
function columnTexts(runtime: Runtime, sheetName: string, column: number): string[] {
  const sheet = runtime.workbook.sheetByName(sheetName);
  if (!sheet) return [];
  const texts: string[] = [];
  for (let row = 2; row <= runtime.workbook.lastRow(sheet); row++) {
    const text = runtime.cell(cellA1(sheet.name, row, column)).display;
    if (text !== '') texts.push(text);
  }
  return texts;
}

function activeMembers(runtime: Runtime): string[] {
  const sheet = runtime.workbook.sheetByName(MEMBERS.name);
  if (!sheet) return [];
  const names = new Set<string>();
  for (let row = 2; row <= runtime.workbook.lastRow(sheet); row++) {
    const name = runtime.cell(cellA1(sheet.name, row, MEMBERS.column('name'))).display;
    const status = runtime.cell(cellA1(sheet.name, row, MEMBERS.column('status'))).display;
    if (name !== '' && status === MEMBER_STATUS.active.sv) names.add(name);
  }
  return [...names];
}

/** The add-on menu's member commands, as forms: the CLI refuses them while this server holds the workbook. */
function menuHtml(runtime: Runtime): Html {
  const branches = columnTexts(runtime, BRANCHES.name, BRANCHES.column('name'));
  const members = activeMembers(runtime);
  return html`<section id="meny"><h2>Målkoll-menyn</h2>
<form method="post" action="/meny/bjud-in"><strong>Bjud in medlem…</strong>
<label>Namn <input name="namn" required autocomplete="off"></label>
<label>Partiförening <input name="partiforening" list="partiforeningar" required autocomplete="off"></label>
<datalist id="partiforeningar">${branches.map((branch) => html`<option value="${branch}">`)}</datalist>
<button>Bjud in</button></form>
<form method="post" action="/meny/aterkalla"><strong>Återkalla medlem…</strong>
<label>Namn <input name="namn" list="medlemmar" required autocomplete="off"></label>
<datalist id="medlemmar">${members.map((member) => html`<option value="${member}">`)}</datalist>
<button>Återkalla</button></form>
<form method="get" action="/meny/kontrollera"><strong>Kontrollera installationen</strong><button>Kontrollera</button></form>
</section>`;
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
.stale{color:#7a4b00}
.code{font-family:monospace;word-break:break-all;background:#f3f3f3;padding:.6rem;border:1px solid #ccc;user-select:all}`;

export interface PreviewState {
  /** The web app has written to the workbook since the Rapport sheet was last made. */
  reportStale: boolean;
}

export function renderPreview(runtime: Runtime, webAppUrl: string, state: PreviewState): string {
  const sheets = runtime.workbook.sheets.filter((sheet) => !sheet.hidden);
  const page = html`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Målkoll – ${runtime.workbook.name}</title><style>${new Html(STYLE)}</style></head>
<body>
<h1>Målkoll – förhandsvisning av kalkylarket</h1>
<p>Så här ser distriktsstyrelsens kalkylark ut just nu. Webbappen som tillägget loggar till: <code>${webAppUrl}</code></p>
<p class="legend"><span class="mark"></span> Cellen har en anteckning: håll muspekaren över den för att läsa. <span class="frame"></span> Värdet bryter mot cellens regel.
Utfall, Framsteg och Status i Mål räknas om här när något har loggats (i kalkylarket: Målkoll → Uppdatera utfall).</p>
<nav>${sheets.map((sheet) => html`<a href="#${encodeURIComponent(sheet.name)}">${sheet.name}</a>`)}<a href="#rapport">Diagram</a><a href="#meny">Menyn</a></nav>
${sheets.map((sheet) => html`<div id="${encodeURIComponent(sheet.name)}">${sheetHtml(runtime, sheet)}</div>`)}
<div id="rapport">${reportHtml(runtime, state)}</div>
${menuHtml(runtime)}
</body></html>`;
  return page.markup;
}

/** Kontrollera installationen's checks on their own page, as the add-on's dialog lists them. */
export function renderInstallChecks(checks: readonly InstallCheck[]): string {
  const sections = checks.map(
    (check) => html`<section><h2>${check.title}: ${sv(check.ok ? INSTALL_TEXT.ok : INSTALL_TEXT.missing)}</h2>
<ul>${check.details.map((line) => html`<li>${line}</li>`)}</ul>
${check.fix === null ? '' : html`<p><strong>${sv(INSTALL_TEXT.fix)}</strong> ${check.fix}</p>`}</section>`,
  );
  return html`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Målkoll – ${sv(INSTALL_TEXT.title)}</title><style>${new Html(STYLE)}</style></head>
<body><h1>${sv(INSTALL_TEXT.title)}</h1><p>${sv(INSTALL_TEXT.intro)}</p>${sections}<p><a href="/">Tillbaka till förhandsvisningen</a></p></body></html>`
    .markup;
}

/** What a menu command did, on its own page: Bjud in medlem… shows the connection code once, as the dialog does. */
export function renderMenuResult(result: { title: string; message: string; code?: string }): string {
  const code = result.code
    ? html`<p class="code">${result.code}</p>
<p>Koden visas bara nu. Ge den till medlemmen, som klistrar in den i tilläggets inställningar.</p>`
    : html``;
  return html`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Målkoll – ${result.title}</title><style>${new Html(STYLE)}</style></head>
<body><h1>${result.title}</h1><p>${result.message}</p>${code}<p><a href="/">Tillbaka till förhandsvisningen</a></p></body></html>`
    .markup;
}
