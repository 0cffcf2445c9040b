// The imported plan, kept in the hidden sheet `_plan` so every command can recompute without the plan text.
//
// Decision: a hidden sheet, not document properties. A property value holds at most 9 KB and all properties 500 KB,
// while a cell holds 50,000 characters and a sheet millions of cells. Column A holds the plan's JSON in chunks of at
// most 45,000 characters; the other columns hold the lists the dropdowns of Logg and Mätvärden read
// (requireValueInRange), so a re-import updates every dropdown by rewriting this one block.

import { Plan } from '../../../shared/model/plan.ts';
import { planCategories, planRoles, planTargets } from '../../../shared/model/plan-index.ts';
import { isRecordedTarget } from '../../../shared/model/target.ts';
import { columnLetters, columnsA1 } from '../../../shared/sheets/a1.ts';
import type { CellValue } from '../../../shared/sheets/cells.ts';
import { PLAN_SHEET } from '../../../shared/sheets/columns.ts';
import { SHEET_NOTES, sv } from '../messages.ts';
import { type Book, type Sheet, writeRows } from './sheet-io.ts';

const CHUNK_LENGTH = 45_000;
/** A chunk starting with one of these would be read by Sheets as a formula or a signed number. */
const UNSAFE_START = /^[=+\-@]/;

export const PLAN_COLUMNS = {
  json: 1,
  subgoals: 2,
  categories: 3,
  recordedTargets: 4,
  roles: 5,
} as const;
const WIDTH = Object.keys(PLAN_COLUMNS).length;

/** `'_plan'!B2:B`: a list column, for data validation ranges. */
export function planListA1(column: (typeof PLAN_COLUMNS)[keyof typeof PLAN_COLUMNS]): string {
  return columnsA1(PLAN_SHEET, 1, 2, column);
}

function chunks(json: string): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < json.length) {
    let end = Math.min(json.length, start + CHUNK_LENGTH);
    while (end < json.length && end > start + 1 && UNSAFE_START.test(json.charAt(end))) end -= 1;
    parts.push(json.slice(start, end));
    start = end;
  }
  return parts;
}

/** The `_plan` block: a header row, then the JSON chunks and the dropdown lists side by side. */
function planSheetRows(plan: Plan): CellValue[][] {
  const columns: string[][] = [
    chunks(JSON.stringify(plan)),
    plan.areas.flatMap((area) => area.subgoals.map((subgoal) => subgoal.id)),
    planCategories(plan),
    planTargets(plan)
      .filter(isRecordedTarget)
      .map((target) => target.id),
    planRoles(plan),
  ];
  const height = Math.max(...columns.map((column) => column.length));
  const headers = [
    SHEET_NOTES.planJson,
    SHEET_NOTES.planSubgoals,
    SHEET_NOTES.planCategories,
    SHEET_NOTES.planRecordedTargets,
    SHEET_NOTES.planRoles,
  ];
  const rows: CellValue[][] = [headers.map(sv)];
  for (let at = 0; at < height; at++) rows.push(columns.map((column) => column[at] ?? ''));
  return rows;
}

/** Replaces the stored plan: clear, then one write (the sheet's text format keeps ids and JSON as typed). */
export function savePlan(sheet: Sheet, plan: Plan): void {
  sheet.clearContents();
  writeRows(sheet, 1, planSheetRows(plan), WIDTH);
}

/** Set once when `_plan` is created: hidden, and plain text so no chunk or id is read as a number or a date. */
export function formatPlanSheet(sheet: Sheet): void {
  sheet.getRange(`A:${columnLetters(WIDTH)}`).setNumberFormat('@');
  sheet.hideSheet();
}

/** The stored plan, or null when none was imported (or `_plan` was tampered with). Two calls. */
export function loadPlan(book: Book): Plan | null {
  let values: unknown[][];
  try {
    values = book.getRange(columnsA1(PLAN_SHEET, 1, 2)).getValues();
  } catch {
    return null;
  }
  const json = values.map((row) => (row[0] === null || row[0] === undefined ? '' : String(row[0]))).join('');
  if (json === '') return null;
  try {
    const parsed = Plan.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
