// Målkoll → Visa översikt: a sidebar beside the sheet with each delmål's progress and what falls due this quarter. The
// sidebar asks for `overview()` through google.script.run and asks again every minute, since nothing pushes to it.
import { TARGET_STATUS_LABELS } from '../../../shared/model/target-status.ts';
import { buildOverview, type Overview } from '../../../shared/report/overview.ts';
import { GOAL_STATUS_COLOURS } from '../../../shared/sheets/status-colours.ts';
import { MENU, OVERVIEW, sv } from '../messages.ts';
import { activeBook } from '../register/sheet-io.ts';
import { readWorkbookInput } from '../register/workbook-input.ts';
import { withTheirInput } from '../user-error.ts';
import type { MenuItem } from './menu-item.ts';

export const SHOW_OVERVIEW_ITEM: MenuItem = { label: MENU.showOverview, handler: 'menuShowOverview' };

/**
 * The overview with each bar's status in the words and colour Mål's Status column shows it in; `statusText` says how
 * its targets stand when they differ ("1 klar, 1 saknar utfall"), so a full bar never hides a target without data.
 */
export type OverviewData = Omit<Overview, 'bars'> & {
  bars: (Overview['bars'][number] & { statusLabel: string; statusText: string; colour: string })[];
};

/** Sidebar server function: the overview as of `asOf` (default today). */
export function overview(options: { asOf?: string } = {}): OverviewData {
  const book = activeBook();
  const { input } = readWorkbookInput(book, options?.asOf || undefined);
  const built = withTheirInput(() => buildOverview(input));
  return {
    ...built,
    bars: built.bars.map((bar) => {
      const statusLabel = TARGET_STATUS_LABELS[bar.status].sv;
      const colour = GOAL_STATUS_COLOURS.find((entry) => entry.text === statusLabel)?.background ?? '#efefef';
      const statusText =
        bar.statuses.length > 1
          ? bar.statuses
              .map(({ status, count }) => `${count} ${TARGET_STATUS_LABELS[status].sv.toLowerCase()}`)
              .join(', ')
          : statusLabel;
      return { ...bar, statusLabel, statusText, colour };
    }),
  };
}

export function menuShowOverview(): void {
  const output = HtmlService.createHtmlOutputFromFile('overview-sidebar').setTitle(sv(OVERVIEW.title));
  SpreadsheetApp.getUi().showSidebar(output);
}
