// SpreadsheetApp, Spreadsheet, Sheet and Range with Google's documented behaviour: 1-based coordinates, Sheets' value
// rules (strings are interpreted like typed input), Google's error messages, and protections enforced for the user.

import { cellA1, columnToLetters, quoteSheetName, rangeA1, requireA1, splitSheetName } from '../a1.ts';
import { EmbeddedChart, EmbeddedChartBuilder } from '../charts.ts';
import { normalizeColor } from '../colors.ts';
import { ConditionalFormatRule, ConditionalFormatRuleBuilder } from '../conditional-format.ts';
import { actingUser, type Context, ServiceObject } from '../context.ts';
import { countCalls } from '../counters.ts';
import { MESSAGES, ScriptException, signatureError } from '../errors.ts';
import { FormulaError, normalizeFormula, type StructuralChange } from '../formula.ts';
import {
  BOOLEAN_CRITERIA,
  type Cell,
  type CellStyle,
  DATA_VALIDATION_CRITERIA,
  type GridRef,
  PROTECTION_TYPES,
} from '../model.ts';
import { Protection, protectionBlocks } from '../protection.ts';
import { Ui } from '../ui.ts';
import { DataValidation, DataValidationBuilder } from '../validation.ts';
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

const MAX_CELL_CHARS = 50000;

function enumOf<T extends string>(names: readonly T[]): Readonly<Record<T, T>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<T, T>);
}

export const DataValidationCriteria = enumOf(DATA_VALIDATION_CRITERIA);
export const BooleanCriteria = enumOf(BOOLEAN_CRITERIA);
export const ProtectionType = enumOf(PROTECTION_TYPES);

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

export class SpreadsheetApp extends ServiceObject {
  static gasName = 'SpreadsheetApp';
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly ProtectionType = ProtectionType;

  getActive(): Spreadsheet {
    return new Spreadsheet(this.ctx);
  }

  getActiveSpreadsheet(): Spreadsheet {
    return new Spreadsheet(this.ctx);
  }

  getActiveSheet(): Sheet {
    return new Sheet(this.ctx, this.ctx.workbook.activeSheet());
  }

  getActiveRange(): Range {
    return new Spreadsheet(this.ctx)._activeRange();
  }

  /** Opens the one spreadsheet this runtime holds; any other id is unknown here. */
  openById(id: string): Spreadsheet {
    if (id !== this.ctx.workbook.id)
      throw new ScriptException(
        `Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
      );
    return new Spreadsheet(this.ctx);
  }

  openByUrl(url: string): Spreadsheet {
    if (!url.includes(this.ctx.workbook.id))
      throw new ScriptException(
        `Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.`,
      );
    return new Spreadsheet(this.ctx);
  }

  getUi(): Ui {
    if (this.ctx.execution.kind !== 'ui') throw new ScriptException(MESSAGES.noUi);
    return new Ui(this.ctx);
  }

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx);
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx);
  }

  /** Writes are applied immediately here, so there is nothing pending to flush. */
  flush(): void {}
}

export class Spreadsheet extends ServiceObject {
  static gasName = 'Spreadsheet';

  private get wb(): Workbook {
    return this.ctx.workbook;
  }

  _activeRange(): Range {
    const active = this.activeRangeRef;
    const sheet = active && this.wb.sheetById(active.sheetId);
    if (active && sheet)
      return new Range(this.ctx, sheet, active.row, active.column, active.numRows, active.numColumns);
    return new Range(this.ctx, this.wb.activeSheet(), 1, 1, 1, 1);
  }

  private get activeRangeRef(): GridRef | undefined {
    return activeRanges.get(this.ctx);
  }

  getId(): string {
    return this.wb.id;
  }

  getName(): string {
    return this.wb.name;
  }

  rename(newName: string): void {
    this.wb.name = newName;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.wb.id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    return this.wb.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.wb.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    return this.wb.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.wb.locale = locale;
  }

  getOwner(): User {
    return new User(this.ctx, this.ctx.users.owner);
  }

  getEditors(): User[] {
    return this.ctx.users.editors.map((email) => new User(this.ctx, email));
  }

  getSheets(): Sheet[] {
    return this.wb.sheets.map((s) => new Sheet(this.ctx, s));
  }

  getNumSheets(): number {
    return this.wb.sheets.length;
  }

  getSheetByName(name: string): Sheet | null {
    const sheet = this.wb.sheetByName(name);
    return sheet ? new Sheet(this.ctx, sheet) : null;
  }

  getSheetById(id: number): Sheet | null {
    const sheet = this.wb.sheetById(id);
    return sheet ? new Sheet(this.ctx, sheet) : null;
  }

  getActiveSheet(): Sheet {
    return new Sheet(this.ctx, this.wb.activeSheet());
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.wb.activeSheetId = sheet._data.id;
    activeRanges.delete(this.ctx);
    return sheet;
  }

  getActiveRange(): Range {
    return this._activeRange();
  }

  setActiveRange(range: Range): Range {
    this.wb.activeSheetId = range._sheet.id;
    activeRanges.set(this.ctx, range._ref());
    return range;
  }

  /**
   * insertSheet(), insertSheet(sheetIndex), insertSheet(sheetName), insertSheet(sheetName, sheetIndex):
   * the index is 0-based; the new sheet becomes the active one.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    let name: string | undefined;
    let at: number | undefined;
    if (typeof nameOrIndex === 'number') at = nameOrIndex;
    else if (typeof nameOrIndex === 'string') name = nameOrIndex;
    else if (nameOrIndex !== undefined)
      throw signatureError('SpreadsheetApp.Spreadsheet.insertSheet', [nameOrIndex, index]);
    if (typeof index === 'number') at = index;
    if (name === undefined) {
      const base = this.wb.locale === 'sv_SE' ? 'Blad' : 'Sheet';
      let n = this.wb.sheets.length + 1;
      while (this.wb.sheetByName(`${base}${n}`)) n++;
      name = `${base}${n}`;
    }
    if (this.wb.sheets.some((s) => s.name.toLowerCase() === (name as string).toLowerCase())) {
      throw new ScriptException(MESSAGES.sheetExists(name));
    }
    const sheet = this.wb.addSheet(name, at);
    this.wb.activeSheetId = sheet.id;
    return new Sheet(this.ctx, sheet);
  }

  deleteSheet(sheet: Sheet): void {
    if (this.wb.sheets.length <= 1) throw new ScriptException(MESSAGES.removeAllSheets);
    this.wb.removeSheet(sheet._data);
  }

  /** `Sheet1!A1:B2`, or A1 notation on the active sheet. */
  getRange(a1Notation: string): Range {
    if (typeof a1Notation !== 'string') throw signatureError('SpreadsheetApp.Spreadsheet.getRange', [a1Notation]);
    return rangeAtA1(this.ctx, this.wb.activeSheet(), a1Notation);
  }

  getRangeByName(name: string): Range | null {
    const named = this.wb.namedRanges.find((n) => n.name === name);
    const sheet = named && this.wb.sheetById(named.range.sheetId);
    if (!named || !sheet) return null;
    const { row, column, numRows, numColumns } = named.range;
    return new Range(this.ctx, sheet, row, column, numRows, numColumns);
  }

  setNamedRange(name: string, range: Range): void {
    this.wb.namedRanges = this.wb.namedRanges.filter((n) => n.name !== name);
    this.wb.namedRanges.push({ name, range: range._ref() });
  }

  removeNamedRange(name: string): void {
    this.wb.namedRanges = this.wb.namedRanges.filter((n) => n.name !== name);
  }

  getNamedRanges(): NamedRange[] {
    return this.wb.namedRanges.map((n) => new NamedRange(this.ctx, n.name));
  }

  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.ctx.ui.record({
      kind: 'toast',
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}

/** The active range is per runtime and not saved, as a selection is not part of a spreadsheet's content. */
const activeRanges = new WeakMap<Context, GridRef>();

export class NamedRange extends ServiceObject {
  static gasName = 'NamedRange';

  constructor(
    ctx: Context,
    private name: string,
  ) {
    super(ctx);
  }

  private spec() {
    const spec = this.ctx.workbook.namedRanges.find((n) => n.name === this.name);
    if (!spec) throw new ScriptException(MESSAGES.rangeNotFound);
    return spec;
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): NamedRange {
    this.spec().name = name;
    this.name = name;
    return this;
  }

  getRange(): Range {
    const { range } = this.spec();
    const sheet = this.ctx.workbook.sheetById(range.sheetId) as SheetData;
    return new Range(this.ctx, sheet, range.row, range.column, range.numRows, range.numColumns);
  }

  setRange(range: Range): NamedRange {
    this.spec().range = range._ref();
    return this;
  }

  remove(): void {
    this.ctx.workbook.namedRanges = this.ctx.workbook.namedRanges.filter((n) => n.name !== this.name);
  }
}

export class User extends ServiceObject {
  static gasName = 'User';

  constructor(
    ctx: Context,
    private readonly email: string,
  ) {
    super(ctx);
  }

  getEmail(): string {
    return this.email;
  }
}

interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
}

export class Sheet extends ServiceObject {
  static gasName = 'Sheet';

  constructor(
    ctx: Context,
    readonly _data: SheetData,
  ) {
    super(ctx);
  }

  private get wb(): Workbook {
    return this.ctx.workbook;
  }

  _range(row: number, column: number, numRows: number, numColumns: number, method: string, args: unknown[]): Range {
    if (args.some((a) => typeof a !== 'number' || Number.isNaN(a))) throw signatureError(method, args);
    const [r, c, nr, nc] = [row, column, numRows, numColumns].map(toInt) as [number, number, number, number];
    if (r < 1) throw new ScriptException(MESSAGES.startRowTooSmall);
    if (c < 1) throw new ScriptException(MESSAGES.startColumnTooSmall);
    if (nr < 1) throw new ScriptException(MESSAGES.numRowsTooSmall);
    if (nc < 1) throw new ScriptException(MESSAGES.numColumnsTooSmall);
    if (r + nr - 1 > this._data.maxRows || c + nc - 1 > this._data.maxColumns)
      throw new ScriptException(MESSAGES.outsideSheet);
    return new Range(this.ctx, this._data, r, c, nr, nc);
  }

  getName(): string {
    return this._data.name;
  }

  getSheetName(): string {
    return this._data.name;
  }

  setName(name: string): Sheet {
    const clash = this.wb.sheets.find((s) => s !== this._data && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new ScriptException(MESSAGES.sheetExists(name));
    this.wb.renameSheet(this._data, name);
    return this;
  }

  getSheetId(): number {
    return this._data.id;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this.wb.sheets.indexOf(this._data) + 1;
  }

  getParent(): Spreadsheet {
    return new Spreadsheet(this.ctx);
  }

  activate(): Sheet {
    this.wb.activeSheetId = this._data.id;
    return this;
  }

  /**
   * getRange(a1Notation) incl. open-ended `D2:D`, `A:A`, `3:3`; getRange(row, column[, numRows[, numColumns]]).
   */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    const method = 'SpreadsheetApp.Sheet.getRange';
    if (typeof rowOrA1 === 'string' && column === undefined) return rangeAtA1(this.ctx, this._data, rowOrA1);
    const args: unknown[] = [rowOrA1, column, numRows, numColumns];
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    if (args.length < 2) throw signatureError(method, args);
    return this._range(rowOrA1 as number, column as number, numRows ?? 1, numColumns ?? 1, method, args);
  }

  getDataRange(): Range {
    return new Range(
      this.ctx,
      this._data,
      1,
      1,
      Math.max(1, this.wb.lastRow(this._data)),
      Math.max(1, this.wb.lastColumn(this._data)),
    );
  }

  getLastRow(): number {
    return this.wb.lastRow(this._data);
  }

  getLastColumn(): number {
    return this.wb.lastColumn(this._data);
  }

  getMaxRows(): number {
    return this._data.maxRows;
  }

  getMaxColumns(): number {
    return this._data.maxColumns;
  }

  /** Writes after the last row with content, growing the sheet as Sheets does. */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents)) throw signatureError('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    const row = this.wb.lastRow(this._data) + 1;
    if (rowContents.length === 0) return this;
    if (row > this._data.maxRows) this._data.maxRows = row;
    if (rowContents.length > this._data.maxColumns) this._data.maxColumns = rowContents.length;
    const range = new Range(this.ctx, this._data, row, 1, 1, rowContents.length);
    range._assertEditable();
    rowContents.forEach((value, i) => {
      this.wb.writeEntry(this._data, row, i + 1, entryFor(value, this.wb, this.wb.isPlainText(this._data, row, i + 1)));
    });
    return this;
  }

  private change(axis: 'row' | 'column', at: number, delta: number): void {
    this.wb.applyStructuralChange(this._data, { sheet: this._data.name, axis, at, delta } satisfies StructuralChange);
  }

  private checkRows(at: number, count: number, inserting: boolean): void {
    const limit = inserting ? this._data.maxRows + 1 : this._data.maxRows;
    if (at < 1 || count < 1 || (inserting ? at > limit : at + count - 1 > limit))
      throw new ScriptException('Those rows are out of bounds.');
  }

  private checkColumns(at: number, count: number, inserting: boolean): void {
    const limit = inserting ? this._data.maxColumns + 1 : this._data.maxColumns;
    if (at < 1 || count < 1 || (inserting ? at > limit : at + count - 1 > limit)) {
      throw new ScriptException('Those columns are out of bounds.');
    }
  }

  /** Inserts blank rows before rowIndex. */
  insertRows(rowIndex: number, numRows = 1): void {
    this.checkRows(rowIndex, numRows, true);
    this.change('row', rowIndex, numRows);
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.checkRows(beforePosition, howMany, true);
    this.change('row', beforePosition, howMany);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.checkRows(afterPosition + 1, howMany, true);
    this.change('row', afterPosition + 1, howMany);
    return this;
  }

  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.checkRows(rowPosition, howMany, false);
    if (this._data.maxRows - howMany <= this._data.frozenRows) throw new ScriptException(MESSAGES.deleteAllRows);
    this.change('row', rowPosition, -howMany);
  }

  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.checkColumns(columnIndex, numColumns, true);
    this.change('column', columnIndex, numColumns);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.checkColumns(beforePosition, howMany, true);
    this.change('column', beforePosition, howMany);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.checkColumns(afterPosition + 1, howMany, true);
    this.change('column', afterPosition + 1, howMany);
    return this;
  }

  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.checkColumns(columnPosition, howMany, false);
    if (this._data.maxColumns - howMany <= this._data.frozenColumns)
      throw new ScriptException(MESSAGES.deleteAllColumns);
    this.change('column', columnPosition, -howMany);
  }

  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  private whole(): Range {
    return new Range(this.ctx, this._data, 1, 1, this._data.maxRows, this._data.maxColumns);
  }

  /** Clears content and formatting; with options, only what they name (all of it when none is set). */
  clear(options?: ClearOptions): Sheet {
    this.whole().clear(options);
    return this;
  }

  clearContents(): Sheet {
    this.whole().clearContent();
    return this;
  }

  clearFormats(): Sheet {
    this.whole().clearFormat();
    return this;
  }

  clearNotes(): Sheet {
    this.whole().clearNote();
    return this;
  }

  setFrozenRows(rows: number): void {
    this._data.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this._data.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this._data.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this._data.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this._data.columnWidths[String(columnPosition)] = width;
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._data.columnWidths[String(c)] = width;
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this._data.columnWidths[String(columnPosition)] ?? 100;
  }

  setRowHeight(rowPosition: number, height: number): Sheet {
    this._data.rowHeights[String(rowPosition)] = height;
    return this;
  }

  getRowHeight(rowPosition: number): number {
    return this._data.rowHeights[String(rowPosition)] ?? 21;
  }

  /** Fits columns to their longest displayed text (an estimate of Sheets' font metrics: 7px a character plus padding). */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    const lastRow = this.wb.lastRow(this._data);
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 1; r <= lastRow; r++) {
        const text = new Range(this.ctx, this._data, r, c, 1, 1)._display(r, c);
        longest = Math.max(longest, ...text.split('\n').map((line) => line.length));
      }
      this._data.columnWidths[String(c)] = longest === 0 ? 100 : longest * 7 + 10;
    }
    return this;
  }

  autoResizeColumn(columnPosition: number): Sheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  hideSheet(): Sheet {
    if (this.wb.sheets.filter((s) => !s.hidden && s !== this._data).length === 0) {
      throw new ScriptException("You can't hide all the sheets in a document.");
    }
    this._data.hidden = true;
    return this;
  }

  showSheet(): Sheet {
    this._data.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this._data.hidden;
  }

  setTabColor(color: string | null): Sheet {
    this._data.tabColor = color === null ? null : normalizeColor(color);
    return this;
  }

  getTabColor(): string | null {
    return this._data.tabColor;
  }

  /** A sheet protection; a second call returns the existing one, as a sheet has at most one. */
  protect(): Protection {
    const existing = this._data.protections.find((p) => p.type === 'SHEET');
    if (existing) return new Protection(this.ctx, this._data, existing.id);
    const id = this.wb.nextIds.protection++;
    this._data.protections.push({
      id,
      type: 'SHEET',
      range: {
        sheetId: this._data.id,
        row: 1,
        column: 1,
        numRows: this._data.maxRows,
        numColumns: this._data.maxColumns,
      },
      description: '',
      warningOnly: false,
      editors: null,
      domainEdit: true,
      unprotected: [],
    });
    return new Protection(this.ctx, this._data, id);
  }

  getProtections(type: string): Protection[] {
    return this._data.protections
      .filter((p) => p.type === String(type))
      .map((p) => new Protection(this.ctx, this._data, p.id));
  }

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.ctx);
  }

  insertChart(chart: EmbeddedChart): void {
    const spec = { ...chart._spec, id: this.wb.nextIds.chart++ };
    this._data.charts.push(spec);
  }

  updateChart(chart: EmbeddedChart): void {
    const at = this._data.charts.findIndex((c) => c.id === chart._spec.id);
    if (at < 0) throw new ScriptException('The chart does not exist on this sheet.');
    this._data.charts[at] = { ...chart._spec };
  }

  getCharts(): EmbeddedChart[] {
    return this._data.charts.map((c) => new EmbeddedChart(this.ctx, { ...c }));
  }

  removeChart(chart: EmbeddedChart): void {
    this._data.charts = this._data.charts.filter((c) => c.id !== chart._spec.id);
  }

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this._data.conditionalFormats = rules.map((r) => structuredClone(r._spec));
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this._data.conditionalFormats.map((spec) => new ConditionalFormatRule(this.ctx, structuredClone(spec)));
  }
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
  const range = new Sheet(ctx, target)._range(
    startRow,
    startColumn,
    endRow - startRow + 1,
    endColumn - startColumn + 1,
    'SpreadsheetApp.Sheet.getRange',
    [startRow, startColumn],
  );
  if (parsed.startRow === undefined) range._a1Style = 'columns';
  else if (parsed.startColumn === undefined) range._a1Style = 'rows';
  return range;
}

type StyleKey = keyof CellStyle;

export class Range extends ServiceObject {
  static gasName = 'Range';
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
    return new Sheet(this.ctx, this._sheet);
  }

  getA1Notation(): string {
    const lastRow = this._row + this._numRows - 1;
    const lastColumn = this._column + this._numColumns - 1;
    if (this._a1Style === 'columns') return `${columnToLetters(this._column)}:${columnToLetters(lastColumn)}`;
    if (this._a1Style === 'rows') return `${this._row}:${lastRow}`;
    return rangeA1(this._row, this._column, this._numRows, this._numColumns);
  }

  activate(): Range {
    new Spreadsheet(this.ctx).setActiveRange(this);
    return this;
  }

  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numColumns)
      throw new ScriptException(MESSAGES.outsideSheet);
    return new Range(this.ctx, this._sheet, this._row + row - 1, this._column + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return new Sheet(this.ctx, this._sheet)._range(
      this._row + rowOffset,
      this._column + columnOffset,
      numRows ?? this._numRows,
      numColumns ?? this._numColumns,
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

  getFontWeight(): string {
    return this.styleOf('fontWeight', 'normal');
  }

  getFontWeights(): string[][] {
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

  getFontStyle(): string {
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

/** `'Blad 1'!B2` for messages and dumps. */
export function describeCell(sheet: SheetData, row: number, column: number): string {
  return `${quoteSheetName(sheet.name)}!${cellA1(row, column)}`;
}

for (const cls of [SpreadsheetApp, Spreadsheet, Sheet, Range, NamedRange, User]) countCalls(cls);
