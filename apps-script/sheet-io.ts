// Batched sheet access: whole column blocks in one getValues or setValues, so a command's service calls stay the same
// however many rows a sheet has.
import type { CellValue } from '../shared/sheets/cells.ts';
import { cellText } from '../shared/sheets/cells.ts';

export type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;

export function activeBook(): Book {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** `'Mål'!A2:L`: columns 1..width from `firstRow` to the sheet's last row. */
export function columnsA1(sheetName: string, width: number, firstRow: number, firstColumn = 1): string {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  return `${quoted}!${columnLetters(firstColumn)}${firstRow}:${columnLetters(firstColumn + width - 1)}`;
}

/** Drops the blank rows at the bottom (whole-column reads return the sheet's empty rows too). */
export function withoutTrailingBlankRows(values: unknown[][]): unknown[][] {
  let end = values.length;
  while (end > 0 && (values[end - 1] ?? []).every((cell) => cellText(cell) === '')) end -= 1;
  return values.slice(0, end);
}

/** Rows `firstRow`… of columns 1..width, without the blank rows at the bottom: one getRange, one getValues. */
export function readRows(book: Book, sheetName: string, width: number, firstRow: number): unknown[][] {
  return withoutTrailingBlankRows(book.getRange(columnsA1(sheetName, width, firstRow)).getValues());
}

/** The whole used block of a sheet, header included; for sheets whose width varies (Partiföreningar). */
export function readUsed(sheet: Sheet): unknown[][] {
  return withoutTrailingBlankRows(sheet.getDataRange().getValues());
}

/** Pads rows with blank rows to `height`, so rewriting a block that shrank also clears its old bottom rows. */
export function padRows(rows: CellValue[][], height: number, width: number): CellValue[][] {
  const padded = rows.map((row) =>
    row.length < width ? [...row, ...Array<CellValue>(width - row.length).fill('')] : row,
  );
  while (padded.length < height) padded.push(Array<CellValue>(width).fill(''));
  return padded;
}

/** Writes a block at (row, 1) in one call; returns its range (for notes and colours) or null when there is nothing. */
export function writeRows(sheet: Sheet, firstRow: number, rows: CellValue[][], width: number): Range | null {
  if (rows.length === 0) return null;
  const range = sheet.getRange(firstRow, 1, rows.length, width);
  range.setValues(rows);
  return range;
}

/** A matrix of one value, the shape setNotes and setBackgrounds take. */
export function matrix<T>(height: number, width: number, value: T): T[][] {
  return Array.from({ length: height }, () => Array<T>(width).fill(value));
}
