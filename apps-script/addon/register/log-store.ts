// Logg in the workbook: appending logged actions in one write, reading its rows and its ids in one read each.
import type { Action } from '../../../shared/model/action.ts';
import { columnsA1 } from '../../../shared/sheets/a1.ts';
import { LOG } from '../../../shared/sheets/columns.ts';
import { LOG_SOURCES } from '../../../shared/sheets/labels.ts';
import { actionToLogRow } from '../../../shared/sheets/log-rows.ts';
import { appendRows, type Book, readRows } from './sheet-io.ts';

/** Background of a Logg cell Granska registret (or a re-import) found a problem in. */
export const FLAG_COLOR = '#f4cccc';

/** Every Logg row below the header, in sheet order (sheet row = index + 2). Two calls. */
export function readLog(book: Book): unknown[][] {
  return readRows(book, LOG.name, LOG.width, 2);
}

/** Every id in Logg, lower-cased, for idempotent appends. Two calls. */
export function readLoggedIds(book: Book): Set<string> {
  const ids = book.getRange(columnsA1(LOG.name, 1, 2, LOG.column('id'))).getValues();
  const set = new Set<string>();
  for (const [id] of ids) if (id !== '' && id !== null && id !== undefined) set.add(String(id).toLowerCase());
  return set;
}

/**
 * Appends actions below the last Logg row: one action with appendRow (which also grows the sheet), several in one
 * write; either way the calls do not depend on how long Logg is. `source` is the Källa label, by default the web
 * app's. The caller holds the script lock when several writers may append at once.
 */
export function appendActions(book: Book, actions: readonly Action[], source: string = LOG_SOURCES.webapp.sv): void {
  if (actions.length === 0) return;
  const sheet = book.getSheetByName(LOG.name);
  if (!sheet) throw new Error(`Bladet ${LOG.name} saknas.`);
  const rows = actions.map((action) => actionToLogRow(action, source));
  const [only] = rows;
  if (rows.length === 1 && only) sheet.appendRow(only);
  else appendRows(sheet, rows, LOG.width);
}
