// The local Apps Script runtime: createRuntime(options) gives the service globals plus controls for tests and the CLI
// (UI inspection and pre-queued answers, userEdit, call counters, clock, save/load), and loadBundle runs Code.js.

import { describeCell } from './a1.ts';
import { authorizeCall } from './authorization.ts';
import { type BundleHandle, createScriptContext, type RunOptions, runTemplate } from './bundle.ts';
import { Charts } from './charts.ts';
import { conditionalFormatOf } from './conditional-format.ts';
import { ContentService } from './content.ts';
import type { AuthModeName, Context, Execution, ExecutionKind, LogEntry, Users } from './context.ts';
import { CallCounter, type CallCounters } from './counters.ts';
import { projectDeployments, servingDeployment, type VersionedDeploymentOptions } from './deployments.ts';
import { closeOpenDocuments } from './document/document.ts';
import { DocumentApp } from './document/document-app.ts';
import type { DocumentContent, StoredDocument } from './document/model.ts';
import { DocumentStore } from './document/store.ts';
import { newDriveFileId } from './drive-id.ts';
import { MESSAGES } from './errors.ts';
import { FormulaError } from './formula.ts';
import { HtmlService } from './html.ts';
import { checkRunTime, runTimeLimit } from './limits.ts';
import { createLockBuffer, LockService, nextExecutionId, releaseLocksOf } from './lock.ts';
import { readManifest } from './manifest.ts';
import type { Cell } from './model.ts';
import { loadWorkbook, saveWorkbook, WorkbookFileError } from './persistence.ts';
import { CacheService, PropertiesService } from './properties.ts';
import { protectionCovers, protectionEditors } from './protection.ts';
import { Console, Logger, ScriptApp, Session } from './script-services.ts';
import { entryFor, Range, rangeAtA1 } from './spreadsheet/range.ts';
import { Sheet } from './spreadsheet/sheet.ts';
import { Spreadsheet } from './spreadsheet/spreadsheet.ts';
import { SpreadsheetApp } from './spreadsheet/spreadsheet-app.ts';
import { UiRecorder } from './ui-recorder.ts';
import { User } from './user.ts';
import { Utilities } from './utilities.ts';
import { cellSatisfiesRule } from './validation.ts';
import { DEFAULT_NUMBER_FORMAT, displayValue, type Scalar } from './values.ts';
import { type SheetData, Workbook } from './workbook.ts';

export type { BundleHandle, RunOptions, WebAppRequest, WebAppResponse } from './bundle.ts';
export { loadBundle } from './bundle.ts';
export type { AuthModeName, ExecutionKind, LogEntry } from './context.ts';
export type { CallCounters } from './counters.ts';
export type { Deployment, VersionedDeploymentOptions } from './deployments.ts';
export type {
  BlockNode,
  DocumentContent,
  GlyphTypeName,
  ListItemNode,
  ParagraphHeadingName,
  ParagraphNode,
  StoredDocument,
  TableNode,
} from './document/model.ts';
export { ScriptException } from './errors.ts';
export { type ClientOptions, withGoogleScriptClient } from './html-client.ts';
export { type JournalOptions, WorkbookJournal } from './journal.ts';
export { createLockBuffer } from './lock.ts';
export type { Manifest } from './manifest.ts';
export { loadWorkbook, saveWorkbook, WorkbookFileError, workbookFromFile, workbookToFile } from './persistence.ts';
export type { ButtonName, MenuItemSpec, MenuSpec, QueuedResponse, UiEvent } from './ui-recorder.ts';
export { UiRecorder } from './ui-recorder.ts';
export { Workbook } from './workbook.ts';

export interface RuntimeOptions {
  /** Workbook file to load; runtime.save() writes back to it. */
  dataFile?: string;
  /** When dataFile does not exist: 'error' (default, WorkbookFileError) or 'create' a new workbook. */
  ifMissing?: 'error' | 'create';
  /** Save to dataFile after every execution run through a bundle handle. */
  autosave?: boolean;
  /** For a new workbook. */
  spreadsheetName?: string;
  spreadsheetId?: string;
  timeZone?: string;
  /** Spreadsheet locale for typed-value parsing and display: sv_SE (default), en_US, en_GB. */
  locale?: string;
  scriptTimeZone?: string;
  /** The person using the spreadsheet. Default anvandare@example.org. */
  activeUser?: string;
  /** Who the script and web app run as, and the spreadsheet's owner. Default: activeUser. */
  owner?: string;
  /** Everyone with edit access. Default: owner and activeUser. */
  editors?: string[];
  /** Name of the add-on menu (createAddonMenu). Default Målkoll. */
  addonName?: string;
  /**
   * appsscript.json as the build wrote it: its oauthScopes decide which calls are authorised (a call needing another
   * scope throws Google's permission error), its webapp block makes the project a web app. Without one, scopes are
   * detected from the code, as Apps Script does, so every call is authorised.
   */
  manifest?: unknown;
  /** The web app's versioned deployments (/exec); the head deployment (/dev) always exists. */
  deployments?: VersionedDeploymentOptions[];
  scriptId?: string;
  /** The project's HTML files: name (with or without .html) → content. */
  htmlFiles?: Record<string, string>;
  /** Google Docs reachable with DocumentApp: address → plain text (a paragraph per line) or blocks. */
  documents?: Record<string, DocumentContent>;
  /** Where the Docs the script creates are saved (and loaded from on the next start); none: kept in memory. */
  documentsFile?: string;
  /** Share one buffer between runtimes/threads that must exclude each other (see createLockBuffer). */
  lockBuffer?: SharedArrayBuffer;
  /**
   * Clock in epoch ms: what the script's `new Date()` and `Date.now()` read, cache expiry and execution time limits.
   * Default Date.now. With a clock of its own the runtime's time is simulated: Utilities.sleep moves it instead of
   * blocking.
   */
  now?: () => number;
  /** Also print Logger/console output to stderr. */
  echoLogs?: boolean;
}

/** How the last script execution ran: the checks Google would have made, and the time it took on the runtime's clock. */
export interface ExecutionRecord {
  kind: ExecutionKind;
  authMode: AuthModeName;
  /** On the runtime's clock (see RuntimeOptions.now); Google stops an execution at 6 minutes, a simple trigger at 30 s. */
  elapsedMs: number;
}

export interface UserEditResult {
  /** accepted; warned: stored but the cell now shows as invalid; rejected: nothing stored. */
  status: 'accepted' | 'warned' | 'rejected';
  /** What the person was shown (help text or Google's message). */
  message?: string;
  /** An error thrown by onEdit(e); Sheets only logs it. */
  triggerError?: string;
}

export interface CellInfo {
  /** As getValue() returns it. */
  value: Scalar | Date;
  display: string;
  formula: string;
  /** What the formula bar shows: the formula, `'text` for quote-prefixed text, else the displayed value. */
  formulaBar: string;
  note: string;
  numberFormat: string;
  /** The red corner mark: the content breaks the cell's validation rule. */
  invalid: boolean;
  validation: Cell['validation'] | null;
  /** The cell's own background, as `Range.getBackground()` returns it (conditional formats left out, as in Google). */
  background: string;
  /** What the cell looks like on screen: its own format with the first matching conditional format rule on top. */
  shown: ShownFormat;
  /** A protection covering the cell: whether it only warns, and its description; null when none does. */
  protection: { warningOnly: boolean; description: string } | null;
}

export interface ShownFormat {
  background: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  strikethrough: boolean;
  underline: boolean;
}

export interface Runtime {
  SpreadsheetApp: SpreadsheetApp;
  HtmlService: HtmlService;
  ContentService: ContentService;
  LockService: LockService;
  PropertiesService: PropertiesService;
  CacheService: CacheService;
  Utilities: Utilities;
  Session: Session;
  DocumentApp: DocumentApp;
  ScriptApp: ScriptApp;
  Logger: Logger;
  console: Console;
  Charts: typeof Charts;
  /** Exactly the globals a bundle sees. */
  readonly globals: Record<string, unknown>;
  /** Alerts, prompts, dialogs, sidebars, toasts and menus shown; respond() pre-queues answers; clickMenuItem(). */
  readonly ui: UiRecorder;
  readonly counters: CallCounters;
  readonly lockBuffer: SharedArrayBuffer;
  readonly logs: LogEntry[];
  readonly workbook: Workbook;
  /** The Google Docs the script can reach, as stored (read them; the script changes them through DocumentApp). */
  readonly documents: { all(): readonly StoredDocument[]; byId(id: string): StoredDocument | undefined };
  /** The bundle most recently loaded into this runtime, if any. */
  readonly bundle: BundleHandle | null;
  /** The runtime's clock in epoch ms: what the script's `new Date()` reads, cache expiry and execution time. */
  now(): number;
  /** Moves the runtime's clock forward. */
  advanceClock(ms: number): void;
  /** The most recent script execution to finish, or null before the first. */
  readonly lastExecution: ExecutionRecord | null;
  /** Who is at the keyboard from now on. */
  setActiveUser(email: string): void;
  /**
   * Runs fn as one script execution: its own lock identity, Google's checks on every call (scopes, auth mode, run
   * time), locks released at the end, autosave after.
   */
  runExecution<T>(kind: ExecutionKind, fn: () => T, options?: RunOptions): T;
  /** The spreadsheet and user an event object names. */
  eventSource(): { source: Spreadsheet; user: User };
  attachBundle(handle: BundleHandle): void;
  /** The deployment a web app request goes to: the one named, else the only versioned one, else the head. */
  servingDeploymentId(deploymentId?: string): string;
  /** A person typing `typed` into a cell (or every cell of a range): validation, protections, onEdit(e). */
  userEdit(target: string | Range, typed: string): UserEditResult;
  /** Everything about one cell (`'Blad1'!B2` or `B2` on the active sheet), without counting service calls. */
  cell(a1: string): CellInfo;
  /** The formula bar text of each cell in a sheet's data range. */
  formulaBars(sheetName: string): string[][];
  /** Saves the workbook (to dataFile unless a path is given). */
  save(path?: string): void;
}

function newWorkbook(options: RuntimeOptions): Workbook {
  const locale = options.locale ?? 'sv_SE';
  const workbook = new Workbook({
    id: options.spreadsheetId ?? newDriveFileId(),
    name: options.spreadsheetName ?? (locale === 'sv_SE' ? 'Namnlöst kalkylark' : 'Untitled spreadsheet'),
    timeZone: options.timeZone ?? 'Europe/Stockholm',
    locale,
  });
  const first = workbook.addSheet(locale === 'sv_SE' ? 'Blad1' : 'Sheet1');
  workbook.activeSheetId = first.id;
  return workbook;
}

function openWorkbook(options: RuntimeOptions): Workbook {
  if (options.dataFile === undefined) return newWorkbook(options);
  try {
    return loadWorkbook(options.dataFile);
  } catch (e) {
    if (e instanceof WorkbookFileError && e.problem === 'missing' && options.ifMissing === 'create')
      return newWorkbook(options);
    throw e;
  }
}

/** Sheets' event `value`: the stored value as text (numbers and date serials as digits, booleans TRUE/FALSE). */
function eventText(cell: Cell | undefined): string | undefined {
  if (!cell || cell.value === undefined || cell.formula !== undefined) return undefined;
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return String(cell.value);
}

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const workbook = openWorkbook(options);
  const lockBuffer = options.lockBuffer ?? createLockBuffer();
  const counter = new CallCounter();
  const ui = new UiRecorder();
  const logs: LogEntry[] = [];
  let clockOffset = 0;
  const baseNow = options.now ?? Date.now;
  const activeUser = options.activeUser ?? 'anvandare@example.org';
  const owner = options.owner ?? activeUser;
  const users: Users = {
    active: activeUser,
    effective: owner,
    owner,
    editors: options.editors ?? [...new Set([owner, activeUser])],
  };
  let bundle: BundleHandle | null = null;
  let bareTemplateContext: ReturnType<typeof createScriptContext> | null = null;
  let depth = 0;
  let lastExecution: ExecutionRecord | null = null;
  const manifest = options.manifest === undefined ? null : readManifest(options.manifest);
  const scriptId = options.scriptId ?? 'local-script';

  const ctx: Context = {
    classes: { Range, Sheet, Spreadsheet },
    counter,
    workbook,
    now: () => baseNow() + clockOffset,
    users,
    // Between executions: the host's own calls, unchecked.
    execution: {
      id: nextExecutionId(lockBuffer),
      kind: 'ui',
      authMode: null,
      startedAt: 0,
      limitMs: Number.POSITIVE_INFINITY,
      deployment: null,
    },
    ui,
    logs,
    echoLogs: options.echoLogs ?? false,
    addonName: options.addonName ?? 'Målkoll',
    manifest,
    grantedScopes: manifest?.oauthScopes ? new Set(manifest.oauthScopes) : null,
    deployments: projectDeployments(scriptId, options.deployments ?? []),
    scriptId,
    sleep: (ms) => {
      if (options.now) clockOffset += ms;
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    },
    scriptTimeZone: options.scriptTimeZone ?? options.timeZone ?? workbook.timeZone,
    htmlFiles: options.htmlFiles ?? {},
    documents: new DocumentStore(options.documentsFile, options.documents ?? {}),
    openDocuments: [],
    evaluateTemplate: (code, variables) => {
      if (bundle) return bundle.evaluateTemplate(code, variables);
      bareTemplateContext ??= createScriptContext(runtime.globals, ctx.now);
      return runTemplate(bareTemplateContext, code, variables);
    },
  };

  counter.beforeCall = (key) => {
    authorizeCall(ctx, key);
    checkRunTime(ctx);
  };

  const services = {
    SpreadsheetApp: new SpreadsheetApp(ctx),
    HtmlService: new HtmlService(ctx),
    ContentService: new ContentService(ctx),
    LockService: new LockService(ctx, lockBuffer),
    PropertiesService: new PropertiesService(ctx),
    CacheService: new CacheService(ctx, new Map()),
    Utilities: new Utilities(ctx),
    Session: new Session(ctx),
    DocumentApp: new DocumentApp(ctx),
    ScriptApp: new ScriptApp(ctx),
    Logger: new Logger(ctx),
    console: new Console(ctx),
    Charts,
  };

  const resolveCell = (a1: string): Range => rangeAtA1(ctx, workbook.activeSheet(), a1);

  const cellInfo = (sheet: SheetData, row: number, column: number): CellInfo => {
    const cell = workbook.cell(sheet, row, column);
    const raw = workbook.rawValue(sheet, row, column);
    const own = cell?.style;
    const conditional = conditionalFormatOf(workbook, sheet, row, column);
    const protection = sheet.protections.find((p) =>
      protectionCovers(p, { sheetId: sheet.id, row, column, numRows: 1, numColumns: 1 }),
    );
    const display =
      raw === null
        ? ''
        : raw instanceof FormulaError
          ? raw.code
          : displayValue(raw, cell?.style?.numberFormat, workbook.rules);
    return {
      value: workbook.scriptValue(sheet, row, column),
      display,
      formula: cell?.formula ?? '',
      formulaBar: cell?.formula ?? (cell?.quoted ? `'${cell.value}` : display),
      note: cell?.note ?? '',
      numberFormat: cell?.style?.numberFormat ?? DEFAULT_NUMBER_FORMAT,
      invalid: !cellSatisfiesRule(ctx, sheet, row, column),
      validation: cell?.validation ? structuredClone(cell.validation) : null,
      background: own?.background ?? '#ffffff',
      shown: {
        background: conditional?.background ?? own?.background ?? '#ffffff',
        fontColor: conditional?.fontColor ?? own?.fontColor ?? '#000000',
        bold: conditional?.bold ?? own?.fontWeight === 'bold',
        italic: conditional?.italic ?? own?.fontStyle === 'italic',
        strikethrough: conditional?.strikethrough ?? false,
        underline: conditional?.underline ?? false,
      },
      protection: protection ? { warningOnly: protection.warningOnly, description: protection.description } : null,
    };
  };

  const runtime: Runtime = {
    ...services,
    globals: { ...services },
    ui,
    counters: counter,
    lockBuffer,
    logs,
    workbook,
    documents: ctx.documents,
    get bundle() {
      return bundle;
    },
    now: () => ctx.now(),
    advanceClock(ms) {
      clockOffset += ms;
    },
    get lastExecution() {
      return lastExecution;
    },
    setActiveUser(email) {
      users.active = email;
    },
    runExecution(kind, fn, run = {}) {
      const previous = ctx.execution;
      const authMode = run.authMode ?? 'FULL';
      const execution: Execution = {
        id: nextExecutionId(lockBuffer),
        kind,
        authMode,
        startedAt: ctx.now(),
        limitMs: runTimeLimit(authMode),
        deployment: kind === 'webapp' ? servingDeployment(ctx, run.deploymentId) : null,
      };
      ctx.execution = execution;
      depth++;
      try {
        return fn();
      } finally {
        depth--;
        lastExecution = { kind, authMode, elapsedMs: ctx.now() - execution.startedAt };
        releaseLocksOf(lockBuffer, execution.id);
        if (depth === 0) closeOpenDocuments(ctx);
        ctx.execution = previous;
        if (depth === 0 && options.autosave && options.dataFile) saveWorkbook(workbook, options.dataFile);
      }
    },
    eventSource() {
      return { source: new Spreadsheet(ctx), user: new User(ctx, users.active) };
    },
    servingDeploymentId(deploymentId) {
      return servingDeployment(ctx, deploymentId).deploymentId;
    },
    attachBundle(handle) {
      bundle = handle;
      ui.dispatch = (functionName) => handle.call(functionName);
    },
    userEdit(target, typed) {
      const range = typeof target === 'string' ? resolveCell(target) : target;
      const sheet = range._sheet;
      const ref = range._ref();
      const where = describeCell(sheet.name, ref.row, ref.column);
      for (const p of sheet.protections) {
        if (!protectionCovers(p, ref)) continue;
        if (p.warningOnly) {
          const { button } = ui.answer(['OK', 'CANCEL'], 'protection warning');
          ui.record({ kind: 'protectionWarning', cell: where, response: button });
          if (button !== 'OK') return { status: 'rejected', message: 'Avbruten / Cancelled' };
        } else if (users.active !== users.owner && !protectionEditors(p, users).includes(users.active)) {
          ui.record({ kind: 'editRejected', cell: where, message: MESSAGES.protectedCell });
          return { status: 'rejected', message: MESSAGES.protectedCell };
        }
      }
      const before: { row: number; column: number; cell: Cell | undefined }[] = [];
      for (let r = ref.row; r < ref.row + ref.numRows; r++) {
        for (let c = ref.column; c < ref.column + ref.numColumns; c++) {
          const cell = workbook.cell(sheet, r, c);
          before.push({ row: r, column: c, cell: cell && structuredClone(cell) });
          workbook.writeEntry(sheet, r, c, entryFor(typed, workbook, workbook.isPlainText(sheet, r, c)));
        }
      }
      const broken = before.filter(({ row, column }) => !cellSatisfiesRule(ctx, sheet, row, column));
      const firstBroken = broken[0] && workbook.cell(sheet, broken[0].row, broken[0].column)?.validation;
      let result: UserEditResult = { status: 'accepted' };
      if (broken[0] && firstBroken) {
        const cellName = describeCell(sheet.name, broken[0].row, broken[0].column);
        const message =
          firstBroken.helpText ||
          `Inmatningen i ${cellName} bryter mot cellens valideringsregel. / The data you entered in cell ${cellName} violates the data validation rules set on this cell.`;
        if (!firstBroken.allowInvalid) {
          for (const { row, column, cell } of before) workbook.putCell(sheet, row, column, cell);
          ui.record({ kind: 'editRejected', cell: cellName, message });
          return { status: 'rejected', message };
        }
        result = { status: 'warned', message };
      }
      if (bundle?.has('onEdit')) {
        const { source, user } = runtime.eventSource();
        const single = ref.numRows === 1 && ref.numColumns === 1;
        const e: Record<string, unknown> = { authMode: 'LIMITED', range, source, user };
        if (single) {
          const value = eventText(workbook.cell(sheet, ref.row, ref.column));
          const oldValue = eventText(before[0]?.cell);
          if (value !== undefined) e.value = value;
          if (oldValue !== undefined) e.oldValue = oldValue;
        }
        try {
          bundle.run('ui', 'onEdit', [e], { authMode: 'LIMITED' });
        } catch (err) {
          const message = `${(err as Error).name}: ${(err as Error).message}`;
          logs.push({ level: 'error', message });
          result = { ...result, triggerError: message };
        }
      }
      return result;
    },
    cell(a1) {
      const range = resolveCell(a1);
      return cellInfo(range._sheet, range._row, range._column);
    },
    formulaBars(sheetName) {
      const sheet = workbook.sheetByName(sheetName);
      if (!sheet) throw new Error(`Bladet ${sheetName} finns inte / No sheet named ${sheetName}`);
      const rows = Math.max(1, workbook.lastRow(sheet));
      const columns = Math.max(1, workbook.lastColumn(sheet));
      const out: string[][] = [];
      for (let r = 1; r <= rows; r++) {
        const line: string[] = [];
        for (let c = 1; c <= columns; c++) line.push(cellInfo(sheet, r, c).formulaBar);
        out.push(line);
      }
      return out;
    },
    save(path) {
      const target = path ?? options.dataFile;
      if (!target) throw new Error('Ingen fil att spara till / No file to save to: pass a path or options.dataFile');
      saveWorkbook(workbook, target);
    },
  };
  return runtime;
}
