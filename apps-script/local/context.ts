// The state one runtime's services share: workbook, clock, users, the running execution, UI records and logs.

import type { CallCounter } from './counters.ts';
import type { Deployment, Deployments } from './deployments.ts';
import type { OpenDocument } from './document/element.ts';
import type { DocumentStore } from './document/store.ts';
import type { Manifest } from './manifest.ts';
import type { GridRef } from './model.ts';
import type { Range } from './spreadsheet/range.ts';
import type { Sheet } from './spreadsheet/sheet.ts';
import type { Spreadsheet } from './spreadsheet/spreadsheet.ts';
import type { UiRecorder } from './ui-recorder.ts';
import type { Workbook } from './workbook.ts';

/** How the current script execution was started; it decides whether a UI exists and who the active user is. */
export type ExecutionKind = 'ui' | 'webapp' | 'trigger';

/** ScriptApp.AuthMode as Google picks it for an execution (developers.google.com/apps-script/reference/script/auth-mode). */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

export interface Execution {
  /** Unique across every thread sharing the lock buffer. */
  id: number;
  kind: ExecutionKind;
  /**
   * What the execution may use: LIMITED for the simple triggers onOpen and onEdit, FULL otherwise. null between
   * executions, for the host's own calls (tests, the CLI, the server), which are no script's and are not checked.
   */
  authMode: AuthModeName | null;
  /** ctx.now() when it started. */
  startedAt: number;
  /** How long Google lets it run (Infinity for the host's calls). */
  limitMs: number;
  /** The web app deployment answering the request, for a web app execution; null otherwise. */
  deployment: Deployment | null;
}

export interface Users {
  /** The person at the keyboard. */
  active: string;
  /** Who the script runs as (the add-on's owner for a web app executed as "me"). */
  effective: string;
  /** The spreadsheet's owner, who can always edit protected ranges. */
  owner: string;
  /** Everyone with edit access to the spreadsheet. */
  editors: string[];
}

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  message: string;
}

/**
 * The spreadsheet classes a module constructs without importing them: Protection.getRange, a rule's ranges and
 * Range.getSheet hand back objects whose modules import theirs, so these take the class from here and every value
 * import points one way. createRuntime fills it.
 */
export interface SpreadsheetClasses {
  Range: typeof Range;
  Sheet: typeof Sheet;
  Spreadsheet: typeof Spreadsheet;
}

export interface Context {
  classes: SpreadsheetClasses;
  counter: CallCounter;
  workbook: Workbook;
  /** Milliseconds since the epoch; tests can move it forward. */
  now(): number;
  /** Utilities.sleep: blocks on the real clock, moves a simulated one (RuntimeOptions.now). */
  sleep(ms: number): void;
  users: Users;
  execution: Execution;
  ui: UiRecorder;
  logs: LogEntry[];
  echoLogs: boolean;
  addonName: string;
  /** appsscript.json as the build wrote it; null when the host gave none (scopes detected from the code, no web app). */
  manifest: Manifest | null;
  /** The scopes the owner granted: the manifest's (or null: whatever the code uses, as Apps Script detects it). */
  grantedScopes: ReadonlySet<string> | null;
  deployments: Deployments;
  scriptId: string;
  scriptTimeZone: string;
  htmlFiles: Record<string, string>;
  /** The Google Docs the script can reach (Drive). */
  documents: DocumentStore;
  /** Document handles opened in the running execution; its end closes and saves them. */
  openDocuments: OpenDocument[];
  /** Evaluates template scriptlets in the loaded bundle's global scope (or a bare one). */
  evaluateTemplate(code: string, variables: Record<string, unknown>): string;
}

/** The ranges stored references name (a chart's, a rule's, a named range's), leaving out those whose sheet is gone. */
export function rangesAt(ctx: Context, refs: readonly GridRef[]): Range[] {
  return refs.flatMap((ref) => {
    const sheet = ctx.workbook.sheetById(ref.sheetId);
    return sheet ? [new ctx.classes.Range(ctx, sheet, ref.row, ref.column, ref.numRows, ref.numColumns)] : [];
  });
}

/** The user the running execution acts as: a web app executes as its owner, everything else as the person. */
export function actingUser(ctx: Context): string {
  return ctx.execution.kind === 'webapp' ? ctx.users.effective : ctx.users.active;
}

/** Base of every object a script can hold: carries the runtime context and is counted per method. */
export abstract class ServiceObject {
  constructor(readonly ctx: Context) {}

  get counter(): CallCounter {
    return this.ctx.counter;
  }

  /** Apps Script objects print as their class name. */
  toString(): string {
    return (this.constructor as unknown as { gasName: string }).gasName;
  }
}
