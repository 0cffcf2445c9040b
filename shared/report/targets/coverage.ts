// Coverage targets ("varje partiförening utser en valledare"): which branches have each role filled in Partiföreningar.
import { formatCount, formatNumber, joinSwedish } from '../../format.ts';
import type { Branch } from '../../model/branch.ts';
import { completionStatus, type ReportContext, type RoleGap, type RowFields } from '../context.ts';
import type { TargetOf } from '../match.ts';

function isFilled(branch: Branch, role: string): boolean {
  return (branch.roles[role] ?? '').trim() !== '';
}

function roleGaps(branches: readonly Branch[], roles: readonly string[]): RoleGap[] {
  return roles.map((role) => {
    const missing = branches.filter((branch) => !isFilled(branch, role)).map((branch) => branch.name);
    return { role, filled: branches.length - missing.length, branches: branches.length, missing };
  });
}

/** Coverage: a role is filled in a partiförening when its Partiföreningar cell is non-empty. */
export function coverageFields(context: ReportContext, target: TargetOf<'coverage'>): RowFields {
  if (context.branches.length === 0) {
    return {
      value: null,
      expected: null,
      percent: null,
      status: 'no_data',
      result: 'Inga partiföreningar',
      detail: 'Inga partiföreningar registrerade.',
    };
  }
  const missing = roleGaps(context.branches, target.roles);
  const value = missing.reduce((sum, gap) => sum + gap.filled, 0);
  const total = context.branches.length * target.roles.length;
  const branches = formatCount(context.branches.length, 'partiförening', 'partiföreningar');
  // One role reads as branches that have it; several as roles filled across the branches.
  const result =
    target.roles.length === 1
      ? `${formatNumber(value)} av ${branches}`
      : `${formatNumber(value)} av ${formatNumber(total)} tillsatta i ${branches}`;
  const detail = missing
    .map(
      (gap) =>
        `${gap.role}: ${formatNumber(gap.filled)} av ${formatNumber(gap.branches)}${gap.missing.length > 0 ? ` (saknas: ${joinSwedish(gap.missing)})` : ''}`,
    )
    .join('; ');
  return {
    value,
    expected: total,
    percent: (value / total) * 100,
    status: completionStatus(context, value, total),
    result,
    detail: `${detail}.`,
    missing,
  };
}
