// Writing the plan-driven sheets (Mål, Aktiviteter) back after a merge: one write of values, one of notes.

import { REMOVED_NOTE } from '../../../shared/sheets/labels.ts';
import type { MergedRows } from '../../../shared/sheets/plan-rows.ts';
import { sv } from '../messages.ts';
import { type Book, bookBlockRange, padRows } from './sheet-io.ts';

/**
 * Rewrites rows 2… of a sheet with merged rows, padded to the previous height so dropped blank rows are cleared.
 * The notes of the block are rewritten too: a note on the id of each row the plan no longer has, none elsewhere.
 */
export function writeMerged(
  book: Book,
  sheetName: string,
  width: number,
  previousHeight: number,
  merged: MergedRows,
): void {
  const height = Math.max(previousHeight, merged.rows.length);
  if (height === 0) return;
  const removed = new Set(merged.removed);
  const range = bookBlockRange(book, sheetName, 2, height, width);
  range.setValues(padRows(merged.rows, height, width));
  range.setNotes(
    Array.from({ length: height }, (_, at) => [
      removed.has(at) ? sv(REMOVED_NOTE) : '',
      ...Array<string>(width - 1).fill(''),
    ]),
  );
}
