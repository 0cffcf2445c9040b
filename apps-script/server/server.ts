// The local server behind `malkoll serve` and `npm start`: the built add-on in the local runtime, its web app at /exec
// as Google serves it (google-front.ts), and the preview of the workbook at / (preview-routes.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Addon, callEntryPoint, openAddon } from '../host/addon.ts';
import { clockOn, dayOf } from '../host/clock.ts';
import { claimServeLock, liveServeLock } from '../host/serve-lock.ts';
import { UsageError } from '../host/usage-error.ts';
import { type Runtime, WorkbookJournal } from '../local/index.ts';
import { hasPlan, importPlanFile, inviteDemoMember } from './first-run.ts';
import { GoogleFront } from './google-front.ts';
import { GroupSave, SaveFailed, workbookWrites } from './group-save.ts';
import { send, TEXT } from './http.ts';
import { PreviewRoutes } from './preview-routes.ts';

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
  /** Journal bytes after which the workbook file is compacted (see WorkbookJournal); tests make it small. */
  compactAfterBytes?: number;
  /** Run the whole product as on this day (YYYY-MM-DD): the runtime's clock, which the add-on reads, is moved there. */
  today?: string;
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

/**
 * The preview and its forms answer only this server's own pages: not a form on another site (cross-site request
 * forgery), nor another site's page that reaches 127.0.0.1 under its own host name (DNS rebinding).
 */
function fromPreview(request: IncomingMessage, port: number): boolean {
  const own = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = request.headers.origin;
  return own.has(request.headers.host ?? '') && (origin === undefined || own.has(origin.replace(/^http:\/\//, '')));
}

/** Opens the workbook with the add-on and does the first run's work; saves when anything was written. */
function openWorkbook(
  options: ServerOptions,
  webAppUrl: string,
  now: (() => number) | undefined,
): { addon: Addon; demoCode: string | null; fresh: boolean } {
  const addon = openAddon({
    dataFile: options.dataFile,
    servedAt: webAppUrl,
    ifMissing: 'create',
    autosave: false,
    ...(options.lockBuffer ? { lockBuffer: options.lockBuffer } : {}),
    ...(now ? { now } : {}),
  });
  const { runtime, bundle } = addon;
  const before = workbookWrites(runtime);
  bundle.open();
  const importing = options.planFile !== undefined && !hasPlan(runtime);
  if (options.planFile && importing) importPlanFile(addon, options.planFile);
  // The local deploy step: the add-on learns the /exec address its codes carry, as npm run deploy tells it on Google.
  callEntryPoint(bundle, 'recordWebAppDeployment', { url: webAppUrl });
  const demoCode = inviteDemoMember(addon);
  if (workbookWrites(runtime) !== before) runtime.save();
  return { addon, demoCode, fresh: importing };
}

/**
 * After the plan's year every target reads as met or not met: says how to see the year as it ran. Nothing without a
 * plan, or when --today already puts the clock inside the year.
 */
function yearOverHint({ bundle, runtime }: Addon, today: string | null): string | null {
  if (!hasPlan(runtime)) return null;
  const { year, quarter } = callEntryPoint(bundle, 'overview');
  const day = today ?? dayOf(() => runtime.now());
  if (quarter || day < `${year}-01-01`) return null;
  return `Planen gäller ${year}, som är slut, så Mål visar bara Klar och Ej uppnått. För att se året medan det pågick: npm start -- --today ${year}-06-15 (eller malkoll serve --today ${year}-06-15).`;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  let routes: { front: GoogleFront; preview: PreviewRoutes } | null = null;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (!routes) return send(response, 503, TEXT, 'Målkoll startar.');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (await routes.front.handle(request, response, url)) return;
    if (!fromPreview(request, port)) return send(response, 403, TEXT, 'Förbjudet.');
    if (await routes.preview.handle(request, response, url)) return;
    send(response, 404, TEXT, 'Sidan finns inte.');
  };

  const now = options.today === undefined ? undefined : clockOn(options.today);
  const holder = liveServeLock(options.dataFile);
  if (holder) {
    throw new UsageError([
      `Arbetsboken ${options.dataFile} är redan öppen i malkoll serve (process ${holder.pid}, ${holder.url}).`,
      'Stoppa den servern först, eller välj en annan arbetsbok med --data.',
    ]);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof SaveFailed) {
        if (!response.headersSent) send(response, 503, TEXT, `${error.message}. Försök igen om en stund.`);
        else response.end();
        return;
      }
      log(`Fel: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) send(response, 500, TEXT, 'Internt fel i Målkolls lokala server.');
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
  let opened: ReturnType<typeof openWorkbook>;
  try {
    opened = openWorkbook(options, webAppUrl, now);
  } catch (error) {
    releaseLock();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
  const { addon, demoCode } = opened;
  const journal = new WorkbookJournal(addon.runtime.workbook, options.dataFile, {
    ...(options.compactAfterBytes === undefined ? {} : { compactAfterBytes: options.compactAfterBytes }),
    onCompactionError: (error) =>
      log(
        `Arbetsboken kunde inte packas ihop (${error instanceof Error ? error.message : String(error)}); försöker igen senare.`,
      ),
  });
  const saves = new GroupSave(addon.runtime, journal, log);
  const today = now ? dayOf(now) : null;
  const preview = new PreviewRoutes(addon, saves, webAppUrl, log, { resultsFresh: opened.fresh, today });
  routes = { front: new GoogleFront(addon, saves, () => preview.logged()), preview };

  // Worked out before the lines are printed: whoever waits for them may stop the server at once (Ctrl-C).
  const after = yearOverHint(addon, today);
  log(`Målkoll kör på ${url}`);
  log(`Webbappen: ${webAppUrl}`);
  if (today) log(`Datum: ${today} (--today): förhandsvisningen, menyerna och webbappen går som om det vore den dagen.`);
  if (demoCode) {
    log(`Anslutningskod: ${demoCode}`);
    log(
      'Tillägget: öppna chrome://extensions, slå på Utvecklarläge, välj Läs in okomprimerat och peka på dist/extension. Klistra sedan in anslutningskoden i tilläggets inställningar.',
    );
  } else {
    // The code of the first start was shown once and is not kept: a new one comes from the menu, as in Sheets.
    log(
      `Anslutningskod: öppna ${url} och välj Målkoll → Bjud in medlem… (koden visas en gång; den förra sparas inte).`,
    );
  }
  if (after) log(after);

  return {
    url,
    webAppUrl,
    port,
    runtime: addon.runtime,
    demoCode,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(() => {
          journal.close().finally(releaseLock).then(resolve, reject);
        });
        server.closeAllConnections();
      }),
  };
}
