// Målkoll → Uppdatera utfall: recomputes Utfall, Framsteg, Status and Prognos of every Mål row from Logg,
// Partiföreningar and Mätvärden, and writes the roles members logged as appointed into Partiföreningar.

import { formatCount } from '../../../shared/format.ts';
import { computeProgress } from '../../../shared/report/progress.ts';
import { cellA1, columnLetters } from '../../../shared/sheets/a1.ts';
import { type CellValue, cellText, isDate, neutraliseCellText } from '../../../shared/sheets/cells.ts';
import { BRANCHES, GOALS } from '../../../shared/sheets/columns.ts';
import { goalRows } from '../../../shared/sheets/plan-rows.ts';
import { COMMON, MENU, RESULTS, say, sv, UPGRADE } from '../messages.ts';
import { addRoleColumns } from '../register/branch-columns.ts';
import { writeMerged } from '../register/plan-sheets.ts';
import { saveRecordedTargets } from '../register/plan-store.ts';
import { upgradeRegister } from '../register/setup.ts';
import { activeBook, type Book } from '../register/sheet-io.ts';
import { readWorkbookInput, type WorkbookInput } from '../register/workbook-input.ts';
import { runFromMenu } from '../ui.ts';
import { withTheirInput } from '../user-error.ts';
import type { MenuItem } from './menu-item.ts';

export const UPDATE_RESULTS_ITEM: MenuItem = { label: MENU.updateResults, handler: 'menuUpdateResults' };

export type UpdateResultsOptions = { asOf?: string };

/** A cell read back for rewriting: its formula if it has one, else its value, text neutralised once more. */
function rewritable(value: unknown, formula: string): CellValue {
  if (formula !== '') return formula;
  if (typeof value === 'number' || typeof value === 'boolean' || isDate(value)) return value;
  return neutraliseCellText(cellText(value));
}

/**
 * Writes the appointed roles into Partiföreningar in one block over the rows and columns they span; the block's other
 * cells go back as they were (a formula as its formula). Three calls, none when nothing is filled.
 */
function writeAppointments(book: Book, { values, fills }: WorkbookInput['branchSheet']): void {
  if (fills.length === 0) return;
  const rows = fills.map((fill) => fill.row);
  const columns = fills.map((fill) => fill.column);
  const [top, bottom] = [Math.min(...rows), Math.max(...rows)];
  const [left, right] = [Math.min(...columns), Math.max(...columns)];
  const range = book.getRange(`${cellA1(BRANCHES.name, top + 1, left + 1)}:${columnLetters(right + 1)}${bottom + 1}`);
  const formulas = range.getFormulas();
  const text = new Map(fills.map((fill) => [`${fill.row}:${fill.column}`, fill.text]));
  range.setValues(
    formulas.map((line, r) =>
      line.map((formula, c) => text.get(`${top + r}:${left + c}`) ?? rewritable(values[top + r]?.[left + c], formula)),
    ),
  );
}

/** Recomputes the Mål sheet as of `asOf` (default today, Stockholm); returns the Swedish summary. */
export function updateResults(options: UpdateResultsOptions = {}): { message: string } {
  const book = activeBook();
  const workbook = readWorkbookInput(book, options.asOf);
  const { input, skipped, goals } = workbook;
  const upgraded = upgradeRegister(book, workbook.storedPlan, goals.header);
  const merged = goalRows(
    workbook.storedPlan,
    goals.rows,
    withTheirInput(() => computeProgress(input)),
    goals.board,
  );
  writeMerged(book, GOALS.name, GOALS.width, goals.rows.length, merged, goals.board.problems);
  saveRecordedTargets(book, goals.board.plan, goals.board.rows.size);
  writeAppointments(book, workbook.branchSheet);
  // A coverage target the board added in Mål for a role the plan does not name gets its column to fill in.
  const roleColumns = addRoleColumns(book, goals.board.plan, workbook.branchSheet.values[0] ?? []);
  const lines = [say(RESULTS.done, { count: merged.rows.length - merged.removed.length })];
  const corrections = [...goals.board.rows.values()];
  const counted = corrections.filter((row) => row.state === 'counted').length;
  const struck = corrections.filter((row) => row.state === 'struck').length;
  if (counted + struck > 0) lines.push(say(RESULTS.corrections, { counted, struck }));
  const unreadable = corrections.length - counted - struck;
  if (unreadable > 0) lines.push(say(RESULTS.unreadable, { count: unreadable }));
  const appointed = workbook.branchSheet.fills.length;
  if (appointed > 0) lines.push(say(RESULTS.appointed, { roles: formatCount(appointed, 'roll', 'roller') }));
  if (roleColumns.length > 0) lines.push(say(RESULTS.roleColumns, { columns: roleColumns.join(', ') }));
  if (upgraded) lines.push(sv(UPGRADE.done));
  if (skipped > 0) lines.push(say(COMMON.skippedRows, { count: skipped }));
  return { message: lines.join('\n') };
}

export function menuUpdateResults(): void {
  runFromMenu(() => updateResults().message);
}
