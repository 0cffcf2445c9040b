// Målkoll → Granska registret: checks every Logg row and the board's own rows in Mål, marks each bad cell with a note
// saying what is wrong and a colour, clears the marks of cells that are fine now, and sums up.
import { cellText } from '../../../shared/sheets/cells.ts';
import { GOALS, LOG } from '../../../shared/sheets/columns.ts';
import { REMOVED_STATUS } from '../../../shared/sheets/labels.ts';
import { logContext, readLogRow } from '../../../shared/sheets/log-rows.ts';
import { MENU, REVIEW, say } from '../messages.ts';
import { FLAG_COLOR, readLog } from '../register/log-store.ts';
import { blockMarks } from '../register/plan-sheets.ts';
import { activeBook, type Book, bookBlockRange, matrix } from '../register/sheet-io.ts';
import { type GoalSheet, readGoalSheet, requirePlan } from '../register/workbook-input.ts';
import { runFromMenu } from '../ui.ts';
import type { MenuItem } from './menu-item.ts';

export const REVIEW_REGISTER_ITEM: MenuItem = { label: MENU.reviewRegister, handler: 'menuReviewRegister' };

export type ReviewResult = { rows: number; invalid: number; goalRows: number; message: string };

/**
 * Mål's marks: a note and a colour on each cell of the board's rows that cannot be read, the removed note on rows the
 * plan lost. Three calls; none when Mål is empty. Returns how many of the board's rows have a problem.
 */
function markGoals(book: Book, goals: GoalSheet): number {
  const { rows, board } = goals;
  if (rows.length === 0) return 0;
  const status = GOALS.index('status');
  const removed = new Set(rows.flatMap((cells, at) => (cellText(cells[status]) === REMOVED_STATUS.sv ? [at] : [])));
  const problems = board.problems.map((problem) => ({ ...problem, column: GOALS.index(problem.key) }));
  const marks = blockMarks(rows.length, GOALS.width, removed, problems);
  const range = bookBlockRange(book, GOALS.name, 2, rows.length, GOALS.width);
  range.setNotes(marks.notes);
  range.setBackgrounds(marks.colours);
  return new Set(board.problems.map((problem) => problem.row)).size;
}

export function reviewRegister(): ReviewResult {
  const book = activeBook();
  const plan = requirePlan(book);
  const goals = readGoalSheet(book, plan);
  const context = logContext(plan, new Date());
  const rows = readLog(book);
  const notes = matrix(rows.length, LOG.width, '');
  const colours = matrix<string | null>(rows.length, LOG.width, null);
  let filled = 0;
  let invalid = 0;
  rows.forEach((cells, at) => {
    if (cells.every((cell) => cell === '' || cell === null)) return;
    filled += 1;
    const { problems } = readLogRow(cells, at + 2, context);
    if (problems.length > 0) invalid += 1;
    for (const problem of problems) {
      const column = LOG.index(problem.key);
      const row = notes[at] as string[];
      row[column] = row[column] ? `${row[column]}\n${problem.message}` : problem.message;
      (colours[at] as (string | null)[])[column] = FLAG_COLOR;
    }
  });
  if (rows.length > 0) {
    const range = bookBlockRange(book, LOG.name, 2, rows.length, LOG.width);
    range.setNotes(notes);
    range.setBackgrounds(colours);
  }
  const goalProblems = markGoals(book, goals);
  const lines = [invalid === 0 ? say(REVIEW.clean, { rows: filled }) : say(REVIEW.flagged, { invalid, rows: filled })];
  if (goalProblems > 0) lines.push(say(REVIEW.goalsFlagged, { count: goalProblems }));
  return { rows: filled, invalid, goalRows: goalProblems, message: lines.join('\n') };
}

export function menuReviewRegister(): void {
  runFromMenu(() => reviewRegister().message);
}
