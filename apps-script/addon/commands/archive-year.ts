// Målkoll → Arkivera år…: moves one year's Logg rows to the sheet "Logg <år>"; the plan and the other rows stay.
import { dayToIso, stockholmDay } from '../../../shared/model/calendar.ts';
import { type CellValue, cellInstant, cellText } from '../../../shared/sheets/cells.ts';
import { archiveSheetName, type CellRecord, LOG } from '../../../shared/sheets/columns.ts';
import { ARCHIVE, MENU, say, sv } from '../messages.ts';
import { readLog } from '../register/log-store.ts';
import {
  activeBook,
  appendRows,
  type Book,
  bookBlockRange,
  insertSheetWithHeader,
  padRows,
  type Sheet,
} from '../register/sheet-io.ts';
import { today } from '../register/workbook-input.ts';
import { prompt, runFromMenu } from '../ui.ts';
import { UserError } from '../user-error.ts';
import type { MenuItem } from './menu-item.ts';

export const ARCHIVE_YEAR_ITEM: MenuItem = { label: MENU.archiveYear, handler: 'menuArchiveYear' };

export type ArchiveResult = { moved: number; sheet: string; message: string };

/** How long to wait for a web-app append that holds the script lock. */
const LOCK_WAIT_MS = 30_000;

function yearOf(cell: unknown): number | null {
  const at = cellInstant(cell);
  if (!at || Number.isNaN(at.getTime())) return null;
  return Number(dayToIso(stockholmDay(at.getTime())).slice(0, 4));
}

/** A row read back from the sheet, ready to write again (text neutralised once more). */
function rewritable(cells: readonly unknown[]): CellValue[] {
  const record = Object.fromEntries(LOG.keys.map((key, at) => [key, cells[at] as CellValue]));
  return LOG.toCells(record as CellRecord<typeof LOG.columns>);
}

function archiveSheet(book: Book, name: string): Sheet {
  const existing = book.getSheetByName(name);
  if (existing) return existing;
  return insertSheetWithHeader(book, name, LOG.headers).sheet;
}

export function archiveYear(options: { year: number | string }): ArchiveResult {
  const text = cellText(options?.year);
  if (!/^\d{4}$/.test(text)) throw new UserError(sv(ARCHIVE.badYear));
  const year = Number(text);
  const book = activeBook();
  const name = archiveSheetName(year);
  // Logg is rewritten: hold the lock the web app appends under, so no row logged meanwhile is lost.
  const lock = LockService.getScriptLock();
  lock.waitLock(LOCK_WAIT_MS);
  try {
    const rows = readLog(book);
    const moved: CellValue[][] = [];
    const kept: CellValue[][] = [];
    for (const cells of rows) {
      if (cells.every((cell) => cellText(cell) === '')) continue;
      (yearOf(cells[LOG.index('at')]) === year ? moved : kept).push(rewritable(cells));
    }
    if (moved.length === 0) return { moved: 0, sheet: name, message: say(ARCHIVE.nothing, { year }) };
    const sheet = archiveSheet(book, name);
    appendRows(sheet, moved, LOG.width);
    // Marks from Granska registret belong to rows that move: clear them with the rewrite.
    const range = bookBlockRange(book, LOG.name, 2, rows.length, LOG.width);
    range.setValues(padRows(kept, rows.length, LOG.width));
    range.clearNote();
    range.setBackground(null);
    return { moved: moved.length, sheet: name, message: say(ARCHIVE.done, { count: moved.length, year, sheet: name }) };
  } finally {
    lock.releaseLock();
  }
}

export function menuArchiveYear(): void {
  runFromMenu(() => {
    const lastYear = Number(today().slice(0, 4)) - 1;
    const answer = prompt(sv(ARCHIVE.title), say(ARCHIVE.prompt, { example: lastYear }));
    return answer === null ? null : archiveYear({ year: answer }).message;
  });
}
