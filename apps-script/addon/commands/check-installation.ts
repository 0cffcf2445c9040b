// Målkoll → Kontrollera installationen: what a working install needs — the members' web app at its /exec address
// running the menus' code, the permissions, members and the plan — what of it is there, and the fix for what is not.
import { formatCount } from '../../../shared/format.ts';
import { html } from '../../../shared/html.ts';
import { dayToIso, stockholmDay } from '../../../shared/model/calendar.ts';
import { displayTitle, planCounts } from '../../../shared/model/describe.ts';
import { MEMBER_BUDGET } from '../../../shared/webapp/budget.ts';
import { BUILD_ID } from '../build-info.ts';
import { INSTALL_TEXT, MEMBERS_TEXT, MENU, say, sv } from '../messages.ts';
import { loadPlan } from '../register/plan-store.ts';
import { activeBook, type Book } from '../register/sheet-io.ts';
import { readBranchSheet } from '../register/workbook-input.ts';
import { OAUTH_SCOPES } from '../scopes.ts';
import { runFromMenu } from '../ui.ts';
import { readRateRefusals } from '../webapp/budget.ts';
import { recordedWebApp } from '../webapp/deployment.ts';
import { memberCounts } from '../webapp/members.ts';
import type { MenuItem } from './menu-item.ts';

export const CHECK_INSTALLATION_ITEM: MenuItem = { label: MENU.checkInstallation, handler: 'menuCheckInstallation' };

/** One thing a working install needs: whether it is in place, what there is, and what to do when it is not. */
export type InstallCheck = { title: string; ok: boolean; details: string[]; fix: string | null };

function day(iso: string): string {
  return dayToIso(stockholmDay(Date.parse(iso)));
}

/** The recorded /exec deployment, and whether it runs the code the menus run (else Logg's columns may not match). */
function webAppCheck(): InstallCheck {
  const title = sv(INSTALL_TEXT.webAppTitle);
  const deployment = recordedWebApp();
  if (!deployment) {
    return { title, ok: false, details: [sv(INSTALL_TEXT.webAppMissing)], fix: sv(MEMBERS_TEXT.notDeployed) };
  }
  const { url, versionNumber, build, deployedAt, deployedBy } = deployment;
  const details = [
    say(INSTALL_TEXT.webAppAddress, { url }),
    versionNumber === null
      ? say(INSTALL_TEXT.webAppLocal, { date: day(deployedAt), build })
      : say(INSTALL_TEXT.webAppVersion, { date: day(deployedAt), version: versionNumber, build }),
    ...(deployedBy ? [say(INSTALL_TEXT.webAppRunsAs, { user: deployedBy })] : []),
    say(INSTALL_TEXT.codeBuild, { build: BUILD_ID }),
  ];
  const current = build === BUILD_ID;
  return { title, ok: current, details, fix: current ? null : sv(INSTALL_TEXT.webAppStale) };
}

/** The scopes appsscript.json asks for, with what each is for; Google has the user approve them before a menu runs. */
function scopesCheck(): InstallCheck {
  const scopes = OAUTH_SCOPES.map(({ scope, purpose }) => `${sv(purpose)} (${scope.replace(/^.*\/auth\//, '')})`);
  return {
    title: sv(INSTALL_TEXT.scopesTitle),
    ok: true,
    details: [sv(INSTALL_TEXT.scopesIntro), ...scopes, sv(INSTALL_TEXT.scopesConsent)],
    fix: null,
  };
}

function membersCheck(book: Book): InstallCheck {
  const title = sv(INSTALL_TEXT.membersTitle);
  const { active, revoked, neverConnected } = memberCounts(book);
  if (active === 0)
    return { title, ok: false, details: [sv(INSTALL_TEXT.membersNone)], fix: sv(INSTALL_TEXT.membersFix) };
  return {
    title,
    ok: true,
    details: [say(INSTALL_TEXT.membersCount, { active, revoked, waiting: neverConnected })],
    fix: null,
  };
}

/**
 * Members the web app refused for going past their budget: a member's flood is theirs to explain, a leaked code the
 * board's to revoke.
 */
function budgetCheck(): InstallCheck {
  const title = sv(INSTALL_TEXT.budgetTitle);
  const refused = readRateRefusals();
  if (refused.length === 0) {
    const limits = { requests: MEMBER_BUDGET.requestsPerMinute, actions: MEMBER_BUDGET.actionsPerDay };
    return { title, ok: true, details: [say(INSTALL_TEXT.budgetNone, limits)], fix: null };
  }
  const details = refused.map(({ name, branch, minutes, days, last }) =>
    say(INSTALL_TEXT.budgetMember, { name, branch, minutes, days, date: day(last) }),
  );
  return { title, ok: false, details, fix: sv(INSTALL_TEXT.budgetFix) };
}

function planCheck(book: Book): InstallCheck {
  const title = sv(INSTALL_TEXT.planTitle);
  const plan = loadPlan(book);
  if (!plan) return { title, ok: false, details: [sv(INSTALL_TEXT.planNone)], fix: sv(INSTALL_TEXT.planFix) };
  const counts = planCounts(plan);
  const branches = readBranchSheet(book).length;
  return {
    title,
    ok: true,
    details: [
      say(INSTALL_TEXT.planSummary, { title: displayTitle(plan), year: plan.year, ...counts }),
      branches > 0
        ? say(INSTALL_TEXT.planBranches, { branches: formatCount(branches, 'partiförening', 'partiföreningar') })
        : sv(INSTALL_TEXT.planNoBranches),
    ],
    fix: null,
  };
}

/** Every check, in the order the board works through them. */
export function checkInstallation(): { checks: InstallCheck[] } {
  const book = activeBook();
  return {
    checks: [webAppCheck(), scopesCheck(), membersCheck(book), budgetCheck(), planCheck(book)],
  };
}

function checksDialog(checks: readonly InstallCheck[]): GoogleAppsScript.HTML.HtmlOutput {
  const sections = checks.map(
    (check) => html`<section>
<h2>${check.title}:
<span class="${check.ok ? 'ok' : 'missing'}">${sv(check.ok ? INSTALL_TEXT.ok : INSTALL_TEXT.missing)}</span></h2>
<ul>${check.details.map((line) => html`<li>${line}</li>`)}</ul>
${check.fix === null ? '' : html`<p><strong>${sv(INSTALL_TEXT.fix)}</strong> ${check.fix}</p>`}
</section>`,
  );
  const page = html`<!doctype html><html lang="sv"><head><style>
body{font-family:sans-serif;font-size:14px}h2{font-size:15px;margin:1em 0 .3em}ul{margin:.2em 0;padding-left:1.2em}
.ok{color:#137333}.missing{color:#a50e0e}
</style></head><body><p>${sv(INSTALL_TEXT.intro)}</p>${sections}</body></html>`;
  return HtmlService.createHtmlOutput(page.markup).setWidth(620).setHeight(560);
}

export function menuCheckInstallation(): void {
  runFromMenu(() => {
    SpreadsheetApp.getUi().showModalDialog(checksDialog(checkInstallation().checks), sv(INSTALL_TEXT.title));
    return null;
  });
}
