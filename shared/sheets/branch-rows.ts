// Partiföreningar rows ↔ Branch: a fixed name and Zetkin-id column, then one column per role the plan's coverage targets name.
import { type Branch, roleHeader } from '../model/branch.ts';
import type { Plan } from '../model/plan.ts';
import { planRoles } from '../model/plan-index.ts';
import { cellText } from './cells.ts';
import { BRANCHES } from './columns.ts';

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
