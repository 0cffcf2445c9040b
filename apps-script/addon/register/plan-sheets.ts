// Writing the plan-driven sheets (Mål, Aktiviteter) back after a merge: one write of values, one of notes.

import type { GoalProblem } from '../../../shared/sheets/board-rows.ts';
import { GOALS } from '../../../shared/sheets/columns.ts';
import { FLAG_MARK, REMOVED_NOTE } from '../../../shared/sheets/labels.ts';
import type { MergedRows } from '../../../shared/sheets/plan-rows.ts';
import { sv } from '../messages.ts';
import { type Book, bookBlockRange, matrix, padRows } from './sheet-io.ts';

/**
 * The notes of a merged block: the removed note on the id of each row the plan lost, and each of Mål's problems as a
 * marked line (FLAG_MARK, as Granska registret writes it) on its cell in the row it was merged into.
 */
function mergedNotes(height: number, width: number, merged: MergedRows, problems: readonly GoalProblem[]): string[][] {
  const notes = matrix(height, width, '');
  for (const row of merged.removed) if (notes[row]) (notes[row] as string[])[0] = sv(REMOVED_NOTE);
  const rowOf = new Map(merged.sources.map((source, at) => [source, at]));
  for (const problem of problems) {
    const line = notes[rowOf.get(problem.row) ?? -1];
    if (!line) continue;
    const column = GOALS.index(problem.key);
    const mark = `${FLAG_MARK}${problem.message}`;
    line[column] = line[column] ? `${line[column]}\n${mark}` : mark;
  }
  return notes;
}

/**
 * Rewrites rows 2… of a sheet with merged rows, padded to the previous height so dropped blank rows are cleared.
 * The notes of the block are rewritten too: a note on the id of each row the plan no longer has, none elsewhere.
 * With `problems` (Mål's), each is a marked note line on its cell too; colours are Granska registret's.
 */
export function writeMerged(
  book: Book,
  sheetName: string,
  width: number,
  previousHeight: number,
  merged: MergedRows,
  problems?: readonly GoalProblem[],
): void {
  const height = Math.max(previousHeight, merged.rows.length);
  if (height === 0) return;
  const range = bookBlockRange(book, sheetName, 2, height, width);
  range.setValues(padRows(merged.rows, height, width));
  range.setNotes(mergedNotes(height, width, merged, problems ?? []));
}
