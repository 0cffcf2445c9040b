// What every report command does: read the workbook once, compute the report, write it to its own sheet.
import { InputError } from '../../../shared/model/input-error.ts';
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
    // Input the person gave (a date, a quarter) is theirs to fix; anything else is a bug for the execution log.
    if (error instanceof InputError) throw new UserError(error.message);
    throw error;
  }
  writeReport(book, report);
  const lines = [say(REPORTS.written, { title: report.title, sheet: report.sheet })];
  if (skipped > 0) lines.push(say(COMMON.skippedRows, { count: skipped }));
  return { report, message: lines.join('\n') };
}
