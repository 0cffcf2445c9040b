// Simple onEdit trigger: stamps Senast ändrad on Aktiviteter rows a person edits, and gives hand-typed Logg rows an
// id and a source so they can be told apart from logged ones.
import { type CellValue, cellText, exportSafeCellText } from '../../shared/sheets/cells.ts';
import { ACTIVITIES, LOG } from '../../shared/sheets/columns.ts';
import { LOG_SOURCES } from '../../shared/sheets/labels.ts';

type Edit = GoogleAppsScript.Events.SheetsOnEdit;

function stampChanged(edit: Edit, first: number, count: number): void {
  const changedColumn = ACTIVITIES.column('changedAt');
  const column = edit.range.getColumn();
  // An edit of the stamp column alone is the stamp being corrected: leave it.
  if (column === changedColumn && edit.range.getNumColumns() === 1) return;
  const now = new Date();
  edit.range
    .getSheet()
    .getRange(first, changedColumn, count, 1)
    .setValues(Array.from({ length: count }, () => [now]));
}

/** A Källa or ID cell written back as it was: its formula if it has one, its text as text (Logg is exported). */
function writtenBack(value: unknown, formula: string): CellValue {
  if (formula !== '') return formula;
  return typeof value === 'string' ? exportSafeCellText(value) : (value as CellValue);
}

function identifyTypedRows(edit: Edit, first: number, count: number): void {
  const sheet = edit.range.getSheet();
  const range = sheet.getRange(first, 1, count, LOG.width);
  const rows = range.getValues();
  const [source, id] = [LOG.index('source'), LOG.index('id')];
  const needsId = rows.map(
    (cells) => cells.slice(0, source).some((cell) => cellText(cell) !== '') && cellText(cells[id]) === '',
  );
  if (!needsId.includes(true)) return;
  // Rows that already have an id are written back unchanged, so their formulas must be read too.
  const formulas = range.getFormulas();
  const stamped = rows.map((cells, at) => {
    const formula = (column: number) => formulas[at]?.[column] ?? '';
    if (!needsId[at]) return [writtenBack(cells[source], formula(source)), writtenBack(cells[id], formula(id))];
    const typedSource =
      cellText(cells[source]) === '' ? LOG_SOURCES.manual.sv : writtenBack(cells[source], formula(source));
    return [typedSource, Utilities.getUuid()];
  });
  sheet.getRange(first, source + 1, count, 2).setValues(stamped);
}

export function onEdit(edit: Edit): void {
  if (!edit?.range) return;
  const name = edit.range.getSheet().getName();
  if (name !== ACTIVITIES.name && name !== LOG.name) return;
  const top = edit.range.getRow();
  const first = Math.max(2, top);
  const count = top + edit.range.getNumRows() - first;
  if (count <= 0) return;
  if (name === ACTIVITIES.name) stampChanged(edit, first, count);
  else identifyTypedRows(edit, first, count);
}
