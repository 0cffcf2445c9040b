// The local server behind `malkoll serve` and `npm start`: the built add-on in the local runtime, its web app at /exec
// with Google's redirect to a one-time echo URL, and a preview of the workbook at /.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cellA1 } from '../../shared/sheets/a1.ts';
import { BRANCHES, PLAN_SHEET } from '../../shared/sheets/columns.ts';
import { MEMBERS } from '../../shared/sheets/web-app-sheets.ts';
import { errorResponse } from '../../shared/webapp/errors.ts';
import { MAX_BODY_BYTES } from '../../shared/wire.ts';
import { type Addon, callEntryPoint, isUserError, openAddon, SERVED_AT_PROPERTY } from '../host/addon.ts';
import { readPlanText } from '../host/plan-file.ts';
import { claimServeLock, liveServeLock } from '../host/serve-lock.ts';
import { UsageError } from '../host/usage-error.ts';
import type { Runtime, WebAppResponse } from '../local/index.ts';
import { renderMenuResult, renderPreview } from './preview.ts';

const DEMO_MEMBER = 'Demo Medlem';
const DEMO_BRANCH = 'Sundsvall';
/** How long a redirect's echo URL can be fetched, as Google's are short-lived too. */
const ECHO_LIFETIME_MS = 60_000;
/** Bodies beyond this are not even read: far above the web app's own 64 kB limit, which answers too_large itself. */
const MAX_READ_BYTES = 4 * MAX_BODY_BYTES;

export interface ServerOptions {
  /** 0 picks a free port. */
  port: number;
  dataFile: string;
  /** Imported first when the workbook has no plan yet. */
  planFile?: string;
  /** Where the startup lines go; default stdout. */
  log?: (line: string) => void;
  /** Shared with another runtime (a test holding the script lock). */
  lockBuffer?: SharedArrayBuffer;
}

export interface RunningServer {
  /** The preview, e.g. http://127.0.0.1:8787/ */
  url: string;
  /** The web app's address (what connection codes carry). */
  webAppUrl: string;
  port: number;
  runtime: Runtime;
  /** The demo member's connection code when this start invited one. */
  demoCode: string | null;
  close(): Promise<void>;
}

/** Calls that change what the workbook file holds; anything else (reads, builders, outputs) leaves it as it was. */
const WORKBOOK_WRITE =
  /^(Spreadsheet|Sheet|Range|RangeList|NamedRange|Protection|EmbeddedChart|Properties)\.(?!get|has|is|can|find|create|new|copy$)/;

function workbookWrites(runtime: Runtime): number {
  let writes = 0;
  for (const [call, count] of Object.entries(runtime.counters.snapshot()))
    if (WORKBOOK_WRITE.test(call)) writes += count;
  return writes;
}

/**
 * Saves the workbook (atomically) once for all the writes made while the requests at hand were handled: requests that
 * arrive together share one save, and each hears back only after the save that holds its write.
 */
class GroupSave {
  private next: Promise<void> | null = null;

  constructor(private readonly runtime: Runtime) {}

  /** Resolves when a save started after this call has finished. */
  saved(): Promise<void> {
    this.next ??= new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        this.next = null;
        try {
          this.runtime.save();
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    });
    return this.next;
  }

  /** Runs script work; if it wrote to the workbook, tells `wrote` and waits for the save that holds the write. */
  async after<T>(work: () => T, wrote?: () => void): Promise<T> {
    const before = workbookWrites(this.runtime);
    try {
      return work();
    } finally {
      if (workbookWrites(this.runtime) !== before) {
        wrote?.();
        await this.saved();
      }
    }
  }
}

function hasPlan(runtime: Runtime): boolean {
  const sheet = runtime.workbook.sheetByName(PLAN_SHEET);
  return sheet !== undefined && runtime.workbook.lastRow(sheet) > 1;
}

function hasMembers(runtime: Runtime): boolean {
  const sheet = runtime.workbook.sheetByName(MEMBERS.name);
  return sheet !== undefined && runtime.workbook.lastRow(sheet) > 1;
}

function importPlanFile({ bundle }: Addon, planFile: string): void {
  const text = readPlanText(planFile);
  const result = callEntryPoint(bundle, 'importPlan', { text });
  if (!result.ok) {
    throw new UsageError(result.errors.map((error) => `${planFile}: rad ${error.line}: ${error.message}`));
  }
  // The board's first look should have something to show: Utfall and Status in Mål, the year's report with charts.
  callEntryPoint(bundle, 'updateResults');
  callEntryPoint(bundle, 'yearReport');
}

/** The first partiförening the board listed, or a stand-in while there is none. */
function demoBranch(runtime: Runtime): string {
  const sheet = runtime.workbook.sheetByName(BRANCHES.name);
  if (!sheet || runtime.workbook.lastRow(sheet) < 2) return DEMO_BRANCH;
  return runtime.cell(cellA1(BRANCHES.name, 2, BRANCHES.column('name'))).display || DEMO_BRANCH;
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_READ_BYTES) {
        resolve(null);
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_READ_BYTES ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const body = await readBody(request);
  return new URLSearchParams(body === null ? '' : body.toString('utf8'));
}

/** Runs a menu command; a problem the board can fix (the add-on's Swedish UserError) comes back as `problem`. */
async function runMenuCommand<T>(command: () => Promise<T>): Promise<T | { problem: string }> {
  try {
    return await command();
  } catch (error) {
    if (isUserError(error)) return { problem: error.message };
    throw error;
  }
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  extra: Record<string, string> = {},
) {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  response.end(body);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const echoes = new Map<string, { response: WebAppResponse; expires: number }>();
  let addon: Addon | null = null;
  let saves: GroupSave | null = null;
  /** Mål's Utfall and Status may lag Logg: recomputed when the preview is next shown. */
  let resultsStale = true;
  /** The web app wrote since Rapport was made; the report is remade only when the board asks. */
  let reportStale = false;
  const logged = () => {
    resultsStale = true;
    reportStale = true;
  };

  /** Google answers ContentService output with a 302 to a one-time URL on another host; here, on this one. */
  const answer = (response: ServerResponse, result: WebAppResponse) => {
    if (result.contentType.startsWith('text/html')) {
      send(
        response,
        result.status,
        result.contentType,
        result.body,
        result.allowFraming ? {} : { 'X-Frame-Options': 'SAMEORIGIN' },
      );
      return;
    }
    const now = Date.now();
    for (const [key, echo] of echoes) if (echo.expires < now) echoes.delete(key);
    const key = randomUUID();
    echoes.set(key, { response: result, expires: now + ECHO_LIFETIME_MS });
    response.writeHead(302, { Location: `/echo?user_content_key=${key}`, 'Cache-Control': 'no-store' });
    response.end();
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (!addon || !saves) return send(response, 503, 'text/plain; charset=utf-8', 'Målkoll startar.');
    const running = addon;
    const saving = saves;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const query = url.search.replace(/^\?/, '');
    if (url.pathname === '/exec' && request.method === 'GET') {
      return answer(response, await saving.after(() => running.bundle.webApp({ method: 'GET', query }), logged));
    }
    if (url.pathname === '/exec' && request.method === 'POST') {
      const body = await readBody(request);
      if (body === null) {
        return answer(response, {
          status: 200,
          contentType: 'application/json; charset=utf-8',
          body: JSON.stringify(errorResponse('too_large')),
          allowFraming: false,
        });
      }
      const contentType = request.headers['content-type'] ?? 'text/plain';
      const result = await saving.after(
        () => running.bundle.webApp({ method: 'POST', query, body: body.toString('utf8'), contentType }),
        logged,
      );
      return answer(response, result);
    }
    if (url.pathname === '/echo' && request.method === 'GET') {
      const key = url.searchParams.get('user_content_key') ?? '';
      const echo = echoes.get(key);
      echoes.delete(key);
      if (!echo || echo.expires < Date.now()) {
        return send(
          response,
          404,
          'text/plain; charset=utf-8',
          'Svaret finns inte längre (det kan bara hämtas en gång).',
        );
      }
      return send(response, echo.response.status, echo.response.contentType, echo.response.body, {
        'Access-Control-Allow-Origin': '*',
      });
    }
    if (!fromPreview(request)) return send(response, 403, 'text/plain; charset=utf-8', 'Förbjudet.');
    if (url.pathname === '/' && request.method === 'GET') {
      if (resultsStale && hasPlan(running.runtime)) {
        resultsStale = false;
        const outcome = await runMenuCommand(() => saving.after(() => callEntryPoint(running.bundle, 'updateResults')));
        if ('problem' in outcome) log(outcome.problem);
      }
      return send(
        response,
        200,
        'text/html; charset=utf-8',
        renderPreview(running.runtime, webAppUrl, { reportStale }),
        {
          'X-Frame-Options': 'DENY',
        },
      );
    }
    if (url.pathname === '/rapport' && request.method === 'POST') {
      await readBody(request);
      await saving.after(() => callEntryPoint(running.bundle, 'yearReport'));
      reportStale = false;
      response.writeHead(303, { Location: '/#rapport' });
      return response.end();
    }
    if (url.pathname === '/meny/bjud-in' && request.method === 'POST') {
      const form = await readForm(request);
      const name = form.get('namn') ?? '';
      const branch = form.get('partiforening') ?? '';
      const outcome = await runMenuCommand(() =>
        saving.after(() => callEntryPoint(running.bundle, 'inviteMember', { name, branch })),
      );
      const page =
        typeof outcome === 'string'
          ? renderMenuResult({ title: 'Bjud in medlem', message: `${name.trim()} är inbjuden.`, code: outcome })
          : renderMenuResult({ title: 'Bjud in medlem', message: outcome.problem });
      return send(response, typeof outcome === 'string' ? 200 : 400, 'text/html; charset=utf-8', page, {
        'X-Frame-Options': 'DENY',
      });
    }
    if (url.pathname === '/meny/aterkalla' && request.method === 'POST') {
      const form = await readForm(request);
      const outcome = await runMenuCommand(() =>
        saving.after(() => callEntryPoint(running.bundle, 'revokeMember', form.get('namn') ?? '')),
      );
      const message =
        'problem' in outcome
          ? outcome.problem
          : outcome.count === 0
            ? `Ingen aktiv medlem heter "${outcome.name}".`
            : `${outcome.name} är återkallad. Tillägget slutar fungera för hen direkt.`;
      const ok = !('problem' in outcome) && outcome.count > 0;
      return send(
        response,
        ok ? 200 : 400,
        'text/html; charset=utf-8',
        renderMenuResult({ title: 'Återkalla medlem', message }),
        { 'X-Frame-Options': 'DENY' },
      );
    }
    send(response, 404, 'text/plain; charset=utf-8', 'Sidan finns inte.');
  };

  /**
   * The preview and its forms answer only this server's own pages: not a form on another site (cross-site request
   * forgery), nor another site's page that reaches 127.0.0.1 under its own host name (DNS rebinding).
   */
  const fromPreview = (request: IncomingMessage): boolean => {
    const own = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    const origin = request.headers.origin;
    return own.has(request.headers.host ?? '') && (origin === undefined || own.has(origin.replace(/^http:\/\//, '')));
  };

  const holder = liveServeLock(options.dataFile);
  if (holder) {
    throw new UsageError([
      `Arbetsboken ${options.dataFile} är redan öppen i malkoll serve (process ${holder.pid}, ${holder.url}).`,
      'Stoppa den servern först, eller välj en annan arbetsbok med --data.',
    ]);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`Fel: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent)
        send(response, 500, 'text/plain; charset=utf-8', 'Internt fel i Målkolls lokala server.');
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  const webAppUrl = `${url}exec`;

  const releaseLock = claimServeLock(options.dataFile, url);
  let demoCode: string | null = null;
  try {
    addon = openAddon({
      dataFile: options.dataFile,
      webAppUrl,
      ifMissing: 'create',
      autosave: false,
      ...(options.lockBuffer ? { lockBuffer: options.lockBuffer } : {}),
    });
    const { runtime, bundle } = addon;
    const before = workbookWrites(runtime);
    bundle.open();
    if (options.planFile && !hasPlan(runtime)) {
      importPlanFile(addon, options.planFile);
      resultsStale = false;
    }
    if (!hasMembers(runtime) && hasPlan(runtime)) {
      demoCode = callEntryPoint(bundle, 'inviteMember', { name: DEMO_MEMBER, branch: demoBranch(runtime) });
    }
    const properties = runtime.PropertiesService.getScriptProperties();
    if (properties.getProperty(SERVED_AT_PROPERTY) !== webAppUrl) properties.setProperty(SERVED_AT_PROPERTY, webAppUrl);
    if (workbookWrites(runtime) !== before) runtime.save();
  } catch (error) {
    releaseLock();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }

  saves = new GroupSave(addon.runtime);
  log(`Målkoll kör på ${url}`);
  log(`Webbappen: ${webAppUrl}`);
  if (demoCode) {
    log(`Anslutningskod: ${demoCode}`);
    log(
      'Tillägget: öppna chrome://extensions, slå på Utvecklarläge, välj Läs in okomprimerat och peka på dist/extension. Klistra sedan in anslutningskoden i tilläggets inställningar.',
    );
  } else {
    log(`Bjud in medlemmar i förhandsvisningens Målkoll-meny: ${url}#meny`);
  }

  const running = addon;
  return {
    url,
    webAppUrl,
    port,
    runtime: running.runtime,
    demoCode,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          running.runtime.save();
          releaseLock();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
