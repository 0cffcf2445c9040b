// Logg rows ↔ Action: writing a logged action as a row, and reading (and checking) a row someone may have typed by hand.

import { Action, ActionInput, actionKindLabel } from '../model/action.ts';
import { checkActionDraft, findSubgoal, indexPlan, type PlanIndex } from '../model/action-rules.ts';
import type { Plan } from '../model/plan.ts';
import { type CellValue, cellInstant, cellNumber, cellText } from './cells.ts';
import { LOG, type SheetKey } from './columns.ts';

export type LogKey = SheetKey<typeof LOG.columns>;
/** A problem with one cell of a Logg row, in Swedish, for the cell's note. */
export type CellProblem = { key: LogKey; message: string };
export type ReadLogRow = { action: Action | undefined; problems: CellProblem[] };

/**
 * The row for a logged action; `source` is the Källa label (see LOG_SOURCES). Typ shows the kind's Swedish label, as
 * the dropdown offers it; reading takes the label, the id or the English label alike.
 */
export function actionToLogRow(action: Action, source: string): CellValue[] {
  return LOG.toCells({
    at: new Date(action.at),
    member: action.member,
    branch: action.branch,
    subgoal: action.subgoal,
    activity: action.activity,
    kind: actionKindLabel(action.kind),
    quantity: action.quantity,
    url: action.url,
    category: action.category,
    note: action.note,
    role: action.role,
    source,
    id: action.id,
  });
}

/** What a hand-typed row is checked against, built once per read of the whole sheet. */
export type LogContext = { index: PlanIndex; now: Date };

export function logContext(plan: Plan, now: Date): LogContext {
  return { index: indexPlan(plan), now };
}

const UUID = ActionInput.shape.id;

/** Rows typed by hand have no id until someone edits them in the sheet; their row number stands in for one. */
function rowUuid(rowNumber: number): string {
  return `00000000-0000-4000-8000-${String(rowNumber).padStart(12, '0')}`;
}

/** True when a Delmål cell is filled in but names no delmål of the plan. */
export function isUnknownSubgoal(cell: unknown, context: LogContext): boolean {
  const text = cellText(cell);
  return text !== '' && !findSubgoal(context.index, text);
}

/**
 * Reads one Logg row (cells in LOG column order) into an Action, or says what is wrong with each cell. `rowNumber` is
 * the 1-based sheet row, used as the id of a row that has none.
 */
export function readLogRow(cells: readonly unknown[], rowNumber: number, context: LogContext): ReadLogRow {
  const cell = (key: LogKey) => cells[LOG.index(key)];
  const text = (key: LogKey) => cellText(cell(key));
  const checked = checkActionDraft(
    {
      at: cellInstant(cell('at')),
      member: text('member'),
      branch: text('branch'),
      subgoal: text('subgoal'),
      activity: text('activity'),
      kind: text('kind'),
      quantity: cellNumber(cell('quantity')),
      url: text('url'),
      category: text('category'),
      note: text('note'),
      role: text('role'),
    },
    context.index,
    context.now,
    { memberRequired: true },
  );
  const problems: CellProblem[] = checked.problems.map(({ field, message }) => ({ key: field, message }));
  const id = text('id');
  if (id !== '' && !UUID.safeParse(id).success) {
    problems.push({ key: 'id', message: 'ID är skadat. Töm cellen så får raden ett nytt.' });
  }
  if (problems.length > 0 || !checked.fields) return { action: undefined, problems };
  const { branch, ...fields } = checked.fields;
  const parsed = Action.safeParse({
    ...fields,
    id: id === '' ? rowUuid(rowNumber) : id.toLowerCase(),
    ...(branch === '' ? {} : { branch }),
  });
  if (parsed.success) return { action: parsed.data, problems };
  // The rules cover the schema; should they ever disagree, the row is flagged rather than counted.
  return { action: undefined, problems: [{ key: 'id', message: 'Raden kan inte läsas. Skriv om den.' }] };
}

/** Every Logg row of a sheet (data rows, starting at sheet row `firstRow`) read into actions and problems. */
export function readLogRows(rows: readonly (readonly unknown[])[], firstRow: number, context: LogContext) {
  const actions: Action[] = [];
  const invalid: { rowNumber: number; problems: CellProblem[] }[] = [];
  rows.forEach((cells, at) => {
    if (cells.every((value) => cellText(value) === '')) return;
    const rowNumber = firstRow + at;
    const read = readLogRow(cells, rowNumber, context);
    if (read.action) actions.push(read.action);
    else invalid.push({ rowNumber, problems: read.problems });
  });
  return { actions, invalid };
}
