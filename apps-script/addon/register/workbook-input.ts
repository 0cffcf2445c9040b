// Everything a computation needs, read from the workbook in one read per sheet: plan, Logg, Partiföreningar, Mätvärden.
import type { Branch } from '../../../shared/model/branch.ts';
import { dayToIso, stockholmDay } from '../../../shared/model/calendar.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import type { ReportInput } from '../../../shared/report/input.ts';
import { readBranches } from '../../../shared/sheets/branch-rows.ts';
import { BRANCHES, RECORDED } from '../../../shared/sheets/columns.ts';
import { logContext, readLogRows } from '../../../shared/sheets/log-rows.ts';
import { readRecorded } from '../../../shared/sheets/recorded-rows.ts';
import { COMMON, say } from '../messages.ts';
import { UserError } from '../user-error.ts';
import { readLog } from './log-store.ts';
import { loadPlan } from './plan-store.ts';
import { type Book, readRows, readUsed } from './sheet-io.ts';

/** Partiföreningar has at most the 26 columns a new sheet has (two fixed, one per role). */
const BRANCH_COLUMNS = 26;

/** Today in Stockholm as `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  return dayToIso(stockholmDay(now.getTime()));
}

export function requirePlan(book: Book): Plan {
  const plan = loadPlan(book);
  if (!plan) throw new UserError(say(COMMON.noPlan));
  return plan;
}

/** Partiföreningar, header row first: two calls, or three if the board removed columns of the sheet. */
export function readBranchRows(book: Book): unknown[][] {
  try {
    return readRows(book, BRANCHES.name, BRANCH_COLUMNS, 1);
  } catch {
    const sheet = book.getSheetByName(BRANCHES.name);
    return sheet ? readUsed(sheet) : [];
  }
}

export function readBranchSheet(book: Book): Branch[] {
  return readBranches(readBranchRows(book));
}

export type WorkbookInput = {
  input: ReportInput;
  /** Logg rows that could not be read (Granska registret shows why); they are left out of every figure. */
  skipped: number;
};

/** Reads the whole input of a report or a recompute, as of `asOf` (default today). Nine calls. */
export function readWorkbookInput(book: Book, asOf: string = today()): WorkbookInput {
  const plan = requirePlan(book);
  const log = readLogRows(readLog(book), 2, logContext(plan, new Date()));
  const recorded = readRecorded(readRows(book, RECORDED.name, RECORDED.width, 2), 2).values;
  return {
    input: { plan, actions: log.actions, branches: readBranchSheet(book), recorded, asOf },
    skipped: log.invalid.length,
  };
}
