// Partiföreningar's role columns: one per role the plan's coverage targets name, the board's own added in Mål included,
// so a role a correction asks for has a column to be filled in.
import type { Plan } from '../../../shared/model/plan.ts';
import { branchHeaders } from '../../../shared/sheets/branch-rows.ts';
import { cellText, neutraliseCellText } from '../../../shared/sheets/cells.ts';
import { BRANCHES } from '../../../shared/sheets/columns.ts';
import { type Book, bookBlockRange } from './sheet-io.ts';

/**
 * Adds a column for each role `plan` names that Partiföreningar's header (as read) lacks. Two calls when it adds one
 * (the header row written back and made bold), none otherwise. Returns the roles' headers it added.
 */
export function addRoleColumns(book: Book, plan: Plan, header: readonly unknown[]): string[] {
  const present = header.filter((title) => cellText(title) !== '').length;
  const headers = branchHeaders(plan, header);
  if (headers.length === present) return [];
  const range = bookBlockRange(book, BRANCHES.name, 1, 1, headers.length);
  // The board's own headers are written back: as text, whatever they look like.
  range.setValues([headers.map(neutraliseCellText)]);
  range.setFontWeight('bold');
  return headers.slice(present);
}
