// Målkoll → Rapport per partiförening: what each partiförening logged and which roles it has filled.
import { buildBranchReport } from '../../../shared/report/reports.ts';
import { produceReport, type ReportOptions, type ReportResult } from '../reports/produce-report.ts';
import { runFromMenu } from '../ui.ts';

export function branchReport(options: ReportOptions = {}): ReportResult {
  return produceReport(buildBranchReport, options);
}

export function menuBranchReport(): void {
  runFromMenu(() => branchReport().message);
}
