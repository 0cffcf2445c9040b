// Målkoll → Granska registret: checks every Logg row and the board's own rows in Mål, marks each bad cell with a note
// line saying what is wrong and a colour, clears its own marks from cells that are fine now, and sums up. The board's
// notes and colours stay, and only cells whose mark changes are written (register/log-flags.ts).
import { columnsA1 } from '../../../shared/sheets/a1.ts';
import type { GoalProblem } from '../../../shared/sheets/board-rows.ts';
import { cellText } from '../../../shared/sheets/cells.ts';
import { GOALS, LOG } from '../../../shared/sheets/columns.ts';
import { logContext, readLogRow } from '../../../shared/sheets/log-rows.ts';
import { MENU, REVIEW, say } from '../messages.ts';
import { writeFlags } from '../register/log-flags.ts';
import { activeBook, type Book } from '../register/sheet-io.ts';
import { readGoalSheet, requirePlan } from '../register/workbook-input.ts';
import { runFromMenu } from '../ui.ts';
import type { MenuItem } from './menu-item.ts';

export const REVIEW_REGISTER_ITEM: MenuItem = { label: MENU.reviewRegister, handler: 'menuReviewRegister' };

export type ReviewResult = { rows: number; invalid: number; goalRows: number; message: string };

/** Problems by 0-based row, then by 0-based column. */
type ProblemsAt = Map<number, string[]>[];

function problemsAt(problems: ProblemsAt): (row: number, column: number) => string[] {
  return (row, column) => problems[row]?.get(column) ?? [];
}

/**
 * Marks the cells of the board's rows in Mål that cannot be read, and clears the marks of rows fixed since: the notes
 * down to the sheet's end are read (two calls) and the cells whose mark changes written as in Logg. Returns how many
 * of the board's rows have a problem.
 */
function flagGoals(book: Book, problems: readonly GoalProblem[]): number {
  const range = book.getRange(columnsA1(GOALS.name, GOALS.width, 2));
  const byRow: ProblemsAt = [];
  for (const { row, key, message } of problems) {
    const columns = byRow[row] ?? new Map<number, string[]>();
    byRow[row] = columns;
    const column = GOALS.index(key);
    columns.set(column, [...(columns.get(column) ?? []), message]);
  }
  writeFlags(book, { sheetName: GOALS.name, firstRow: 2, firstColumn: 1, notes: range.getNotes() }, problemsAt(byRow));
  return new Set(problems.map((problem) => problem.row)).size;
}

export function reviewRegister(): ReviewResult {
  const book = activeBook();
  const plan = requirePlan(book);
  const context = logContext(plan, new Date());
  // Every row down to the sheet's end, so a mark left on a row since emptied is cleared too.
  const range = book.getRange(columnsA1(LOG.name, LOG.width, 2));
  const values = range.getValues();
  const problems: ProblemsAt = [];
  let filled = 0;
  let invalid = 0;
  values.forEach((cells, at) => {
    const byColumn = new Map<number, string[]>();
    problems.push(byColumn);
    if (cells.every((cell) => cellText(cell) === '')) return;
    filled += 1;
    const found = readLogRow(cells, at + 2, context).problems;
    if (found.length > 0) invalid += 1;
    for (const { key, message } of found) {
      const column = LOG.index(key);
      byColumn.set(column, [...(byColumn.get(column) ?? []), message]);
    }
  });
  writeFlags(book, { sheetName: LOG.name, firstRow: 2, firstColumn: 1, notes: range.getNotes() }, problemsAt(problems));
  const goalRows = flagGoals(book, readGoalSheet(book, plan).board.problems);
  const lines = [invalid === 0 ? say(REVIEW.clean, { rows: filled }) : say(REVIEW.flagged, { invalid, rows: filled })];
  if (goalRows > 0) lines.push(say(REVIEW.goalsFlagged, { count: goalRows }));
  return { rows: filled, invalid, goalRows, message: lines.join('\n') };
}

export function menuReviewRegister(): void {
  runFromMenu(() => reviewRegister().message);
}
