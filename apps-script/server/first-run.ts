// What `npm start` does on a workbook the first time: import the example plan, compute, write the year's report, and
// invite a demo member so there is a connection code to paste into the extension.
import { cellA1 } from '../../shared/sheets/a1.ts';
import { BRANCHES, PLAN_SHEET } from '../../shared/sheets/columns.ts';
import { MEMBERS } from '../../shared/sheets/web-app-sheets.ts';
import { type Addon, callEntryPoint } from '../host/addon.ts';
import { readPlanText } from '../host/plan-file.ts';
import { UsageError } from '../host/usage-error.ts';
import type { Runtime } from '../local/index.ts';

const DEMO_MEMBER = 'Demo Medlem';
const DEMO_BRANCH = 'Sundsvall';

function hasRows(runtime: Runtime, sheetName: string): boolean {
  const sheet = runtime.workbook.sheetByName(sheetName);
  return sheet !== undefined && runtime.workbook.lastRow(sheet) > 1;
}

export function hasPlan(runtime: Runtime): boolean {
  return hasRows(runtime, PLAN_SHEET);
}

export function importPlanFile({ bundle }: Addon, planFile: string): void {
  const text = readPlanText(planFile);
  const result = callEntryPoint(bundle, 'importPlan', { text });
  if (!result.ok) {
    throw new UsageError(result.errors.map((error) => `${planFile}: rad ${error.line}: ${error.message}`));
  }
  // The board's first look should have something to show: Utfall and Status in Mål, the year's report with charts.
  callEntryPoint(bundle, 'updateResults');
  callEntryPoint(bundle, 'yearReport');
}

/** The first partiförening the board listed, or a stand-in while there is none. */
function demoBranch(runtime: Runtime): string {
  const sheet = runtime.workbook.sheetByName(BRANCHES.name);
  if (!sheet || runtime.workbook.lastRow(sheet) < 2) return DEMO_BRANCH;
  return runtime.cell(cellA1(BRANCHES.name, 2, BRANCHES.column('name'))).display || DEMO_BRANCH;
}

/** The demo member's connection code when the workbook has a plan but nobody invited yet; otherwise null. */
export function inviteDemoMember(addon: Addon): string | null {
  const { runtime, bundle } = addon;
  if (hasRows(runtime, MEMBERS.name) || !hasPlan(runtime)) return null;
  return callEntryPoint(bundle, 'inviteMember', { name: DEMO_MEMBER, branch: demoBranch(runtime) });
}
