// Partiföreningar rows ↔ Branch: a fixed name and Zetkin-id column, then one column per role the plan's coverage targets name.
import type { Action } from '../model/action.ts';
import { type Branch, roleHeader } from '../model/branch.ts';
import { dayReader, dayToIso, isoDateToDay, yearSpan } from '../model/calendar.ts';
import type { Plan } from '../model/plan.ts';
import { planRoles } from '../model/plan-index.ts';
import { cellText } from './cells.ts';
import { BRANCHES } from './columns.ts';
import { APPOINTED } from './labels.ts';

function headerRole(header: string): string {
  return header.toLowerCase();
}

/**
 * The header row for the current plan: the fixed columns, every role column the sheet already has (a role the plan
 * dropped keeps its column and what the board typed in it), then the plan's new roles.
 */
export function branchHeaders(plan: Plan, existingHeader: readonly unknown[]): string[] {
  const fixed = new Set<string>(BRANCHES.headers);
  const existing = existingHeader.map(cellText).filter((header) => header !== '' && !fixed.has(header));
  const known = new Set(existing.map(headerRole));
  const added = planRoles(plan)
    .filter((role) => !known.has(role))
    .map(roleHeader);
  return [...BRANCHES.headers, ...existing, ...added];
}

/** The partiföreningar from the whole sheet (header row first); rows without a name are skipped. */
export function readBranches(values: readonly (readonly unknown[])[]): Branch[] {
  const [header = [], ...rows] = values;
  const headers = header.map(cellText);
  const fixed = new Set<string>(BRANCHES.headers);
  const nameAt = headers.indexOf(BRANCHES.columns.name.header);
  const zetkinAt = headers.indexOf(BRANCHES.columns.zetkinId.header);
  const roleColumns = headers.flatMap((title, at) =>
    title !== '' && !fixed.has(title) ? [[headerRole(title), at] as const] : [],
  );
  const branches: Branch[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const name = cellText(row[nameAt]);
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    const zetkinId = cellText(row[zetkinAt]);
    branches.push({
      id: name,
      name,
      roles: Object.fromEntries(roleColumns.map(([role, at]) => [role, cellText(row[at])])),
      ...(zetkinId ? { zetkinSubOrgId: zetkinId } : {}),
    });
  }
  return branches;
}

/** A member's Ansvarig utsedd: which of the plan's roles their branch filled, and on which day (ISO). */
export type Appointment = { branch: string; role: string; day: string };
/** A Partiföreningar cell to write: 0-based row (header row 0) and column of the sheet's values, and its text. */
export type BranchCellFill = { row: number; column: number; text: string };

/**
 * Every Ansvarig utsedd that names a role and a partiförening, logged in the plan year up to `asOf` (ISO day): the
 * same window every figure counts in.
 */
export function loggedAppointments(actions: readonly Action[], year: number, asOf: string): Appointment[] {
  const readDay = dayReader();
  const span = yearSpan(year);
  const last = Math.min(span.last, isoDateToDay(asOf));
  return actions.flatMap((action) => {
    if (action.kind !== 'role.appointed' || action.role === undefined || !action.branch) return [];
    const day = readDay(action.at);
    return day >= span.first && day <= last ? [{ branch: action.branch, role: action.role, day: dayToIso(day) }] : [];
  });
}

/**
 * The role cells members' appointments fill: a branch's empty cell for the role gets "Utsedd" and the day of the
 * earliest appointment (no person's name: the board types one if it wants). A cell the board filled is never
 * touched, nor is a branch or role the sheet does not have. `values` is the whole sheet, header row first.
 */
export function appointmentFills(
  values: readonly (readonly unknown[])[],
  appointments: readonly Appointment[],
): BranchCellFill[] {
  const [header = [], ...rows] = values;
  const nameAt = header.map(cellText).indexOf(BRANCHES.columns.name.header);
  const fixed = new Set<string>(BRANCHES.headers);
  const roleAt = new Map<string, number>();
  header.forEach((title, at) => {
    const text = cellText(title);
    if (text !== '' && !fixed.has(text) && !roleAt.has(headerRole(text))) roleAt.set(headerRole(text), at);
  });
  const rowOf = new Map<string, number>();
  rows.forEach((row, at) => {
    const name = cellText(row[nameAt]).toLowerCase();
    if (name !== '' && !rowOf.has(name)) rowOf.set(name, at + 1);
  });
  const earliest = new Map<string, BranchCellFill>();
  for (const appointment of appointments) {
    const row = rowOf.get(appointment.branch.trim().toLowerCase());
    const column = roleAt.get(headerRole(appointment.role));
    if (row === undefined || column === undefined || cellText(values[row]?.[column]) !== '') continue;
    const key = `${row}:${column}`;
    const text = `${APPOINTED.sv} ${appointment.day}`;
    const known = earliest.get(key);
    if (!known || text < known.text) earliest.set(key, { row, column, text });
  }
  return [...earliest.values()];
}

/** The sheet's values with the fills written in, so every figure counts the appointments at once. */
export function withFills(values: readonly (readonly unknown[])[], fills: readonly BranchCellFill[]): unknown[][] {
  const copy = values.map((row) => [...row]);
  for (const fill of fills) {
    const row = copy[fill.row];
    if (row) row[fill.column] = fill.text;
  }
  return copy;
}
