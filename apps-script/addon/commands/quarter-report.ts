// Målkoll → Kvartalsrapport…: asks for a quarter like 2024Q2 and writes that quarter's report to its sheet ("Rapport 2024 Q2").

import { parseQuarter } from '../../../shared/model/calendar.ts';
import { InputError } from '../../../shared/model/input-error.ts';
import { buildQuarterReport } from '../../../shared/report/quarter-report.ts';
import { MENU, REPORTS, say, sv } from '../messages.ts';
import { today } from '../register/workbook-input.ts';
import { produceReport, type ReportOptions, type ReportResult } from '../reports/produce-report.ts';
import { prompt, runFromMenu } from '../ui.ts';
import { UserError } from '../user-error.ts';
import type { MenuItem } from './menu-item.ts';

export const QUARTER_REPORT_ITEM: MenuItem = { label: MENU.quarterReport, handler: 'menuQuarterReport' };

export type QuarterReportOptions = ReportOptions & { quarter: string };

export function quarterReport(options: QuarterReportOptions): ReportResult {
  let quarter: ReturnType<typeof parseQuarter>;
  try {
    quarter = parseQuarter(String(options?.quarter ?? ''));
  } catch (error) {
    if (error instanceof InputError) throw new UserError(error.message);
    throw error;
  }
  return produceReport((input) => buildQuarterReport(input, quarter.id), options);
}

/** This quarter, as the prompt's example. */
function currentQuarter(): string {
  const [year, month] = today().split('-');
  return `${year}Q${Math.ceil(Number(month) / 3)}`;
}

export function menuQuarterReport(): void {
  runFromMenu(() => {
    const answer = prompt(sv(REPORTS.quarterTitle), say(REPORTS.quarterPrompt, { example: currentQuarter() }));
    return answer === null ? null : quarterReport({ quarter: answer }).message;
  });
}
