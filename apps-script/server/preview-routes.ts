// The preview's pages and what the board does in them: the Målkoll menu run through the add-on's own menu entry points
// (prompts answered in the page), its dialogs and sidebar in frames whose google.script.run reaches the add-on, the
// board typing into its own cells (the runtime's userEdit: validation and onEdit as in Sheets), and the Docs it wrote.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { html } from '../../shared/html.ts';
import { type Addon, callEntryPoint, isUserError } from '../host/addon.ts';
import { type ButtonName, withGoogleScriptClient } from '../local/index.ts';
import { hasPlan } from './first-run.ts';
import { type GroupSave, workbookWrites } from './group-save.ts';
import { HTML, readBody, readForm, send } from './http.ts';
import { type Answer, type MenuOutcome, menuEntries, runMenuItem } from './menu-run.ts';
import { renderPreview } from './preview.ts';
import { localDocumentLinks, renderDocument } from './preview-document.ts';
import { questionHtml, shownHtml } from './preview-menu.ts';

/** The menu Målkoll's onOpen adds (MENU.title in the add-on's catalog). */
const MENU_TITLE = 'Målkoll';
/** Menu outcomes kept for their pages and dialog frames; older ones are dropped. */
const KEPT_OUTCOMES = 20;
const BUTTONS = new Set<string>(['OK', 'CANCEL', 'YES', 'NO', 'CLOSE']);
const JSON_TYPE = 'application/json; charset=utf-8';
const NO_FRAMING = { 'X-Frame-Options': 'DENY' };
/** The add-on's dialogs and sidebar are framed by the preview's own page only. */
const OWN_FRAMING = { 'X-Frame-Options': 'SAMEORIGIN' };

/** The answers a question form carries: those given before, then the button pressed now (with the prompt's text). */
function answersOf(form: URLSearchParams): Answer[] | null {
  let before: unknown;
  try {
    before = JSON.parse(form.get('answers') ?? '[]');
  } catch {
    return null;
  }
  if (!Array.isArray(before)) return null;
  const answers: Answer[] = [];
  for (const answer of before) {
    if (typeof answer !== 'object' || answer === null) return null;
    const { button, text } = answer as Record<string, unknown>;
    if (typeof button !== 'string' || !BUTTONS.has(button) || typeof text !== 'string') return null;
    answers.push({ button: button as ButtonName, text });
  }
  const button = form.get('button');
  if (button !== null) {
    if (!BUTTONS.has(button)) return null;
    answers.push({ button: button as ButtonName, text: form.get('text') ?? '' });
  }
  return answers;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | null> {
  const body = await readBody(request);
  if (body === null) return null;
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON_TYPE, JSON.stringify(value));
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
  response.end();
}

export class PreviewRoutes {
  /** Mål's Utfall and Status may lag Logg: recomputed when the preview is next shown. */
  private resultsStale: boolean;
  /** The web app wrote since Rapport was made; the report is remade only when the board asks. */
  private reportStale = false;
  private readonly outcomes = new Map<number, MenuOutcome>();
  private nextOutcome = 1;
  /** The add-on's sidebar, open until the board closes it. */
  private sidebar: { title: string; html: string; width: number } | null = null;

  constructor(
    private readonly addon: Addon,
    private readonly saves: GroupSave,
    private readonly webAppUrl: string,
    private readonly log: (line: string) => void,
    private readonly options: { resultsFresh: boolean; today: string | null },
  ) {
    this.resultsStale = !options.resultsFresh;
  }

  /** A member logged: Mål and Rapport no longer show everything. */
  logged(): void {
    this.resultsStale = true;
    this.reportStale = true;
  }

  /** Answers the preview's paths; false for any other. */
  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
    const route = `${request.method} ${url.pathname}`;
    if (route === 'GET /') await this.page(response, url);
    else if (route === 'POST /rapport') await this.yearReport(request, response);
    else if (route === 'POST /meny') await this.menu(request, response);
    else if (route === 'POST /google.script.run') await this.scriptRun(request, response);
    else if (route === 'POST /cell') await this.edit(request, response);
    else if (route === 'GET /sidofalt') this.sidebarPage(response);
    else if (route === 'POST /sidofalt/stang') {
      await readBody(request);
      this.sidebar = null;
      redirect(response, '/');
    } else if (request.method === 'GET' && /^\/dialog\/\d+\/\d+$/.test(url.pathname)) this.dialogPage(response, url);
    else if (request.method === 'GET' && url.pathname.startsWith('/dokument/')) this.documentPage(response, url);
    else return false;
    return true;
  }

  private async page(response: ServerResponse, url: URL): Promise<void> {
    const { bundle, runtime } = this.addon;
    if (this.resultsStale && hasPlan(runtime)) {
      this.resultsStale = false;
      try {
        await this.saves.after(() => callEntryPoint(bundle, 'updateResults'));
      } catch (error) {
        if (!isUserError(error)) throw error;
        this.log(error.message);
      }
    }
    const id = Number(url.searchParams.get('utfall'));
    const outcome = this.outcomes.get(id);
    const overlay = !outcome ? html`` : outcome.kind === 'asking' ? questionHtml(outcome) : shownHtml(id, outcome);
    const page = renderPreview(runtime, this.webAppUrl, {
      reportStale: this.reportStale,
      menu: { title: MENU_TITLE, entries: menuEntries(this.addon, MENU_TITLE) },
      overlay,
      sidebar: this.sidebar,
      today: this.options.today,
    });
    send(response, 200, HTML, page, NO_FRAMING);
  }

  private async yearReport(request: IncomingMessage, response: ServerResponse): Promise<void> {
    await readBody(request);
    await this.saves.after(() => callEntryPoint(this.addon.bundle, 'yearReport'));
    this.reportStale = false;
    redirect(response, '/#rapport');
  }

  /** A menu item, or the answer to the question it asked: the command runs (again) with every answer so far. */
  private async menu(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const form = await readForm(request);
    const answers = answersOf(form);
    const handler = form.get('handler') ?? '';
    const before = workbookWrites(this.addon.runtime);
    const outcome = answers && (await runMenuItem(this.addon, this.saves, MENU_TITLE, handler, answers));
    if (!outcome) return send(response, 400, HTML, 'Menyvalet finns inte i Målkoll-menyn.', NO_FRAMING);
    if (workbookWrites(this.addon.runtime) !== before) {
      this.resultsStale = handler !== 'menuUpdateResults';
      if (handler === 'menuYearReport') this.reportStale = false;
    }
    if (outcome.kind === 'done') {
      const sidebar = outcome.shown.filter((event) => event.kind === 'sidebar').at(-1);
      if (sidebar) this.sidebar = { title: sidebar.title, html: sidebar.html, width: sidebar.width };
    }
    const id = this.nextOutcome++;
    this.outcomes.set(id, outcome);
    this.outcomes.delete(id - KEPT_OUTCOMES);
    redirect(response, `/?utfall=${id}`);
  }

  /** google.script.run from a dialog or the sidebar, as the add-on's bundle answers it. */
  private async scriptRun(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const call = await readJson(request);
    const name = call?.name;
    const args = call?.args;
    if (typeof name !== 'string' || !Array.isArray(args)) {
      return sendJson(response, 400, { ok: false, error: { name: 'Error', message: 'Ogiltigt anrop.' } });
    }
    const { runtime, bundle } = this.addon;
    const before = workbookWrites(runtime);
    try {
      const value = await bundle.runFromClient(name, ...args);
      sendJson(response, 200, { ok: true, value });
    } catch (error) {
      const { name: errorName, message } = error instanceof Error ? error : new Error(String(error));
      sendJson(response, 200, { ok: false, error: { name: errorName, message } });
    } finally {
      if (workbookWrites(runtime) !== before) {
        this.resultsStale = true;
        await this.saves.saved();
      }
    }
  }

  /** The board typing into one of its cells: accepted, accepted but marked invalid, or refused with the reason. */
  private async edit(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readJson(request);
    const { cell, text } = body ?? {};
    const { runtime } = this.addon;
    const sheetName = typeof cell === 'string' ? /^'((?:[^']|'')+)'!/.exec(cell)?.[1]?.replace(/''/g, "'") : undefined;
    const sheet = sheetName === undefined ? undefined : runtime.workbook.sheetByName(sheetName);
    if (typeof cell !== 'string' || typeof text !== 'string' || !sheet || sheet.hidden) {
      return sendJson(response, 400, { status: 'rejected', message: 'Cellen finns inte i kalkylarket.' });
    }
    let info: ReturnType<typeof runtime.cell>;
    try {
      info = runtime.cell(cell);
    } catch {
      return sendJson(response, 400, { status: 'rejected', message: 'Cellen finns inte i kalkylarket.' });
    }
    if (info.protection) return sendJson(response, 403, { status: 'rejected', message: info.protection.description });
    const from = runtime.ui.events.length;
    const result = await this.saves.after(() => runtime.userEdit(cell, text));
    runtime.ui.events.splice(from);
    if (result.status !== 'rejected') this.resultsStale = true;
    if (result.triggerError) this.log(`onEdit: ${result.triggerError}`);
    sendJson(response, 200, result);
  }

  private dialogPage(response: ServerResponse, url: URL): void {
    const [, , id, index] = url.pathname.split('/');
    const outcome = this.outcomes.get(Number(id));
    const event = outcome?.kind === 'done' ? outcome.shown[Number(index)] : undefined;
    if (!event || (event.kind !== 'modalDialog' && event.kind !== 'modelessDialog')) {
      send(response, 404, HTML, 'Dialogen är stängd.', NO_FRAMING);
      return;
    }
    const page = localDocumentLinks(
      withGoogleScriptClient(event.html, { runUrl: '/google.script.run', frame: 'dialog' }),
      this.addon.runtime.documents.all(),
    );
    send(response, 200, HTML, page, OWN_FRAMING);
  }

  private sidebarPage(response: ServerResponse): void {
    if (!this.sidebar) {
      send(response, 404, HTML, 'Sidofältet är stängt.', NO_FRAMING);
      return;
    }
    const page = withGoogleScriptClient(this.sidebar.html, { runUrl: '/google.script.run', frame: 'sidebar' });
    send(response, 200, HTML, page, OWN_FRAMING);
  }

  private documentPage(response: ServerResponse, url: URL): void {
    const doc = this.addon.runtime.documents.byId(decodeURIComponent(url.pathname.slice('/dokument/'.length)));
    if (!doc) {
      send(response, 404, HTML, 'Dokumentet finns inte.', NO_FRAMING);
      return;
    }
    send(response, 200, HTML, renderDocument(doc), NO_FRAMING);
  }
}
