// What a spreadsheet cell holds, and the conversions every sheet read and write goes through.

/** A value as getValues returns it and setValues accepts it. */
export type CellValue = string | number | boolean | Date;

/** Dates may come from another realm (the vm context of the local runtime), so `instanceof Date` is not enough. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

/**
 * What starts a formula in Sheets, Excel or LibreOffice, or a DDE payload when a CSV is opened (OWASP, "CSV
 * Injection"): = + - @, tab and carriage return, and the full-width ＝ ＋ － ＠ that some spreadsheet programs read as
 * the same.
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * What to write into a cell for the text to be stored as it is: text that would start a formula, or that starts with
 * the apostrophe Sheets takes as its text mark (and drops), gets a leading apostrophe, so Sheets stores it as plain
 * text. Every string the add-on writes goes through here or through exportSafeCellText.
 */
export function neutraliseCellText(text: string): string {
  return FORMULA_START.test(text) || text.startsWith("'") ? `'${text}` : text;
}

/**
 * The same for sheets whose values leave as CSV (Logg and its archives, Rapport). An export drops the apostrophe that
 * marks a cell as text, so text that would start a formula is stored with an apostrophe of its own in front (written
 * `''=…`, shown `'=…`), which a CSV keeps and a spreadsheet opening it shows as text, as OWASP advises. cellText drops
 * that apostrophe again when Målkoll reads the cell.
 */
export function exportSafeCellText(text: string): string {
  return FORMULA_START.test(text) ? `''${text}` : neutraliseCellText(text);
}

/** Any cell as trimmed text: empty cells are '', dates are ISO days, the neutralising apostrophe is dropped. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return value.toISOString().slice(0, 10);
  const text = String(value).trim();
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** A number from a number cell or typed text ("3", "2,5"); null for an empty cell; NaN for anything else. */
export function cellNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  const text = cellText(value);
  if (text === '') return null;
  if (!/^[-+]?\d+([.,]\d+)?$/.test(text)) return Number.NaN;
  return Number(text.replace(',', '.'));
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A point in time from a date cell or typed text; null for an empty cell, an invalid Date for anything else.
 * A bare day ("2024-03-05") becomes noon UTC, which is that same day in Stockholm all year round.
 */
export function cellInstant(value: unknown): Date | null {
  if (isDate(value)) return new Date(value.getTime());
  const text = cellText(value);
  if (text === '') return null;
  const day = ISO_DAY.exec(text);
  if (day) {
    const date = new Date(`${text}T12:00:00Z`);
    return date.toISOString().slice(0, 10) === text ? date : new Date(Number.NaN);
  }
  return ISO_INSTANT.test(text) ? new Date(text) : new Date(Number.NaN);
}
