// Everything a computation needs, read from the workbook in one read per sheet: plan, Logg, Partiföreningar, Mätvärden,
// Aktiviteter; with the roles members logged as appointed filled into the partiföreningar they belong to.

import { boardTargets } from '../../../shared/board-targets.ts';
import type { ActivityFollowUp } from '../../../shared/model/activity-status.ts';
import type { Branch } from '../../../shared/model/branch.ts';
import { dayToIso, stockholmDay } from '../../../shared/model/calendar.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import type { ReportInput } from '../../../shared/report/input.ts';
import type { NarrativeInput } from '../../../shared/report/narrative.ts';
import { readActivityRows } from '../../../shared/sheets/activity-rows.ts';
import type { BoardTargets } from '../../../shared/sheets/board-rows.ts';
import {
  appointmentFills,
  type BranchCellFill,
  loggedAppointments,
  readBranches,
  withFills,
} from '../../../shared/sheets/branch-rows.ts';
import { cellText } from '../../../shared/sheets/cells.ts';
import { ACTIVITIES, BRANCHES, GOALS, RECORDED } from '../../../shared/sheets/columns.ts';
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

/** Aktiviteter as the board follows it up: two calls. */
export function readActivities(book: Book): ActivityFollowUp[] {
  return readActivityRows(readRows(book, ACTIVITIES.name, ACTIVITIES.width, 2));
}

/** Mål as read: its header, its rows below it, and the board's corrections in them. */
export type GoalSheet = { header: unknown[]; rows: unknown[][]; board: BoardTargets };

/**
 * Mål and the targets they make of the stored plan: two calls. The plan's targets with the board's rows applied
 * (boardTargets) are what every command counts.
 */
export function readGoalSheet(book: Book, plan: Plan): GoalSheet {
  const [header = [], ...rows] = readRows(book, GOALS.name, GOALS.width, 1);
  return { header, rows, board: boardTargets(plan, rows) };
}

export type WorkbookInput = {
  /** `plan` is the plan the board corrected in Mål: its targets are what every figure counts. */
  input: ReportInput & { activities: readonly ActivityFollowUp[] };
  /** The plan as imported, before the board's corrections (Mål's rows are merged from it). */
  storedPlan: Plan;
  goals: GoalSheet;
  /** Logg rows that could not be read (Granska registret shows why); they are left out of every figure. */
  skipped: number;
  /** Partiföreningar as read, header row first, and the empty role cells members' appointments fill. */
  branchSheet: { values: unknown[][]; fills: BranchCellFill[] };
};

/**
 * Reads the whole input of a report or a recompute, as of `asOf` (default today), Aktiviteter and Mål included.
 * Thirteen calls. The partiföreningar count the roles members logged as appointed (Ansvarig utsedd) even before
 * Uppdatera utfall writes them down.
 */
export function readWorkbookInput(book: Book, asOf: string = today()): WorkbookInput {
  const storedPlan = requirePlan(book);
  const goals = readGoalSheet(book, storedPlan);
  const plan = goals.board.plan;
  // Logg is read against the plan's own vocabulary: a target the board struck leaves its categories and roles valid.
  const log = readLogRows(readLog(book), 2, logContext(storedPlan, new Date()));
  const recorded = readRecorded(readRows(book, RECORDED.name, RECORDED.width, 2), 2).values;
  const activities = readActivities(book);
  const values = readBranchRows(book);
  const fills = appointmentFills(values, loggedAppointments(log.actions, plan.year, asOf));
  const branches = readBranches(withFills(values, fills));
  return {
    input: { plan, actions: log.actions, branches, recorded, activities, asOf },
    storedPlan,
    goals,
    skipped: log.invalid.length,
    branchSheet: { values, fills },
  };
}

/** The board's Kommentar on each Mål row, by its ID. */
function goalComments(rows: readonly (readonly unknown[])[]): Record<string, string> {
  const comments: Record<string, string> = {};
  for (const cells of rows) {
    const id = cellText(cells[GOALS.index('id')]);
    const comment = cellText(cells[GOALS.index('comment')]);
    if (id !== '' && comment !== '') comments[id] = comment;
  }
  return comments;
}

/** What the verksamhetsberättelse is written from: the report input (Aktiviteter included) and Mål's comments. */
export function readNarrativeInput(book: Book, asOf?: string): { input: NarrativeInput; skipped: number } {
  const { input, skipped, goals } = readWorkbookInput(book, asOf);
  const corrected = new Set(
    [...goals.board.rows.values()].flatMap((row) => (row.state === 'unreadable' ? [] : [row.id])),
  );
  return { input: { ...input, comments: goalComments(goals.rows), corrected }, skipped };
}
