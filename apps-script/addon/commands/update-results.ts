// Målkoll → Uppdatera utfall: recomputes Utfall, Framsteg % and Status of every Mål row from Logg, Partiföreningar and
// Mätvärden.
import { computeProgress } from '../../../shared/report/progress.ts';
import { GOALS } from '../../../shared/sheets/columns.ts';
import { goalRows } from '../../../shared/sheets/plan-rows.ts';
import { COMMON, MENU, RESULTS, say } from '../messages.ts';
import { writeMerged } from '../register/plan-sheets.ts';
import { activeBook, readRows } from '../register/sheet-io.ts';
import { readWorkbookInput } from '../register/workbook-input.ts';
import { runFromMenu } from '../ui.ts';
import { withTheirInput } from '../user-error.ts';
import type { MenuItem } from './menu-item.ts';

export const UPDATE_RESULTS_ITEM: MenuItem = { label: MENU.updateResults, handler: 'menuUpdateResults' };

export type UpdateResultsOptions = { asOf?: string };

/** Recomputes the Mål sheet as of `asOf` (default today, Stockholm); returns the Swedish summary. */
export function updateResults(options: UpdateResultsOptions = {}): { message: string } {
  const book = activeBook();
  const { input, skipped } = readWorkbookInput(book, options.asOf);
  const existing = readRows(book, GOALS.name, GOALS.width, 2);
  const merged = goalRows(
    input.plan,
    existing,
    withTheirInput(() => computeProgress(input)),
  );
  writeMerged(book, GOALS.name, GOALS.width, existing.length, merged);
  const lines = [say(RESULTS.done, { count: merged.rows.length - merged.removed.length })];
  if (skipped > 0) lines.push(say(COMMON.skippedRows, { count: skipped }));
  return { message: lines.join('\n') };
}

export function menuUpdateResults(): void {
  runFromMenu(() => updateResults().message);
}
