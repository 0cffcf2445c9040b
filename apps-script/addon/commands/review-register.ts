// Målkoll → Granska registret: checks every Logg row, marks each bad cell with a note saying what is wrong and a
// colour, clears the marks of cells that are fine now, and sums up.
import { LOG } from '../../../shared/sheets/columns.ts';
import { logContext, readLogRow } from '../../../shared/sheets/log-rows.ts';
import { MENU, REVIEW, say } from '../messages.ts';
import { FLAG_COLOR, readLog } from '../register/log-store.ts';
import { activeBook, bookBlockRange, matrix } from '../register/sheet-io.ts';
import { requirePlan } from '../register/workbook-input.ts';
import { runFromMenu } from '../ui.ts';
import type { MenuItem } from './menu-item.ts';

export const REVIEW_REGISTER_ITEM: MenuItem = { label: MENU.reviewRegister, handler: 'menuReviewRegister' };

export type ReviewResult = { rows: number; invalid: number; message: string };

export function reviewRegister(): ReviewResult {
  const book = activeBook();
  const context = logContext(requirePlan(book), new Date());
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
  const message = invalid === 0 ? say(REVIEW.clean, { rows: filled }) : say(REVIEW.flagged, { invalid, rows: filled });
  return { rows: filled, invalid, message };
}

export function menuReviewRegister(): void {
  runFromMenu(() => reviewRegister().message);
}
