// Målkoll → Granska registret: checks every Logg row, marks each bad cell with a note line saying what is wrong and a
// colour, clears its own marks from cells that are fine now, and sums up. The board's notes and colours stay, and
// only cells whose mark changes are written (register/log-flags.ts).
import { columnsA1 } from '../../../shared/sheets/a1.ts';
import { cellText } from '../../../shared/sheets/cells.ts';
import { LOG } from '../../../shared/sheets/columns.ts';
import { logContext, readLogRow } from '../../../shared/sheets/log-rows.ts';
import { MENU, REVIEW, say } from '../messages.ts';
import { writeFlags } from '../register/log-flags.ts';
import { activeBook } from '../register/sheet-io.ts';
import { requirePlan } from '../register/workbook-input.ts';
import { runFromMenu } from '../ui.ts';
import type { MenuItem } from './menu-item.ts';

export const REVIEW_REGISTER_ITEM: MenuItem = { label: MENU.reviewRegister, handler: 'menuReviewRegister' };

export type ReviewResult = { rows: number; invalid: number; message: string };

export function reviewRegister(): ReviewResult {
  const book = activeBook();
  const context = logContext(requirePlan(book), new Date());
  // Every row down to the sheet's end, so a mark left on a row since emptied is cleared too.
  const range = book.getRange(columnsA1(LOG.name, LOG.width, 2));
  const values = range.getValues();
  const problems: Map<number, string[]>[] = [];
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
  writeFlags(
    book,
    { sheetName: LOG.name, firstRow: 2, firstColumn: 1, notes: range.getNotes() },
    (row, column) => problems[row]?.get(column) ?? [],
  );
  const message = invalid === 0 ? say(REVIEW.clean, { rows: filled }) : say(REVIEW.flagged, { invalid, rows: filled });
  return { rows: filled, invalid, message };
}

export function menuReviewRegister(): void {
  runFromMenu(() => reviewRegister().message);
}
