// Målkoll → Rapport för året: every target's progress for the plan year, with its charts, in the sheet "Rapport 2024".
import { buildYearReport } from '../../../shared/report/year-report.ts';
import { MENU } from '../messages.ts';
import { produceReport, type ReportOptions, type ReportResult } from '../reports/produce-report.ts';
import { runFromMenu } from '../ui.ts';
import type { MenuItem } from './menu-item.ts';

export const YEAR_REPORT_ITEM: MenuItem = { label: MENU.yearReport, handler: 'menuYearReport' };

export function yearReport(options: ReportOptions = {}): ReportResult {
  return produceReport(buildYearReport, options);
}

export function menuYearReport(): void {
  runFromMenu(() => yearReport().message);
}
