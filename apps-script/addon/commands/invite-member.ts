// Målkoll → Bjud in medlem…: a connection code for a new member, shown once; `malkoll invite` calls inviteMember.
import { html } from '../../../shared/html.ts';
import { webAppUrlProblem } from '../../../shared/webapp/connection-code.ts';
import { MEMBERS_TEXT, MENU, say, sv } from '../messages.ts';
import { activeBook } from '../register/sheet-io.ts';
import { readBranchSheet } from '../register/workbook-input.ts';
import { alert, prompt, runFromMenu } from '../ui.ts';
import { UserError } from '../user-error.ts';
import { recordedWebApp } from '../webapp/deployment.ts';
import { createMember } from '../webapp/members.ts';
import type { MenuItem } from './menu-item.ts';

export const INVITE_MEMBER_ITEM: MenuItem = { label: MENU.inviteMember, handler: 'menuInviteMember' };

/** The code in a selectable box: the only time anyone sees it. Says so when the member's branch was added. */
function codeDialog(
  name: string,
  branch: string,
  code: string,
  addedBranch: boolean,
): GoogleAppsScript.HTML.HtmlOutput {
  const added = addedBranch ? html`<p>${say(MEMBERS_TEXT.branchAdded, { branch })}</p>` : html``;
  const page = html`<!doctype html><html lang="sv"><body style="font-family:sans-serif">
<p>${say(MEMBERS_TEXT.codeIntro, { name, branch })}</p>${added}
<textarea readonly rows="5" style="width:100%;font-family:monospace" onclick="this.select()">${code}</textarea>
<p>${sv(MEMBERS_TEXT.codeOnce)}</p>
</body></html>`;
  return HtmlService.createHtmlOutput(page.markup).setWidth(520).setHeight(300);
}

/**
 * The members' web app address a code carries: the one given (`malkoll invite --url`), else the recorded deployment's;
 * never getUrl(), which in a menu is the head deployment's /dev that members cannot open.
 */
function codeUrl(given?: string): string {
  if (given !== undefined) {
    const problem = webAppUrlProblem(given);
    if (problem !== null) throw new UserError(problem);
    return given;
  }
  const deployment = recordedWebApp();
  if (!deployment) throw new UserError(sv(MEMBERS_TEXT.notDeployed));
  return deployment.url;
}

export function menuInviteMember(): void {
  const title = sv(MEMBERS_TEXT.inviteTitle);
  // Without a deployed web app there is no code to give: say how to deploy before asking for anything.
  const deployment = recordedWebApp();
  if (!deployment) {
    alert(sv(MEMBERS_TEXT.notDeployed));
    return;
  }
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
    const { code, member, addedBranch } = createMember(book, { name, branch }, deployment.url, new Date());
    SpreadsheetApp.getUi().showModalDialog(codeDialog(member.name, member.branch, code, addedBranch), title);
    return null;
  });
}

/** `malkoll invite`: the connection code for a new member (a UserError for bad input or no web app). */
export function inviteMember(member: { name: string; branch: string; webAppUrl?: string }): string {
  const url = codeUrl(member.webAppUrl === undefined ? undefined : String(member.webAppUrl));
  return createMember(activeBook(), { name: String(member.name), branch: String(member.branch) }, url, new Date()).code;
}
