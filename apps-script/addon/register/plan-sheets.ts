// Writing the plan-driven sheets (Mål, Aktiviteter) back after a merge: one write of values, one of notes.

import type { GoalProblem } from '../../../shared/sheets/board-rows.ts';
import { GOALS } from '../../../shared/sheets/columns.ts';
import { REMOVED_NOTE } from '../../../shared/sheets/labels.ts';
import type { MergedRows } from '../../../shared/sheets/plan-rows.ts';
import { sv } from '../messages.ts';
import { FLAG_COLOR } from './log-store.ts';
import { type Book, bookBlockRange, matrix, padRows } from './sheet-io.ts';

/** Notes and backgrounds of a block: the removed note on the id of each row the plan lost, each problem on its cell. */
export function blockMarks(
  height: number,
  width: number,
  removed: ReadonlySet<number>,
  problems: readonly { row: number; column: number; message: string }[],
): { notes: string[][]; colours: (string | null)[][] } {
  const notes = matrix(height, width, '');
  const colours = matrix<string | null>(height, width, null);
  for (const row of removed) if (notes[row]) (notes[row] as string[])[0] = sv(REMOVED_NOTE);
  for (const { row, column, message } of problems) {
    const line = notes[row];
    if (!line) continue;
    line[column] = line[column] ? `${line[column]}\n${message}` : message;
    (colours[row] as (string | null)[])[column] = FLAG_COLOR;
  }
  return { notes, colours };
}

/** Mål's problems placed on the rows they were merged into. */
export function goalProblemMarks(merged: MergedRows, problems: readonly GoalProblem[]) {
  const rowOf = new Map(merged.sources.map((source, at) => [source, at]));
  return problems.flatMap((problem) => {
    const row = rowOf.get(problem.row);
    return row === undefined ? [] : [{ row, column: GOALS.index(problem.key), message: problem.message }];
  });
}

/**
 * Rewrites rows 2… of a sheet with merged rows, padded to the previous height so dropped blank rows are cleared.
 * The notes of the block are rewritten too: a note on the id of each row the plan no longer has, none elsewhere.
 * With `problems` (Mål's), each is a note on its cell too. Colours are Granska registret's: a recompute writes none.
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
  const marks = blockMarks(height, width, new Set(merged.removed), problems ? goalProblemMarks(merged, problems) : []);
  range.setNotes(marks.notes);
}
