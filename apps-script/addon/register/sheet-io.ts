// Batched sheet access: whole column blocks in one getValues or setValues, so a command's service calls stay the same
// however many rows a sheet has.
import { columnsA1 } from '../../../shared/sheets/a1.ts';
import type { CellValue } from '../../../shared/sheets/cells.ts';
import { cellText } from '../../../shared/sheets/cells.ts';

export type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;

export function activeBook(): Book {
  return SpreadsheetApp.getActiveSpreadsheet();
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

/** Adds rows and columns so the sheet reaches `rows` × `columns` (a new sheet has 1000 × 26). */
function growSheet(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * The range of a block starting at column 1. Sheets refuses a range past the sheet's edge, so the sheet grows first
 * when needed; asking first would cost two calls on every write, failing first costs them only when it grows.
 */
function blockRange(sheet: Sheet, firstRow: number, height: number, width: number): Range {
  try {
    return sheet.getRange(firstRow, 1, height, width);
  } catch {
    growSheet(sheet, firstRow + height - 1, width);
    return sheet.getRange(firstRow, 1, height, width);
  }
}

/** The same for a block named by sheet name, without fetching the sheet unless it has to grow. */
export function bookBlockRange(book: Book, sheetName: string, firstRow: number, height: number, width: number): Range {
  const a1 = `${columnsA1(sheetName, width, firstRow)}${firstRow + height - 1}`;
  try {
    return book.getRange(a1);
  } catch (error) {
    const sheet = book.getSheetByName(sheetName);
    if (!sheet) throw error;
    growSheet(sheet, firstRow + height - 1, width);
    return book.getRange(a1);
  }
}

/**
 * Writes a block at (row, 1) in one call; returns its range (for notes and colours) or null when there is nothing.
 * Number formats, when given, are set first, so a text cell formatted as plain text keeps its words as written.
 */
export function writeRows(
  sheet: Sheet,
  firstRow: number,
  rows: CellValue[][],
  width: number,
  numberFormats?: string[][],
): Range | null {
  if (rows.length === 0) return null;
  const range = blockRange(sheet, firstRow, rows.length, width);
  if (numberFormats) range.setNumberFormats(numberFormats);
  range.setValues(rows);
  return range;
}

/** Appends a block below the sheet's last row with content. */
export function appendRows(sheet: Sheet, rows: CellValue[][], width: number): Range | null {
  return writeRows(sheet, sheet.getLastRow() + 1, rows, width);
}

/** A new sheet with its header row written in bold and frozen, as every sheet the add-on makes starts; returns the
 * sheet and the header's range (for a note on it). */
export function insertSheetWithHeader(
  book: Book,
  name: string,
  headers: readonly string[],
): { sheet: Sheet; header: Range } {
  const sheet = book.insertSheet(name);
  const header = sheet.getRange(1, 1, 1, headers.length);
  header.setValues([[...headers]]);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);
  return { sheet, header };
}

/** A matrix of one value, the shape setNotes and setBackgrounds take. */
export function matrix<T>(height: number, width: number, value: T): T[][] {
  return Array.from({ length: height }, () => Array<T>(width).fill(value));
}
