// Målkoll → Bjud in medlem… and Återkalla medlem…, and the same two commands as the CLI and the local server call them.
import { MEMBERS_TEXT, say, sv } from '../messages.ts';
import { activeBook } from '../register/sheet-io.ts';
import { readBranchSheet } from '../register/workbook-input.ts';
import { prompt, runFromMenu } from '../ui.ts';
import { createMember, revokeMembers } from './members.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The code in a selectable box: the only time anyone sees it. */
function codeDialog(name: string, branch: string, code: string): GoogleAppsScript.HTML.HtmlOutput {
  const page = `<!doctype html><html lang="sv"><body style="font-family:sans-serif">
<p>${escapeHtml(say(MEMBERS_TEXT.codeIntro, { name, branch }))}</p>
<textarea readonly rows="5" style="width:100%;font-family:monospace" onclick="this.select()">${escapeHtml(code)}</textarea>
<p>${escapeHtml(sv(MEMBERS_TEXT.codeOnce))}</p>
</body></html>`;
  return HtmlService.createHtmlOutput(page).setWidth(520).setHeight(300);
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

export function menuRevokeMember(): void {
  const name = prompt(sv(MEMBERS_TEXT.revokeTitle), sv(MEMBERS_TEXT.revokePrompt));
  if (name === null) return;
  runFromMenu(() => {
    const revoked = revokeMembers(activeBook(), name);
    return say(revoked.count === 0 ? MEMBERS_TEXT.revokeNone : MEMBERS_TEXT.revoked, revoked);
  });
}

/** `malkoll invite`: the connection code for a new member (a UserError for bad input). */
export function inviteMember(member: { name: string; branch: string }): string {
  return createMember(activeBook(), { name: String(member.name), branch: String(member.branch) }, new Date()).code;
}

/** `malkoll revoke`: the member's name as Medlemmar spells it and how many active rows were revoked. */
export function revokeMember(name: string): { name: string; count: number } {
  return revokeMembers(activeBook(), String(name));
}
