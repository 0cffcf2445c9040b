// Kopplingar: created seeded with what the plan's words suggest, edited by the board, read for every snapshot.
import { ACTION_KINDS } from '../../../shared/model/action.ts';
import { PAGE_TYPES } from '../../../shared/model/page.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { columnsA1 } from '../../../shared/sheets/a1.ts';
import { ACTIVITIES } from '../../../shared/sheets/columns.ts';
import { CONNECTIONS } from '../../../shared/sheets/web-app-sheets.ts';
import { deriveSuggestions } from '../../../shared/suggest.ts';
import { type ConnectionRow, suggestionRows } from '../../../shared/webapp/suggestions.ts';
import { CONNECTIONS_TEXT, sv } from '../messages.ts';
import { PLAN_COLUMNS, planListA1 } from '../register/plan-store.ts';
import { type Book, insertSheetWithHeader, readRows, writeRows } from '../register/sheet-io.ts';

function listRule(values: readonly string[]) {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...values], true)
    .setAllowInvalid(false)
    .build();
}

function rangeRule(book: Book, a1: string) {
  return SpreadsheetApp.newDataValidation().requireValueInRange(book.getRange(a1), true).setAllowInvalid(true).build();
}

/** Creates Kopplingar when it is missing, one row per page type and per action kind, with dropdowns. */
export function ensureConnectionsSheet(book: Book, plan: Plan): void {
  if (book.getSheetByName(CONNECTIONS.name)) return;
  const { sheet, header } = insertSheetWithHeader(book, CONNECTIONS.name, CONNECTIONS.headers);
  header.setNote(sv(CONNECTIONS_TEXT.headerNote));
  const rows = suggestionRows(deriveSuggestions(plan));
  writeRows(
    sheet,
    2,
    rows.map((row) => CONNECTIONS.toCells(row)),
    CONNECTIONS.width,
  );
  // Dropdowns on the seeded rows (every page type and kind has one); a row the board adds is read all the same.
  const column = (key: (typeof CONNECTIONS.keys)[number]) => sheet.getRange(2, CONNECTIONS.column(key), rows.length, 1);
  column('page').setDataValidation(listRule(PAGE_TYPES.map((page) => page.sv)));
  column('kind').setDataValidation(listRule(ACTION_KINDS.map((kind) => kind.sv)));
  column('subgoal').setDataValidation(rangeRule(book, planListA1(PLAN_COLUMNS.subgoals)));
  column('activity').setDataValidation(rangeRule(book, columnsA1(ACTIVITIES.name, 1, 2, ACTIVITIES.column('id'))));
}

/** The board's rows as text (none when the sheet is missing): one getRange, one getValues. */
export function readConnectionRows(book: Book): ConnectionRow[] {
  let values: unknown[][];
  try {
    values = readRows(book, CONNECTIONS.name, CONNECTIONS.width, 2);
  } catch {
    return [];
  }
  return values.flatMap((cells) => {
    const row = CONNECTIONS.read(cells);
    return row.success ? [row.data] : [];
  });
}
