// Range: cells' values, formulas, formats, notes and rules, with Sheets' value rules and Google's messages and checks.

import { columnToLetters, rangeA1, requireA1, splitSheetName } from '../a1.ts';
import { normalizeColor } from '../colors.ts';
import { actingUser, type Context, ServiceObject } from '../context.ts';
import { type CellTraffic, countCalls } from '../counters.ts';
import { MESSAGES, ScriptException, signatureError } from '../errors.ts';
import { FormulaError, normalizeFormula } from '../formula.ts';
import type { Google } from '../google.ts';
import type { Cell, CellStyle, GridRef } from '../model.ts';
import { Protection, protectionBlocks } from '../protection.ts';
import { DataValidation } from '../validation.ts';
import {
  DEFAULT_NUMBER_FORMAT,
  dateToSerial,
  displayValue,
  type Entry,
  isDate,
  parseTyped,
  type Scalar,
} from '../values.ts';
import type { SheetData, Workbook } from '../workbook.ts';
import type { Sheet } from './sheet.ts';
import { TextFinder } from './text-finder.ts';

const MAX_CELL_CHARS = 50000;

/** How a script-written value is stored: strings go through the same interpretation as typed text. */
export function entryFor(value: unknown, workbook: Workbook, plainText: boolean): Entry {
  if (value === null || value === undefined) return {};
  if (isDate(value))
    return { value: dateToSerial(value.getTime(), workbook.timeZone), numberFormat: workbook.rules.dateTimeFormat };
  if (typeof value === 'number') return Number.isFinite(value) ? { value } : { value: '#NUM!' };
  if (typeof value === 'boolean') return { value };
  const text = String(value);
  if (text.length > MAX_CELL_CHARS) throw new ScriptException(MESSAGES.cellTooLong);
  const entry = parseTyped(text, workbook.rules, plainText);
  if (entry.formula !== undefined) entry.formula = normalizeFormula(entry.formula);
  return entry;
}

function isGrid(values: unknown): values is unknown[][] {
  return Array.isArray(values) && values.every((row) => Array.isArray(row));
}

function toInt(n: number): number {
  return Math.floor(n);
}

/** What Range.clear and Sheet.clear take. */
export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
}

/**
 * A range of `sheet` after Google's checks of the arguments (whole numbers from 1, inside the sheet), with Google's
 * messages; `method` and `args` name the call in a signature error.
 */
export function gridRange(
  ctx: Context,
  sheet: SheetData,
  [row, column, numRows, numColumns]: [number, number, number, number],
  method: string,
  args: unknown[],
): Range {
  if (args.some((a) => typeof a !== 'number' || Number.isNaN(a))) throw signatureError(method, args);
  const [r, c, nr, nc] = [row, column, numRows, numColumns].map(toInt) as [number, number, number, number];
  if (r < 1) throw new ScriptException(MESSAGES.startRowTooSmall);
  if (c < 1) throw new ScriptException(MESSAGES.startColumnTooSmall);
  if (nr < 1) throw new ScriptException(MESSAGES.numRowsTooSmall);
  if (nc < 1) throw new ScriptException(MESSAGES.numColumnsTooSmall);
  if (r + nr - 1 > sheet.maxRows || c + nc - 1 > sheet.maxColumns) throw new ScriptException(MESSAGES.outsideSheet);
  return new Range(ctx, sheet, r, c, nr, nc);
}

/**
 * The range an A1 reference names (`B2`, `D2:D`, `A:A`, `3:3`, `'Blad 1'!A1:B2`); without a sheet name it is on
 * `sheet`. Not a service method, so the runtime's own lookups are not counted.
 */
export function rangeAtA1(ctx: Context, sheet: SheetData, a1: string): Range {
  const parsed = requireA1(a1);
  const target = parsed.sheetName === undefined ? sheet : ctx.workbook.sheetByName(parsed.sheetName);
  if (!target) throw new ScriptException(MESSAGES.rangeNotFound);
  const single = !splitSheetName(a1).ref.includes(':');
  const startRow = parsed.startRow ?? 1;
  const startColumn = parsed.startColumn ?? 1;
  const endRow = parsed.endRow ?? (parsed.startRow !== undefined && single ? startRow : target.maxRows);
  const endColumn = parsed.endColumn ?? (parsed.startColumn !== undefined && single ? startColumn : target.maxColumns);
  const range = gridRange(
    ctx,
    target,
    [startRow, startColumn, endRow - startRow + 1, endColumn - startColumn + 1],
    'SpreadsheetApp.Sheet.getRange',
    [startRow, startColumn],
  );
  if (parsed.startRow === undefined) range._a1Style = 'columns';
  else if (parsed.startColumn === undefined) range._a1Style = 'rows';
  return range;
}

type StyleKey = keyof CellStyle;

export class Range extends ServiceObject implements Google<Range> {
  static gasName = 'Range';
  declare readonly _google: GoogleAppsScript.Spreadsheet.Range;
  /** Whole columns (`A:C`) and whole rows (`2:3`) keep that form in getA1Notation. */
  _a1Style: 'cells' | 'columns' | 'rows' = 'cells';

  constructor(
    ctx: Context,
    readonly _sheet: SheetData,
    readonly _row: number,
    readonly _column: number,
    readonly _numRows: number,
    readonly _numColumns: number,
  ) {
    super(ctx);
  }

  private get wb(): Workbook {
    return this.ctx.workbook;
  }

  _ref(): GridRef {
    return {
      sheetId: this._sheet.id,
      row: this._row,
      column: this._column,
      numRows: this._numRows,
      numColumns: this._numColumns,
    };
  }

  _cell(r: number, c: number): Cell | undefined {
    return this.wb.cell(this._sheet, r, c);
  }

  _display(r: number, c: number): string {
    const raw = this.wb.rawValue(this._sheet, r, c);
    if (raw === null) return '';
    if (raw instanceof FormulaError) return raw.code;
    return displayValue(raw, this._cell(r, c)?.style?.numberFormat, this.wb.rules);
  }

  private map<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this._row; r < this._row + this._numRows; r++) {
      const line: T[] = [];
      for (let c = this._column; c < this._column + this._numColumns; c++) line.push(fn(r, c));
      out.push(line);
    }
    return out;
  }

  private each(fn: (r: number, c: number) => void): void {
    for (let r = this._row; r < this._row + this._numRows; r++) {
      for (let c = this._column; c < this._column + this._numColumns; c++) fn(r, c);
    }
  }

  /** Throws Google's message when the acting user may not edit a protected part of this range. */
  _assertEditable(): void {
    const user = actingUser(this.ctx);
    for (const p of this._sheet.protections) {
      if (protectionBlocks(p, this._ref(), user, this.ctx.users)) throw new ScriptException(MESSAGES.protectedCell);
    }
  }

  private checkShape(values: unknown, method: string): asserts values is unknown[][] {
    if (!isGrid(values)) throw signatureError(method, [values]);
    if (values.length !== this._numRows) throw new ScriptException(MESSAGES.rowsMismatch(values.length, this._numRows));
    for (const row of values) {
      if (row.length !== this._numColumns)
        throw new ScriptException(MESSAGES.columnsMismatch(row.length, this._numColumns));
    }
  }

  private writeValue(r: number, c: number, value: unknown): void {
    this.wb.writeEntry(this._sheet, r, c, entryFor(value, this.wb, this.wb.isPlainText(this._sheet, r, c)));
  }

  getRow(): number {
    return this._row;
  }

  getRowIndex(): number {
    return this._row;
  }

  getColumn(): number {
    return this._column;
  }

  getNumRows(): number {
    return this._numRows;
  }

  getNumColumns(): number {
    return this._numColumns;
  }

  getHeight(): number {
    return this._numRows;
  }

  getWidth(): number {
    return this._numColumns;
  }

  getLastRow(): number {
    return this._row + this._numRows - 1;
  }

  getLastColumn(): number {
    return this._column + this._numColumns - 1;
  }

  getGridId(): number {
    return this._sheet.id;
  }

  getSheet(): Sheet {
    return new this.ctx.classes.Sheet(this.ctx, this._sheet);
  }

  getA1Notation(): string {
    const lastRow = this._row + this._numRows - 1;
    const lastColumn = this._column + this._numColumns - 1;
    if (this._a1Style === 'columns') return `${columnToLetters(this._column)}:${columnToLetters(lastColumn)}`;
    if (this._a1Style === 'rows') return `${this._row}:${lastRow}`;
    return rangeA1(this._row, this._column, this._numRows, this._numColumns);
  }

  activate(): Range {
    new this.ctx.classes.Spreadsheet(this.ctx).setActiveRange(this);
    return this;
  }

  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numColumns)
      throw new ScriptException(MESSAGES.outsideSheet);
    return new Range(this.ctx, this._sheet, this._row + row - 1, this._column + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return gridRange(
      this.ctx,
      this._sheet,
      [this._row + rowOffset, this._column + columnOffset, numRows ?? this._numRows, numColumns ?? this._numColumns],
      'SpreadsheetApp.Range.offset',
      [
        rowOffset,
        columnOffset,
        ...(numRows === undefined ? [] : [numRows]),
        ...(numColumns === undefined ? [] : [numColumns]),
      ],
    );
  }

  isBlank(): boolean {
    let blank = true;
    this.each((r, c) => {
      const cell = this._cell(r, c);
      if (cell?.value !== undefined || cell?.formula !== undefined) blank = false;
    });
    return blank;
  }

  getValue(): Scalar | Date {
    return this.wb.scriptValue(this._sheet, this._row, this._column);
  }

  getValues(): (Scalar | Date)[][] {
    const lastRow = this.wb.lastRow(this._sheet);
    return this.map((r, c) => (r > lastRow ? '' : this.wb.scriptValue(this._sheet, r, c)));
  }

  getDisplayValue(): string {
    return this._display(this._row, this._column);
  }

  getDisplayValues(): string[][] {
    return this.map((r, c) => this._display(r, c));
  }

  /** Sets every cell; a string starting with `=` becomes a formula, one starting with `'` quoted text. */
  setValue(value: unknown): Range {
    this._assertEditable();
    this.each((r, c) => this.writeValue(r, c, value));
    return this;
  }

  setValues(values: unknown[][]): Range {
    this.checkShape(values, 'SpreadsheetApp.Range.setValues');
    this._assertEditable();
    this.each((r, c) => this.writeValue(r, c, values[r - this._row]?.[c - this._column]));
    return this;
  }

  getFormula(): string {
    return this._cell(this._row, this._column)?.formula ?? '';
  }

  getFormulas(): string[][] {
    return this.map((r, c) => this._cell(r, c)?.formula ?? '');
  }

  setFormula(formula: string): Range {
    this._assertEditable();
    this.each((r, c) => this.writeValue(r, c, formula));
    return this;
  }

  setFormulas(formulas: string[][]): Range {
    this.checkShape(formulas, 'SpreadsheetApp.Range.setFormulas');
    this._assertEditable();
    this.each((r, c) => this.writeValue(r, c, formulas[r - this._row]?.[c - this._column]));
    return this;
  }

  getNote(): string {
    return this._cell(this._row, this._column)?.note ?? '';
  }

  getNotes(): string[][] {
    return this.map((r, c) => this._cell(r, c)?.note ?? '');
  }

  private writeNote(r: number, c: number, note: unknown): void {
    const cell = this.wb.ensureCell(this._sheet, r, c);
    if (note === null || note === undefined || note === '') delete cell.note;
    else cell.note = String(note);
    this.wb.tidy(this._sheet, r, c);
  }

  setNote(note: string | null): Range {
    this.each((r, c) => this.writeNote(r, c, note));
    return this;
  }

  setNotes(notes: (string | null)[][]): Range {
    this.checkShape(notes, 'SpreadsheetApp.Range.setNotes');
    this.each((r, c) => this.writeNote(r, c, notes[r - this._row]?.[c - this._column]));
    return this;
  }

  clearNote(): Range {
    this.each((r, c) => this.writeNote(r, c, null));
    return this;
  }

  private setStyle<K extends StyleKey>(r: number, c: number, key: K, value: CellStyle[K] | undefined): void {
    const cell = this.wb.ensureCell(this._sheet, r, c);
    const style = { ...cell.style };
    if (value === undefined) delete style[key];
    else style[key] = value;
    if (Object.keys(style).length) cell.style = style;
    else delete cell.style;
    this.wb.tidy(this._sheet, r, c);
  }

  private styleAll<K extends StyleKey>(key: K, value: CellStyle[K] | undefined): Range {
    this.each((r, c) => this.setStyle(r, c, key, value));
    return this;
  }

  private styleEach<K extends StyleKey>(
    key: K,
    values: unknown[][],
    convert: (v: unknown) => CellStyle[K] | undefined,
    method: string,
  ): Range {
    this.checkShape(values, method);
    this.each((r, c) => this.setStyle(r, c, key, convert(values[r - this._row]?.[c - this._column])));
    return this;
  }

  private styleOf<K extends StyleKey>(
    key: K,
    fallback: NonNullable<CellStyle[K]>,
    r = this._row,
    c = this._column,
  ): NonNullable<CellStyle[K]> {
    return this._cell(r, c)?.style?.[key] ?? fallback;
  }

  getNumberFormat(): string {
    return this.styleOf('numberFormat', DEFAULT_NUMBER_FORMAT);
  }

  getNumberFormats(): string[][] {
    return this.map((r, c) => this.styleOf('numberFormat', DEFAULT_NUMBER_FORMAT, r, c));
  }

  setNumberFormat(numberFormat: string): Range {
    return this.styleAll('numberFormat', numberFormat);
  }

  setNumberFormats(numberFormats: string[][]): Range {
    return this.styleEach(
      'numberFormat',
      numberFormats,
      (v) => (v === null || v === undefined ? undefined : String(v)),
      'SpreadsheetApp.Range.setNumberFormats',
    );
  }

  getBackground(): string {
    return this.styleOf('background', '#ffffff');
  }

  getBackgrounds(): string[][] {
    return this.map((r, c) => this.styleOf('background', '#ffffff', r, c));
  }

  setBackground(color: string | null): Range {
    return this.styleAll('background', color === null ? undefined : (normalizeColor(color) ?? undefined));
  }

  setBackgrounds(colors: (string | null)[][]): Range {
    return this.styleEach(
      'background',
      colors,
      (v) => (typeof v === 'string' ? (normalizeColor(v) ?? undefined) : undefined),
      'SpreadsheetApp.Range.setBackgrounds',
    );
  }

  getFontColor(): string {
    return this.styleOf('fontColor', '#000000');
  }

  getFontColors(): string[][] {
    return this.map((r, c) => this.styleOf('fontColor', '#000000', r, c));
  }

  setFontColor(color: string | null): Range {
    return this.styleAll('fontColor', color === null ? undefined : (normalizeColor(color) ?? undefined));
  }

  setFontColors(colors: (string | null)[][]): Range {
    return this.styleEach(
      'fontColor',
      colors,
      (v) => (typeof v === 'string' ? (normalizeColor(v) ?? undefined) : undefined),
      'SpreadsheetApp.Range.setFontColors',
    );
  }

  getFontWeight(): 'bold' | 'normal' {
    return this.styleOf('fontWeight', 'normal');
  }

  getFontWeights(): ('bold' | 'normal')[][] {
    return this.map((r, c) => this.styleOf('fontWeight', 'normal', r, c));
  }

  setFontWeight(fontWeight: 'bold' | 'normal' | null): Range {
    return this.styleAll('fontWeight', fontWeight === 'bold' ? 'bold' : undefined);
  }

  setFontWeights(fontWeights: (string | null)[][]): Range {
    return this.styleEach(
      'fontWeight',
      fontWeights,
      (v) => (v === 'bold' ? 'bold' : undefined),
      'SpreadsheetApp.Range.setFontWeights',
    );
  }

  getFontStyle(): 'italic' | 'normal' {
    return this.styleOf('fontStyle', 'normal');
  }

  setFontStyle(fontStyle: 'italic' | 'normal' | null): Range {
    return this.styleAll('fontStyle', fontStyle === 'italic' ? 'italic' : undefined);
  }

  getFontSize(): number {
    return this.styleOf('fontSize', 10);
  }

  setFontSize(size: number): Range {
    return this.styleAll('fontSize', size);
  }

  getFontFamily(): string {
    return this.styleOf('fontFamily', 'Arial');
  }

  setFontFamily(fontFamily: string | null): Range {
    return this.styleAll('fontFamily', fontFamily ?? undefined);
  }

  getWrap(): boolean {
    return this.styleOf('wrap', true);
  }

  getWraps(): boolean[][] {
    return this.map((r, c) => this.styleOf('wrap', true, r, c));
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.styleAll('wrap', isWrapEnabled);
  }

  setWraps(isWrapEnabled: boolean[][]): Range {
    return this.styleEach('wrap', isWrapEnabled, (v) => Boolean(v), 'SpreadsheetApp.Range.setWraps');
  }

  getHorizontalAlignment(): string {
    return this.styleOf('horizontalAlignment', 'general');
  }

  getHorizontalAlignments(): string[][] {
    return this.map((r, c) => this.styleOf('horizontalAlignment', 'general', r, c));
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    return this.styleAll('horizontalAlignment', alignment === null || alignment === 'normal' ? undefined : alignment);
  }

  setHorizontalAlignments(alignments: (string | null)[][]): Range {
    return this.styleEach(
      'horizontalAlignment',
      alignments,
      (v) => (typeof v === 'string' && v !== 'normal' ? v : undefined),
      'SpreadsheetApp.Range.setHorizontalAlignments',
    );
  }

  getVerticalAlignment(): string {
    return this.styleOf('verticalAlignment', 'bottom');
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range {
    return this.styleAll('verticalAlignment', alignment ?? undefined);
  }

  getDataValidation(): DataValidation | null {
    const spec = this._cell(this._row, this._column)?.validation;
    return spec ? new DataValidation(this.ctx, structuredClone(spec)) : null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.map((r, c) => {
      const spec = this._cell(r, c)?.validation;
      return spec ? new DataValidation(this.ctx, structuredClone(spec)) : null;
    });
  }

  /** A custom formula is written for `anchor`, the first cell the rule was set on; other cells shift its references. */
  private writeValidation(
    r: number,
    c: number,
    rule: DataValidation | null | undefined,
    anchor = { row: r, column: c },
  ): void {
    const cell = this.wb.ensureCell(this._sheet, r, c);
    if (rule) {
      cell.validation = structuredClone(rule._spec);
      if (rule._spec.criteria === 'CUSTOM_FORMULA') cell.validation.anchor = anchor;
    } else delete cell.validation;
    this.wb.tidy(this._sheet, r, c);
  }

  /** Sets the rule for every cell (null removes it). Existing values are not checked, as in Sheets. */
  setDataValidation(rule: DataValidation | null): Range {
    this.each((r, c) => this.writeValidation(r, c, rule, { row: this._row, column: this._column }));
    return this;
  }

  setDataValidations(rules: (DataValidation | null)[][]): Range {
    this.checkShape(rules, 'SpreadsheetApp.Range.setDataValidations');
    this.each((r, c) => this.writeValidation(r, c, rules[r - this._row]?.[c - this._column]));
    return this;
  }

  clearDataValidations(): Range {
    this.each((r, c) => this.writeValidation(r, c, null));
    return this;
  }

  /** Adds checkbox validation and sets every cell to false (or the given unchecked value). */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): Range {
    const args = checkedValue === undefined ? [] : [checkedValue as string, (uncheckedValue ?? '') as string];
    this._assertEditable();
    this.each((r, c) => {
      const cell = this.wb.ensureCell(this._sheet, r, c);
      cell.validation = { criteria: 'CHECKBOX', args, allowInvalid: false, helpText: '' };
      this.writeValue(r, c, checkedValue === undefined ? false : (uncheckedValue ?? ''));
    });
    return this;
  }

  /** Removes checkbox rules and clears cells holding a checked or unchecked value. */
  removeCheckboxes(): Range {
    this.each((r, c) => {
      const cell = this._cell(r, c);
      if (cell?.validation?.criteria !== 'CHECKBOX') return;
      const [checked = true, unchecked = false] = cell.validation.args;
      if (cell.value === checked || cell.value === unchecked) delete cell.value;
      delete cell.validation;
      this.wb.tidy(this._sheet, r, c);
    });
    return this;
  }

  private setCheck(checked: boolean): Range {
    this._assertEditable();
    this.each((r, c) => {
      const rule = this._cell(r, c)?.validation;
      if (rule?.criteria !== 'CHECKBOX') return;
      const [on = true, off = false] = rule.args;
      this.writeValue(r, c, checked ? on : off);
    });
    return this;
  }

  check(): Range {
    return this.setCheck(true);
  }

  uncheck(): Range {
    return this.setCheck(false);
  }

  /** true if every checkbox is checked, false if none is, null if mixed or no checkboxes. */
  isChecked(): boolean | null {
    const states: boolean[] = [];
    this.each((r, c) => {
      const cell = this._cell(r, c);
      if (cell?.validation?.criteria !== 'CHECKBOX') return;
      const [on = true] = cell.validation.args;
      states.push(cell.value === on);
    });
    if (states.length === 0) return null;
    if (states.every(Boolean)) return true;
    if (states.every((s) => !s)) return false;
    return null;
  }

  /** Without options: contents and formats (as documented). With options: only the named parts, or everything. */
  clear(options?: ClearOptions): Range {
    const only =
      options && (options.commentsOnly || options.contentsOnly || options.formatOnly || options.validationsOnly);
    const parts = only
      ? {
          contents: !!options.contentsOnly,
          formats: !!options.formatOnly,
          validations: !!options.validationsOnly,
          notes: !!options.commentsOnly,
        }
      : { contents: true, formats: true, validations: options !== undefined, notes: options !== undefined };
    if (parts.contents) this._assertEditable();
    this.each((r, c) => {
      const cell = this._cell(r, c);
      if (!cell) return;
      if (parts.contents) {
        delete cell.value;
        delete cell.formula;
        delete cell.quoted;
      }
      if (parts.formats) delete cell.style;
      if (parts.validations) delete cell.validation;
      if (parts.notes) delete cell.note;
      this.wb.tidy(this._sheet, r, c);
    });
    return this;
  }

  clearContent(): Range {
    return this.clear({ contentsOnly: true });
  }

  clearFormat(): Range {
    return this.clear({ formatOnly: true });
  }

  /** A search of this range's cells (text-finder.ts). */
  createTextFinder(findText: string): TextFinder {
    return new TextFinder(this.ctx, this, String(findText));
  }

  protect(): Protection {
    const id = this.wb.nextIds.protection++;
    this._sheet.protections.push({
      id,
      type: 'RANGE',
      range: this._ref(),
      description: '',
      warningOnly: false,
      editors: null,
      domainEdit: true,
      unprotected: [],
    });
    return new Protection(this.ctx, this._sheet, id);
  }
}

/** Range methods about the range itself (where it is, how big), which read no cell. */
const GEOMETRY = new Set([
  'getA1Notation',
  'getCell',
  'getColumn',
  'getGridId',
  'getHeight',
  'getLastColumn',
  'getLastRow',
  'getNumColumns',
  'getNumRows',
  'getRow',
  'getRowIndex',
  'getSheet',
  'getWidth',
]);
/** Writers whose name does not start with set or clear. */
const OTHER_WRITERS = new Set(['check', 'uncheck', 'insertCheckboxes', 'removeCheckboxes']);
/** Readers whose name does not start with get. */
const OTHER_READERS = new Set(['isBlank', 'isChecked']);

/**
 * A getter hands the script every cell of the range, or the top-left one for the singular form (getValue, getNote…);
 * a setter or clear changes every cell, as Google documents setValue, setNote and setBackground for a range.
 */
function rangeCells(range: Range, method: string): CellTraffic | undefined {
  const size = range._numRows * range._numColumns;
  if (/^(set|clear)/.test(method) || OTHER_WRITERS.has(method)) return { written: size };
  if (OTHER_READERS.has(method)) return { read: size };
  if (!method.startsWith('get') || GEOMETRY.has(method)) return undefined;
  return { read: method.endsWith('s') ? size : 1 };
}

countCalls(Range, rangeCells);
