// An index of the text in the columns a TextFinder searched for whole cells equal to given words, so such a search
// (the web app's search of Logg's ID column for the ids it is sent) costs the same however long the sheet is. The
// Workbook files every value it stores; an entry a later change made stale (a cleared cell, a shifted row) is always
// checked against the cell itself before it is answered, so the index only ever narrows where to look.

import type { Cell } from './model.ts';
import type { SheetData } from './workbook.ts';

interface ColumnIndex {
  /** Case-folded text → rows whose cell held it when it was written. */
  byText: Map<string, Set<number>>;
  /** Rows holding a number, a boolean or a formula: their displayed text can change without a write, so always look. */
  others: Set<number>;
}

function file(index: ColumnIndex, row: number, cell: Cell | undefined): void {
  if (!cell || (cell.value === undefined && cell.formula === undefined)) return;
  if (cell.formula === undefined && typeof cell.value === 'string') {
    const text = cell.value.toLowerCase();
    let rows = index.byText.get(text);
    if (!rows) {
      rows = new Set();
      index.byText.set(text, rows);
    }
    rows.add(row);
  } else index.others.add(row);
}

export class TextIndex {
  /** Sheet id → column → its index; a column gets one at its first search. */
  private readonly sheets = new Map<number, Map<number, ColumnIndex>>();

  /** A cell was written: its value is filed if its column has an index. */
  wrote(sheet: SheetData, row: number, column: number, cell: Cell | undefined): void {
    const index = this.sheets.get(sheet.id)?.get(column);
    if (index) file(index, row, cell);
  }

  /** The sheet's rows moved, or it is gone: its indexes are built again at the next search. */
  forget(sheetId: number): void {
    this.sheets.delete(sheetId);
  }

  /** Rows of the column whose cell may equal one of the words, ignoring case: every row that does, and maybe more. */
  candidates(sheet: SheetData, column: number, words: readonly string[]): Set<number> {
    const index = this.columnIndex(sheet, column);
    const rows = new Set(index.others);
    for (const word of words) for (const row of index.byText.get(word.toLowerCase()) ?? []) rows.add(row);
    return rows;
  }

  private columnIndex(sheet: SheetData, column: number): ColumnIndex {
    let columns = this.sheets.get(sheet.id);
    if (!columns) {
      columns = new Map();
      this.sheets.set(sheet.id, columns);
    }
    let index = columns.get(column);
    if (!index) {
      const built: ColumnIndex = { byText: new Map(), others: new Set() };
      sheet.rows.forEach((cells, at) => {
        file(built, at + 1, cells?.[column - 1]);
      });
      columns.set(column, built);
      index = built;
    }
    return index;
  }
}
