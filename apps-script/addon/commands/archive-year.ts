// Målkoll → Arkivera år…: moves one year's Logg rows to the sheet "Logg <år>"; the plan and the other rows stay, and
// the board's notes and colours go with their rows.
import { dayToIso, stockholmDay } from '../../../shared/model/calendar.ts';
import { columnsA1 } from '../../../shared/sheets/a1.ts';
import { type CellValue, cellInstant, cellText } from '../../../shared/sheets/cells.ts';
import { archiveSheetName, type CellRecord, LOG } from '../../../shared/sheets/columns.ts';
import { ARCHIVE, MENU, say, sv } from '../messages.ts';
import {
  activeBook,
  appendRows,
  type Book,
  bookBlockRange,
  insertSheetWithHeader,
  padRows,
  type Range,
  type Sheet,
  withoutTrailingBlankRows,
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

/** A Logg row as read, with the board's notes and colours (null: none), which travel with it. */
type LogRow = { cells: unknown[]; notes: string[]; colours: (string | null)[] };

/** Writes the rows' notes and colours over a range whose rows had `before`; a part no row has is not written. */
function writeMarks(range: Range, rows: LogRow[], before: LogRow[] = []): void {
  const height = Math.max(rows.length, before.length);
  const involved = [...rows, ...before];
  if (involved.some((row) => row.notes.some((note) => note !== ''))) {
    range.setNotes(Array.from({ length: height }, (_, n) => rows[n]?.notes ?? Array<string>(LOG.width).fill('')));
  }
  if (involved.some((row) => row.colours.some((colour) => colour !== null))) {
    range.setBackgrounds(
      Array.from({ length: height }, (_, n) => rows[n]?.colours ?? Array<null>(LOG.width).fill(null)),
    );
  }
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
    const range = book.getRange(columnsA1(LOG.name, LOG.width, 2));
    const values = withoutTrailingBlankRows(range.getValues());
    const moves = values.map(
      (cells) => cells.some((cell) => cellText(cell) !== '') && yearOf(cells[LOG.index('at')]) === year,
    );
    const first = moves.indexOf(true);
    if (first < 0) return { moved: 0, sheet: name, message: say(ARCHIVE.nothing, { year }) };
    // Rows above the first one that moves stay as they are. From there on every row is written again: the moved ones
    // to the archive, the kept ones closing up in Logg, each with the board's notes and colours.
    const notes = range.getNotes();
    const colours = range.getBackgrounds();
    const tail: LogRow[] = values.slice(first).map((cells, n) => ({
      cells,
      notes: notes[first + n] ?? [],
      colours: (colours[first + n] ?? []).map((colour) => (colour === '#ffffff' ? null : colour)),
    }));
    const moved = tail.filter((_, n) => moves[first + n]);
    const kept = tail.filter((_, n) => !moves[first + n]);
    const archived = appendRows(
      archiveSheet(book, name),
      moved.map((row) => rewritable(row.cells)),
      LOG.width,
    );
    if (archived) writeMarks(archived, moved);
    const block = bookBlockRange(book, LOG.name, first + 2, tail.length, LOG.width);
    block.setValues(
      padRows(
        kept.map((row) => rewritable(row.cells)),
        tail.length,
        LOG.width,
      ),
    );
    writeMarks(block, kept, tail);
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
