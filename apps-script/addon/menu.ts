// The Målkoll menu, added when the spreadsheet opens: each command module declares its own item, this file only
// orders them into sections separated by a line.
import { ARCHIVE_YEAR_ITEM } from './commands/archive-year.ts';
import { BRANCH_REPORT_ITEM } from './commands/branch-report.ts';
import { CHECK_INSTALLATION_ITEM } from './commands/check-installation.ts';
import { IMPORT_PLAN_ITEM } from './commands/import-plan.ts';
import { INVITE_MEMBER_ITEM } from './commands/invite-member.ts';
import type { MenuItem } from './commands/menu-item.ts';
import { QUARTER_REPORT_ITEM } from './commands/quarter-report.ts';
import { REVIEW_REGISTER_ITEM } from './commands/review-register.ts';
import { REVOKE_MEMBER_ITEM } from './commands/revoke-member.ts';
import { SHOW_OVERVIEW_ITEM } from './commands/show-overview.ts';
import { UPDATE_RESULTS_ITEM } from './commands/update-results.ts';
import { WRITE_NARRATIVE_ITEM } from './commands/write-narrative.ts';
import { YEAR_REPORT_ITEM } from './commands/year-report.ts';
import { MENU, sv } from './messages.ts';

const MENU_SECTIONS: readonly (readonly MenuItem[])[] = [
  [IMPORT_PLAN_ITEM],
  [UPDATE_RESULTS_ITEM, SHOW_OVERVIEW_ITEM],
  [YEAR_REPORT_ITEM, QUARTER_REPORT_ITEM, BRANCH_REPORT_ITEM, WRITE_NARRATIVE_ITEM],
  [REVIEW_REGISTER_ITEM, ARCHIVE_YEAR_ITEM],
  [INVITE_MEMBER_ITEM, REVOKE_MEMBER_ITEM],
  [CHECK_INSTALLATION_ITEM],
];

export function onOpen(): void {
  let menu = SpreadsheetApp.getUi().createMenu(sv(MENU.title));
  MENU_SECTIONS.forEach((section, index) => {
    if (index > 0) menu = menu.addSeparator();
    for (const item of section) menu = menu.addItem(sv(item.label), item.handler);
  });
  menu.addToUi();
}

export function onInstall(): void {
  onOpen();
}
