// Målkoll → Bjud in medlem…: a connection code for a new member, shown once; `malkoll invite` calls inviteMember.
import { html } from '../../../shared/html.ts';
import { MEMBERS_TEXT, MENU, say, sv } from '../messages.ts';
import { activeBook } from '../register/sheet-io.ts';
import { readBranchSheet } from '../register/workbook-input.ts';
import { prompt, runFromMenu } from '../ui.ts';
import { createMember } from '../webapp/members.ts';
import type { MenuItem } from './menu-item.ts';

export const INVITE_MEMBER_ITEM: MenuItem = { label: MENU.inviteMember, handler: 'menuInviteMember' };

/** The code in a selectable box: the only time anyone sees it. */
function codeDialog(name: string, branch: string, code: string): GoogleAppsScript.HTML.HtmlOutput {
  const page = html`<!doctype html><html lang="sv"><body style="font-family:sans-serif">
<p>${say(MEMBERS_TEXT.codeIntro, { name, branch })}</p>
<textarea readonly rows="5" style="width:100%;font-family:monospace" onclick="this.select()">${code}</textarea>
<p>${sv(MEMBERS_TEXT.codeOnce)}</p>
</body></html>`;
  return HtmlService.createHtmlOutput(page.markup).setWidth(520).setHeight(300);
}

export function menuInviteMember(): void {
  const title = sv(MEMBERS_TEXT.inviteTitle);
  const name = prompt(title, sv(MEMBERS_TEXT.namePrompt));
  if (name === null) return;
  const book = activeBook();
  const branches = readBranchSheet(book).map((branch) => branch.name);
  const question =
    branches.length > 0
      ? say(MEMBERS_TEXT.branchPromptKnown, { branches: branches.join(', ') })
      : sv(MEMBERS_TEXT.branchPrompt);
  const branch = prompt(title, question);
  if (branch === null) return;
  runFromMenu(() => {
    const { code, member } = createMember(book, { name, branch }, new Date());
    SpreadsheetApp.getUi().showModalDialog(codeDialog(member.name, member.branch, code), title);
    return null;
  });
}

/** `malkoll invite`: the connection code for a new member (a UserError for bad input). */
export function inviteMember(member: { name: string; branch: string }): string {
  return createMember(activeBook(), { name: String(member.name), branch: String(member.branch) }, new Date()).code;
}
