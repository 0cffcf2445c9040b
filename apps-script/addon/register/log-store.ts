// Logg in the workbook: appending logged actions in one write, reading its rows in one read, finding ids by a search.
import type { Action } from '../../../shared/model/action.ts';
import { columnsA1 } from '../../../shared/sheets/a1.ts';
import { cellText } from '../../../shared/sheets/cells.ts';
import { LOG } from '../../../shared/sheets/columns.ts';
import { LOG_SOURCES } from '../../../shared/sheets/labels.ts';
import { actionToLogRow } from '../../../shared/sheets/log-rows.ts';
import { appendRows, type Book, readRows, type Sheet } from './sheet-io.ts';

/** Every Logg row below the header, in sheet order (sheet row = index + 2). Two calls. */
export function readLog(book: Book): unknown[][] {
  return readRows(book, LOG.name, LOG.width, 2);
}

/** Logg, which the web app appends to. */
export function logSheet(book: Book): Sheet {
  const sheet = book.getSheetByName(LOG.name);
  if (!sheet) throw new Error(`Bladet ${LOG.name} saknas.`);
  return sheet;
}

/**
 * Which of these ids Logg already holds, lower-cased, for idempotent appends. One search of the ID column (Sheets
 * searches, so nothing of a long Logg comes back to the script) tells whether any is there; only on a retry of an
 * action already stored is the column read to learn which. Four calls, five on a retry. The ids are uuids (the web app
 * checked them), so they need no escaping in the pattern.
 */
export function findLoggedIds(book: Book, ids: readonly string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const column = book.getRange(columnsA1(LOG.name, 1, 2, LOG.column('id')));
  // Anchored, so only a whole cell matches; case-insensitive unless matchCase(true), so an id typed in capitals too.
  const found = column
    .createTextFinder(`^(?:${ids.join('|')})$`)
    .useRegularExpression(true)
    .findAll();
  if (found.length === 0) return new Set();
  const wanted = new Set(ids.map((id) => id.toLowerCase()));
  const logged = new Set<string>();
  for (const [id] of column.getValues()) {
    const text = cellText(id).toLowerCase();
    if (wanted.has(text)) logged.add(text);
  }
  return logged;
}

/**
 * Appends actions below the last Logg row: one action with appendRow (which also grows the sheet), several in one
 * write; either way the calls do not depend on how long Logg is. `source` is the Källa label, by default the web
 * app's. The caller holds the script lock when several writers may append at once.
 */
export function appendActions(sheet: Sheet, actions: readonly Action[], source: string = LOG_SOURCES.webapp.sv): void {
  if (actions.length === 0) return;
  const rows = actions.map((action) => actionToLogRow(action, source));
  const [only] = rows;
  if (rows.length === 1 && only) sheet.appendRow(only);
  else appendRows(sheet, rows, LOG.width);
}
