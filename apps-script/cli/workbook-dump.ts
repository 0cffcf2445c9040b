// A faithful dump of every sheet as the board sees it: formula-bar cells, typed values, and validation ranges.

import { columnToLetters } from '../local/a1.ts';
import type { Runtime } from '../local/index.ts';
import type { ValidationSpec } from '../local/model.ts';

export type DumpCell = string | number | boolean;

export interface ValidationDump {
  /** A1 range on the sheet; open-ended (`D2:D`) when the rule runs to the sheet's last row. */
  range: string;
  type: string;
  values: DumpCell[];
}

export interface SheetDump {
  name: string;
  headers: DumpCell[];
  /** Data rows below the header. */
  rows: DumpCell[][];
  validations: ValidationDump[];
}

/** Short, stable names for Google's DataValidationCriteria; a dropdown from a range is a list like any other. */
const VALIDATION_TYPES: Partial<Record<ValidationSpec['criteria'], string>> = {
  VALUE_IN_LIST: 'list',
  VALUE_IN_RANGE: 'list',
  TEXT_IS_VALID_URL: 'url',
  TEXT_IS_VALID_EMAIL: 'email',
  DATE_IS_VALID_DATE: 'date',
  CUSTOM_FORMULA: 'formula',
  CHECKBOX: 'checkbox',
};

function validationType(spec: ValidationSpec): string {
  return VALIDATION_TYPES[spec.criteria] ?? spec.criteria.toLowerCase();
}

/** The values a rule allows or compares with; a dropdown's show-arrow flag is presentation, not a value. */
function validationValues(runtime: Runtime, spec: ValidationSpec, timeZone: string): DumpCell[] {
  const dropdown = spec.criteria === 'VALUE_IN_LIST' || spec.criteria === 'VALUE_IN_RANGE';
  return spec.args.flatMap((arg): DumpCell[] => {
    if (typeof arg !== 'object') return dropdown && typeof arg === 'boolean' ? [] : [arg];
    if ('list' in arg) return arg.list;
    if ('date' in arg) return [isoWallClock(new Date(arg.date), timeZone)];
    const sheet = runtime.workbook.sheetById(arg.range.sheetId);
    if (!sheet) return [];
    const { row, column, numRows, numColumns } = arg.range;
    const values = runtime.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(sheet.name)
      ?.getRange(row, column, numRows, numColumns)
      .getDisplayValues();
    return (values ?? []).flat().filter((value) => value !== '');
  });
}

/** ISO 8601 wall-clock time in the spreadsheet's zone: a date alone when it falls on midnight. */
function isoWallClock(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}:${parts.second}`;
  return time === '00:00:00' ? day : `${day}T${time}`;
}

function cellForDump(value: unknown, formulaBar: string, timeZone: string): DumpCell {
  if (formulaBar.startsWith('=') || formulaBar.startsWith("'")) return formulaBar;
  if (value instanceof Date) return isoWallClock(value, timeZone);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return formulaBar;
}

function validationRuns(runtime: Runtime, sheetName: string, timeZone: string): ValidationDump[] {
  const sheet = runtime.workbook.sheetByName(sheetName);
  if (!sheet) return [];
  const runs: ValidationDump[] = [];
  const width = Math.max(0, ...sheet.rows.map((row) => row?.length ?? 0));
  for (let column = 1; column <= width; column++) {
    let start = 0;
    let key = '';
    let spec: ValidationSpec | undefined;
    const close = (end: number) => {
      if (!spec) return;
      const letters = columnToLetters(column);
      const range = end >= sheet.maxRows ? `${letters}${start}:${letters}` : `${letters}${start}:${letters}${end}`;
      runs.push({ range, type: validationType(spec), values: validationValues(runtime, spec, timeZone) });
    };
    for (let row = 1; row <= sheet.maxRows; row++) {
      const current = sheet.rows[row - 1]?.[column - 1]?.validation;
      const currentKey = current ? JSON.stringify(current) : '';
      if (currentKey === key) continue;
      close(row - 1);
      start = row;
      key = currentKey;
      spec = current;
    }
    close(sheet.maxRows);
  }
  return runs;
}

export function dumpWorkbook(runtime: Runtime): SheetDump[] {
  const timeZone = runtime.workbook.timeZone;
  return runtime.workbook.sheets.map((sheet) => {
    const bars = runtime.formulaBars(sheet.name);
    const values = runtime.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(sheet.name)
      ?.getDataRange()
      .getValues() as unknown[][];
    const cells = bars.map((row, r) => row.map((bar, c) => cellForDump(values[r]?.[c], bar, timeZone)));
    const isEmpty = cells.length === 1 && cells[0]?.every((cell) => cell === '');
    return {
      name: sheet.name,
      headers: isEmpty ? [] : (cells[0] ?? []),
      rows: cells.slice(1),
      validations: validationRuns(runtime, sheet.name, timeZone),
    };
  });
}
