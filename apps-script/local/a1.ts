// A1 notation: column letters, cell and range references as Sheets writes and reads them.

import { MESSAGES, ScriptException } from './errors.ts';

export function columnToLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A parsed A1 range. Missing bounds mean "to the edge of the sheet" (e.g. `D2:D`, `A:A`, `3:3`). */
export interface A1Range {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parsePart(part: string): { row?: number; column?: number } | null {
  const m = CELL.exec(part);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const out: { row?: number; column?: number } = {};
  if (m[1] !== undefined) out.column = lettersToColumn(m[1]);
  if (m[2] !== undefined) {
    const row = Number(m[2]);
    if (row < 1) return null;
    out.row = row;
  }
  return out;
}

/** Splits `'My sheet'!A1:B2` / `Sheet1!A1` into sheet name and reference. */
export function splitSheetName(a1: string): { sheetName?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

/** Parses A1 notation; returns null where Sheets would say "Range not found". */
function parseA1(a1: string): A1Range | null {
  const { sheetName, ref } = splitSheetName(a1.trim());
  const parts = ref.split(':');
  if (parts.length > 2 || parts[0] === undefined) return null;
  const first = parsePart(parts[0]);
  if (!first) return null;
  const second = parts[1] === undefined ? first : parsePart(parts[1]);
  if (!second) return null;
  if (parts.length === 1 && (first.row === undefined || first.column === undefined)) return null;
  const range: A1Range = {};
  if (sheetName !== undefined) range.sheetName = sheetName;
  const rows = [first.row, second.row].filter((r): r is number => r !== undefined);
  const cols = [first.column, second.column].filter((c): c is number => c !== undefined);
  // A row-only start with a column end (or vice versa) such as `1:A` is not a range.
  if (rows.length === 0 && cols.length === 0) return null;
  if (first.row !== undefined && first.column === undefined && second.column !== undefined) return null;
  if (first.column !== undefined && first.row === undefined && second.row !== undefined) return null;
  // `D2:D` keeps its start row but is open at the bottom: only a bound given at both ends closes it.
  if (rows.length > 0) {
    range.startRow = Math.min(...rows);
    if (rows.length === 2) range.endRow = Math.max(...rows);
  }
  if (cols.length > 0) {
    range.startColumn = Math.min(...cols);
    if (cols.length === 2) range.endColumn = Math.max(...cols);
  }
  return range;
}

export function requireA1(a1: string): A1Range {
  const parsed = parseA1(a1);
  if (!parsed) throw new ScriptException(MESSAGES.rangeNotFound);
  return parsed;
}

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

export function rangeA1(row: number, column: number, numRows: number, numColumns: number): string {
  if (numRows === 1 && numColumns === 1) return cellA1(row, column);
  return `${cellA1(row, column)}:${cellA1(row + numRows - 1, column + numColumns - 1)}`;
}

/** Quotes a sheet name for a reference the way Sheets does (`'Min flik'!A1`). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** `'Blad 1'!B2`, for messages and dumps. */
export function describeCell(sheetName: string, row: number, column: number): string {
  return `${quoteSheetName(sheetName)}!${cellA1(row, column)}`;
}
