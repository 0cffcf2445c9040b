// TextFinder: Sheets' search of a range, on displayed values (or formula text), case-insensitive and partial unless
// told otherwise, as developers.google.com/apps-script/reference/spreadsheet/text-finder documents. Only searching is
// here; replacing is not used by the add-on. A search for whole cells equal to some words uses the workbook's text
// index (text-index.ts), so it costs the same however many rows the range has.

import { type Context, ServiceObject } from '../context.ts';
import { countCalls } from '../counters.ts';
import type { Google } from '../google.ts';
import type { Cell } from '../model.ts';
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

  /** The plain words a search for whole cells equal to one of them names (`^(?:a|b)$`), or null for another search. */
  private wholeCellWords(): string[] | null {
    const source = this.regularExpression ? this.findText : escapeRegExp(this.findText);
    const anchored = /^\^\(\?:([\w-]+(?:\|[\w-]+)*)\)\$$|^\^([\w-]+(?:\|[\w-]+)*)\$$/.exec(source);
    const words = anchored
      ? (anchored[1] ?? anchored[2])
      : this.entireCell && /^[\w-]+(?:\|[\w-]+)*$/.test(source)
        ? source
        : null;
    return words ? words.split('|') : null;
  }

  private matcher(): (text: string) => boolean {
    const source = this.regularExpression ? this.findText : escapeRegExp(this.findText);
    const pattern = new RegExp(this.entireCell ? `^(?:${source})$` : source, this.caseSensitive ? 'u' : 'iu');
    return (text) => pattern.test(text);
  }

  /** The text a search sees in a cell: its formula, or what it shows ('' when empty). */
  private textOf(cell: Cell | undefined, row: number, column: number): string {
    if (!cell || (cell.value === undefined && cell.formula === undefined)) return '';
    if (cell.formula !== undefined && this.formulaText) return cell.formula;
    // Text shows as it is (values.ts displayValue): only numbers, dates and formulas need their display worked out.
    return cell.formula === undefined && typeof cell.value === 'string' ? cell.value : this.range._display(row, column);
  }

  /**
   * Every matching cell in search order (row by row, left to right), with its place in that order. A search for whole
   * cells equal to some words looks only at the rows the workbook's text index names; any other reads every cell.
   */
  private matches(): { index: number; range: Range }[] {
    const matches = this.matcher();
    const words = this.wholeCellWords();
    const { _sheet: sheet, _row: row, _column: column, _numRows: numRows, _numColumns: numColumns } = this.range;
    const workbook = this.ctx.workbook;
    // Rows past the last one with content are empty, and an empty cell matches nothing.
    const lastRow = Math.min(row + numRows - 1, workbook.lastRow(sheet));
    const found: { index: number; range: Range }[] = [];
    const consider = (r: number, c: number) => {
      const text = this.textOf(sheet.rows[r - 1]?.[c - 1], r, c);
      if (text === '' || !matches(text)) return;
      found.push({
        index: (r - row) * numColumns + (c - column),
        range: new this.ctx.classes.Range(this.ctx, sheet, r, c, 1, 1),
      });
    };
    for (let c = column; c < column + numColumns; c++) {
      if (words) {
        for (const r of workbook.textIndex.candidates(sheet, c, words)) if (r >= row && r <= lastRow) consider(r, c);
      } else for (let r = row; r <= lastRow; r++) consider(r, c);
    }
    return found.sort((a, b) => a.index - b.index);
  }
}

countCalls(TextFinder);
