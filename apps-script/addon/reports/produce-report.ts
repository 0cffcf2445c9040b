// What every report command does: read the workbook once, compute the report, write it to Rapport.
import type { ReportInput } from '../../../shared/report/input.ts';
import type { Report } from '../../../shared/report/types.ts';
import { COMMON, REPORTS, say } from '../messages.ts';
import { activeBook } from '../register/sheet-io.ts';
import { readWorkbookInput } from '../register/workbook-input.ts';
import { UserError } from '../user-error.ts';
import { writeReport } from './write-report.ts';

export type ReportOptions = { asOf?: string };
/** The report as data (what the CLI prints) and the Swedish line the menu shows. */
export type ReportResult = { report: Report; message: string };

export function produceReport(build: (input: ReportInput) => Report, options: ReportOptions = {}): ReportResult {
  const book = activeBook();
  const { input, skipped } = readWorkbookInput(book, options.asOf);
  let report: Report;
  try {
    report = build(input);
  } catch (error) {
    // The report functions throw only for input the person gave (a date, a quarter), with a Swedish message.
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
  writeReport(book, report);
  const lines = [say(REPORTS.written, { title: report.title })];
  if (skipped > 0) lines.push(say(COMMON.skippedRows, { count: skipped }));
  return { report, message: lines.join('\n') };
}
