// The bundle's entry points, and nothing else: triggers, menu handlers, the dialog's server functions and the calls
// the CLI and the local server make. The build turns each export into a top-level function Apps Script can see.
export { archiveYear, menuArchiveYear } from './commands/archive-year.ts';
export { branchReport, menuBranchReport } from './commands/branch-report.ts';
export { checkInstallation, menuCheckInstallation } from './commands/check-installation.ts';
export { importPlan, menuImportPlan, previewPlanImport } from './commands/import-plan.ts';
export { inviteMember, menuInviteMember } from './commands/invite-member.ts';
export { menuQuarterReport, quarterReport } from './commands/quarter-report.ts';
export { menuReviewRegister, reviewRegister } from './commands/review-register.ts';
export { menuRevokeMember, revokeMember } from './commands/revoke-member.ts';
export { menuShowOverview, overview } from './commands/show-overview.ts';
export { menuUpdateResults, updateResults } from './commands/update-results.ts';
export { composeNarrative, menuWriteNarrative, writeNarrative } from './commands/write-narrative.ts';
export { menuYearReport, yearReport } from './commands/year-report.ts';
export { onInstall, onOpen } from './menu.ts';
export { onEdit } from './on-edit.ts';
export { recordWebAppDeployment } from './webapp/deployment.ts';
export { doGet, doPost } from './webapp/web.ts';
