// Sheet: one tab's size, rows and columns, layout, protections, charts and conditional format rules.

import { EmbeddedChart, EmbeddedChartBuilder } from '../charts.ts';
import { normalizeColor } from '../colors.ts';
import { ConditionalFormatRule } from '../conditional-format.ts';
import { type Context, ServiceObject } from '../context.ts';
import { type CellTraffic, countCalls } from '../counters.ts';
import { MESSAGES, ScriptException, signatureError } from '../errors.ts';
import type { StructuralChange } from '../formula.ts';
import type { Google } from '../google.ts';
import type { ProtectionSpec } from '../model.ts';
import { Protection } from '../protection.ts';
import type { SheetData, Workbook } from '../workbook.ts';
import { type ClearOptions, entryFor, gridRange, Range, rangeAtA1 } from './range.ts';
import type { Spreadsheet } from './spreadsheet.ts';
import { TextFinder } from './text-finder.ts';

export class Sheet extends ServiceObject implements Google<Sheet> {
  static gasName = 'Sheet';
  declare readonly _google: GoogleAppsScript.Spreadsheet.Sheet;

  constructor(
    ctx: Context,
    readonly _data: SheetData,
  ) {
    super(ctx);
  }

  private get wb(): Workbook {
    return this.ctx.workbook;
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
    return new this.ctx.classes.Spreadsheet(this.ctx);
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
    return gridRange(
      this.ctx,
      this._data,
      [rowOrA1 as number, column as number, numRows ?? 1, numColumns ?? 1],
      method,
      args,
    );
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

  /** A search of every cell of the sheet (text-finder.ts). */
  createTextFinder(findText: string): TextFinder {
    return new TextFinder(this.ctx, this.whole(), String(findText));
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

  getProtections(type: ProtectionSpec['type']): Protection[] {
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

/** appendRow writes the cells it is given; clearing the sheet changes every cell of it. */
function sheetCells(sheet: Sheet, method: string, args: unknown[]): CellTraffic | undefined {
  if (method === 'appendRow') return { written: Array.isArray(args[0]) ? args[0].length : 0 };
  if (method.startsWith('clear')) return { written: sheet._data.maxRows * sheet._data.maxColumns };
  return undefined;
}

countCalls(Sheet, sheetCells);
