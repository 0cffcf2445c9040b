// A1 addresses the add-on and the preview build: column letters, a quoted sheet name, a cell, a block, a column block.
// The local Apps Script runtime parses A1 with its own code on purpose: it stands for Google, so an address this file
// builds wrongly is refused there instead of being read back by the same mistake.

export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

function quotedSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** `'Mål'!A2:L`: columns 1..width from `firstRow` to the sheet's last row. */
export function columnsA1(sheetName: string, width: number, firstRow: number, firstColumn = 1): string {
  return `${quotedSheetName(sheetName)}!${columnLetters(firstColumn)}${firstRow}:${columnLetters(firstColumn + width - 1)}`;
}

/** `'Logg'!B5:D9`: a block of `numRows` × `numColumns` cells from (row, column). */
export function blockA1(sheetName: string, row: number, column: number, numRows: number, numColumns: number): string {
  const end = `${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
  return `${quotedSheetName(sheetName)}!${columnLetters(column)}${row}:${end}`;
}

/** `'Mål'!C2`: one cell. */
export function cellA1(sheetName: string, row: number, column: number): string {
  return `${quotedSheetName(sheetName)}!${columnLetters(column)}${row}`;
}
