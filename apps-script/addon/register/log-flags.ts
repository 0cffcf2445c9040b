// The marks Målkoll puts on the Logg cells it found a problem in (Granska registret, a re-import): a note line saying
// what is wrong and a colour. They are written around the board's own work: the board's note lines and colours stay,
// a mark is cleared only where Målkoll set it, and only the cells whose mark changes are written.
import { blockA1 } from '../../../shared/sheets/a1.ts';
import { FLAG_MARK } from '../../../shared/sheets/labels.ts';
import type { Book, Range } from './sheet-io.ts';

/** Background of a cell Målkoll found a problem in. */
export const FLAG_COLOR = '#f4cccc';
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

/** A block of cells whose notes were read: where it starts on the sheet, and its notes row by row. */
export interface NotedBlock {
  sheetName: string;
  firstRow: number;
  firstColumn: number;
  notes: string[][];
}

/** A rectangle of a block, 0-based; `bottom` < 0 when it holds nothing. */
type Box = { top: number; bottom: number; left: number; right: number };

function boxAround(cells: readonly (readonly boolean[])[]): Box {
  const box = { top: Number.POSITIVE_INFINITY, bottom: -1, left: Number.POSITIVE_INFINITY, right: -1 };
  cells.forEach((row, r) => {
    row.forEach((inside, c) => {
      if (!inside) return;
      [box.top, box.bottom] = [Math.min(box.top, r), Math.max(box.bottom, r)];
      [box.left, box.right] = [Math.min(box.left, c), Math.max(box.right, c)];
    });
  });
  return box;
}

function rangeOf(book: Book, block: NotedBlock, box: Box): Range {
  const { top, bottom, left, right } = box;
  return book.getRange(
    blockA1(block.sheetName, block.firstRow + top, block.firstColumn + left, bottom - top + 1, right - left + 1),
  );
}

/**
 * Sets each cell's marks to its problems (`problemsAt` by 0-based row and column in the block). Colours are read only
 * around the cells that have a problem or carry Målkoll's mark, and only the smallest rectangle holding every cell
 * whose note or colour changes is written, in one setNotes and one setBackgrounds, the other cells in it written back
 * as they were; a review that changes no mark writes nothing.
 */
export function writeFlags(
  book: Book,
  block: NotedBlock,
  problemsAt: (row: number, column: number) => readonly string[],
): void {
  const problems = block.notes.map((notes, row) => notes.map((_, column) => problemsAt(row, column)));
  // Only a cell with a problem, or one Målkoll marked before, may change colour.
  const marked = block.notes.map((notes, row) =>
    notes.map((note, column) => (problems[row]?.[column]?.length ?? 0) > 0 || note.includes(FLAG_MARK)),
  );
  const read = boxAround(marked);
  if (read.bottom < 0) return;
  const readRange = rangeOf(book, block, read);
  const backgrounds = readRange.getBackgrounds();
  const targets = backgrounds.map((colours, r) =>
    colours.map((background, c) => {
      const [row, column] = [read.top + r, read.left + c];
      const note = block.notes[row]?.[column] ?? '';
      const target = flaggedCell({ note, background }, problems[row]?.[column] ?? []);
      const changed = target.note !== note || target.background !== (background === NO_COLOUR ? null : background);
      return { ...target, changed };
    }),
  );
  const write = boxAround(targets.map((cells) => cells.map((cell) => cell.changed)));
  if (write.bottom < 0) return;
  const rows = targets.slice(write.top, write.bottom + 1).map((cells) => cells.slice(write.left, write.right + 1));
  const whole =
    write.top === 0 &&
    write.left === 0 &&
    write.bottom === read.bottom - read.top &&
    write.right === read.right - read.left;
  const range = whole
    ? readRange
    : rangeOf(book, block, {
        top: read.top + write.top,
        bottom: read.top + write.bottom,
        left: read.left + write.left,
        right: read.left + write.right,
      });
  range.setNotes(rows.map((cells) => cells.map((cell) => cell.note)));
  range.setBackgrounds(rows.map((cells) => cells.map((cell) => cell.background)));
}
