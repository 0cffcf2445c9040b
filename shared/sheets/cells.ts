// What a spreadsheet cell holds, and the conversions every sheet read and write goes through.

/** A value as getValues returns it and setValues accepts it. */
export type CellValue = string | number | boolean | Date;

/** Dates may come from another realm (the vm context of the local runtime), so `instanceof Date` is not enough. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that would start a formula (or a DDE payload when exported to CSV) gets a leading apostrophe, so Sheets stores it
 * as plain text. Every string the add-on writes from plan or user text goes through here.
 */
export function neutraliseCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
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
