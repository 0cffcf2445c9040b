// Errors shaped like Apps Script's: services throw `Exception` with Google's own English message texts.

/** What Apps Script V8 throws from a service call: `e.name === 'Exception'`, `String(e) === 'Exception: <message>'`. */
export class ScriptException extends Error {
  override name = 'Exception';
}

export const MESSAGES = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  rangeNotFound: 'Range not found',
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  removeAllSheets: "You can't remove all the sheets in a document.",
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  noUi: 'Cannot call SpreadsheetApp.getUi() from this context.',
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  noHtmlFile: (name: string) => `No HTML file named ${name} was found.`,
  documentMissing: "Document is missing (perhaps it was deleted, or you don't have read access?)",
  signature: (types: string, method: string) =>
    `The parameters (${types}) don't match the method signature for ${method}.`,
  /** As Apps Script words it: one scope bare, alternatives as `(a || b)`, then the pointer to Google's help. */
  permission: (method: string, scopes: readonly string[]) =>
    `You do not have permission to call ${method}. Required permissions: ${
      scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`
    }. For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is`,
  executionTime: 'Exceeded maximum execution time',
} as const;

/** Google's name for an argument's type in "parameters (...) don't match" messages. */
function gasTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return 'Object[]';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'Date';
  const ctor = (value as { constructor?: { gasName?: string } }).constructor;
  return ctor?.gasName ?? 'Object';
}

export function signatureError(method: string, args: readonly unknown[]): ScriptException {
  return new ScriptException(MESSAGES.signature(args.map(gasTypeName).join(','), method));
}
