// TextFinder: Sheets' search of a range, on displayed values (or formula text), case-insensitive and partial unless
// told otherwise, as developers.google.com/apps-script/reference/spreadsheet/text-finder documents. Only searching is
// here; replacing is not used by the add-on.

import { type Context, ServiceObject } from '../context.ts';
import { countCalls } from '../counters.ts';
import type { Google } from '../google.ts';
import type { Range } from './range.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class TextFinder extends ServiceObject implements Google<TextFinder> {
  static gasName = 'TextFinder';
  declare readonly _google: GoogleAppsScript.Spreadsheet.TextFinder;
  private caseSensitive = false;
  private entireCell = false;
  private formulaText = false;
  private regularExpression = false;
  /** Where findNext carries on from: the index of the last match in search order, -1 before the first. */
  private position = -1;

  constructor(
    ctx: Context,
    private readonly range: Range,
    private readonly findText: string,
  ) {
    super(ctx);
  }

  matchCase(matchCase: boolean): TextFinder {
    this.caseSensitive = matchCase;
    return this;
  }

  matchEntireCell(matchEntireCell: boolean): TextFinder {
    this.entireCell = matchEntireCell;
    return this;
  }

  matchFormulaText(matchFormulaText: boolean): TextFinder {
    this.formulaText = matchFormulaText;
    return this;
  }

  useRegularExpression(useRegEx: boolean): TextFinder {
    this.regularExpression = useRegEx;
    return this;
  }

  findAll(): Range[] {
    return this.matches().map(({ range }) => range);
  }

  /** The next match after the last one found, or null when there is none. */
  findNext(): Range | null {
    const next = this.matches().find(({ index }) => index > this.position);
    if (!next) return null;
    this.position = next.index;
    return next.range;
  }

  /** Every matching cell in search order (row by row, left to right), with its place in that order. */
  private matches(): { index: number; range: Range }[] {
    const source = this.regularExpression ? this.findText : escapeRegExp(this.findText);
    const pattern = new RegExp(this.entireCell ? `^(?:${source})$` : source, this.caseSensitive ? 'u' : 'iu');
    const { _sheet: sheet, _row: row, _column: column, _numRows: numRows, _numColumns: numColumns } = this.range;
    const workbook = this.ctx.workbook;
    // Rows past the last one with content are empty, and an empty cell matches nothing.
    const lastRow = Math.min(row + numRows - 1, workbook.lastRow(sheet));
    const found: { index: number; range: Range }[] = [];
    for (let r = row; r <= lastRow; r++) {
      const cells = sheet.rows[r - 1];
      if (!cells) continue;
      for (let c = column; c < column + numColumns; c++) {
        const cell = cells[c - 1];
        if (!cell || (cell.value === undefined && cell.formula === undefined)) continue;
        const text = this.formulaText && cell.formula !== undefined ? cell.formula : this.range._display(r, c);
        if (text !== '' && pattern.test(text)) {
          found.push({
            index: (r - row) * numColumns + (c - column),
            range: new this.ctx.classes.Range(this.ctx, sheet, r, c, 1, 1),
          });
        }
      }
    }
    return found;
  }
}

countCalls(TextFinder);
