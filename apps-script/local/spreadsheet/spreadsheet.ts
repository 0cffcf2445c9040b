// Spreadsheet: the workbook as a script sees it: name, locale, time zone, sheets, named ranges, active range, toasts.

import { type Context, rangesAt, ServiceObject } from '../context.ts';
import { countCalls } from '../counters.ts';
import { MESSAGES, ScriptException, signatureError } from '../errors.ts';
import type { Google } from '../google.ts';
import type { GridRef } from '../model.ts';
import { User } from '../user.ts';
import type { Workbook } from '../workbook.ts';
import { NamedRange } from './named-range.ts';
import { Range, rangeAtA1 } from './range.ts';
import { Sheet } from './sheet.ts';

/** The active range is per runtime and not saved, as a selection is not part of a spreadsheet's content. */
const activeRanges = new WeakMap<Context, GridRef>();

/** insertSheet takes no options: sheet templates are not supported. */
export class Spreadsheet extends ServiceObject implements Google<Spreadsheet, 'insertSheet'> {
  static gasName = 'Spreadsheet';
  declare readonly _google: GoogleAppsScript.Spreadsheet.Spreadsheet;

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
    return (named && rangesAt(this.ctx, [named.range])[0]) ?? null;
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

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.ctx.ui.record({
      kind: 'toast',
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}

countCalls(Spreadsheet);
