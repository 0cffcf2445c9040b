// The Målkoll menu, added when the spreadsheet opens. Items are sections of (label, entry point) so another part
// (the web app's Bjud in medlem…, Återkalla medlem…) adds its own section here.
import { MENU, type Message, sv } from './messages.ts';

type MenuItem = { label: Message; handler: string };

/** Sections of the menu, separated by a line. Handlers are entry points exported from main.ts. */
const MENU_SECTIONS: readonly (readonly MenuItem[])[] = [
  [{ label: MENU.importPlan, handler: 'menuImportPlan' }],
  [
    { label: MENU.updateResults, handler: 'menuUpdateResults' },
    { label: MENU.yearReport, handler: 'menuYearReport' },
    { label: MENU.quarterReport, handler: 'menuQuarterReport' },
    { label: MENU.branchReport, handler: 'menuBranchReport' },
  ],
  [
    { label: MENU.reviewRegister, handler: 'menuReviewRegister' },
    { label: MENU.archiveYear, handler: 'menuArchiveYear' },
  ],
  [
    { label: MENU.inviteMember, handler: 'menuInviteMember' },
    { label: MENU.revokeMember, handler: 'menuRevokeMember' },
  ],
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
