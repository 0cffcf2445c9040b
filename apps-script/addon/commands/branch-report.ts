// Målkoll → Rapport per partiförening: what each partiförening logged and which roles it has filled.
import { buildBranchReport } from '../../../shared/report/branch-report.ts';
import { MENU } from '../messages.ts';
import { produceReport, type ReportOptions, type ReportResult } from '../reports/produce-report.ts';
import { runFromMenu } from '../ui.ts';
import type { MenuItem } from './menu-item.ts';

export const BRANCH_REPORT_ITEM: MenuItem = { label: MENU.branchReport, handler: 'menuBranchReport' };

export function branchReport(options: ReportOptions = {}): ReportResult {
  return produceReport(buildBranchReport, options);
}

export function menuBranchReport(): void {
  runFromMenu(() => branchReport().message);
}
