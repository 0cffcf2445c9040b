// The marks Målkoll puts on the Logg cells it found a problem in (Granska registret, a re-import): a note line saying
// what is wrong and a colour. They are written around the board's own work: the board's note lines and colours stay,
// a mark is cleared only where Målkoll set it, and only the cells whose mark changes are written.
import { blockA1 } from '../../../shared/sheets/a1.ts';
import type { Book } from './sheet-io.ts';

/** Background of a cell Målkoll found a problem in. */
export const FLAG_COLOR = '#f4cccc';
/** How every note line Målkoll writes starts: how a later review tells its own lines from the board's. */
export const FLAG_MARK = 'Målkoll: ';
/** What getBackgrounds gives for a cell nobody coloured. */
const NO_COLOUR = '#ffffff';

/** A cell as read: its note and its own background. */
export interface CellMarks {
  note: string;
  background: string;
}

/** The note and background (null: none) a cell gets with these problems; the board's lines and colour stay. */
export function flaggedCell(cell: CellMarks, problems: readonly string[]): { note: string; background: string | null } {
  const lines = cell.note === '' ? [] : cell.note.split('\n');
  const boardLines = lines.filter((line) => !line.startsWith(FLAG_MARK));
  const flaggedBefore = boardLines.length < lines.length;
  const note = [...boardLines, ...problems.map((problem) => `${FLAG_MARK}${problem}`)].join('\n');
  const own = cell.background === NO_COLOUR ? null : cell.background;
  if (problems.length > 0) return { note, background: own ?? FLAG_COLOR };
  return { note, background: flaggedBefore && own === FLAG_COLOR ? null : own };
}

/** A block of cells read together: where it starts on the sheet, and its notes and backgrounds row by row. */
export interface MarkedBlock {
  sheetName: string;
  firstRow: number;
  firstColumn: number;
  notes: string[][];
  backgrounds: string[][];
}

/**
 * Sets each cell's marks to its problems (`problemsAt` by 0-based row and column in the block). Only the smallest
 * rectangle holding every cell whose note or colour changes is written, in one setNotes and one setBackgrounds, with
 * the other cells in it written back as they were read; nothing at all when no mark changes.
 */
export function writeFlags(
  book: Book,
  block: MarkedBlock,
  problemsAt: (row: number, column: number) => readonly string[],
): void {
  let [top, bottom, left, right] = [Number.POSITIVE_INFINITY, -1, Number.POSITIVE_INFINITY, -1];
  const targets = block.notes.map((notes, row) =>
    notes.map((note, column) => {
      const background = block.backgrounds[row]?.[column] ?? NO_COLOUR;
      const target = flaggedCell({ note, background }, problemsAt(row, column));
      // A cell that keeps its marks gets back what it had (its own colour, or none).
      if (target.note !== note || target.background !== (background === NO_COLOUR ? null : background)) {
        [top, bottom] = [Math.min(top, row), Math.max(bottom, row)];
        [left, right] = [Math.min(left, column), Math.max(right, column)];
      }
      return target;
    }),
  );
  if (bottom < 0) return;
  const rows = targets.slice(top, bottom + 1).map((cells) => cells.slice(left, right + 1));
  const range = book.getRange(
    blockA1(block.sheetName, block.firstRow + top, block.firstColumn + left, bottom - top + 1, right - left + 1),
  );
  range.setNotes(rows.map((cells) => cells.map((cell) => cell.note)));
  range.setBackgrounds(rows.map((cells) => cells.map((cell) => cell.background)));
}
