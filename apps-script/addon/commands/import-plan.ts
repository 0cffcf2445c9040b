// Målkoll → Importera verksamhetsplan…: the dialog, its preview of what the parser found, and the import itself.
import { unknownSubgoalMessage } from '../../../shared/model/action-rules.ts';
import { describeTarget, type PlanCounts, planCounts, TARGET_KIND_LABELS } from '../../../shared/model/describe.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import type { Target } from '../../../shared/model/target.ts';
import { parsePlan } from '../../../shared/parse/index.ts';
import { columnsA1 } from '../../../shared/sheets/a1.ts';
import { branchHeaders } from '../../../shared/sheets/branch-rows.ts';
import { cellText, neutraliseCellText } from '../../../shared/sheets/cells.ts';
import { ACTIVITIES, BRANCHES, GOALS, LOG, PLAN_SHEET, RECORDED } from '../../../shared/sheets/columns.ts';
import { isUnknownSubgoal, logContext } from '../../../shared/sheets/log-rows.ts';
import { activityRows, goalRows } from '../../../shared/sheets/plan-rows.ts';
import { IMPORT, MENU, REVIEW, say, sv } from '../messages.ts';
import { writeFlags } from '../register/log-flags.ts';
import { writeMerged } from '../register/plan-sheets.ts';
import { loadPlan, savePlan } from '../register/plan-store.ts';
import { ensureSheets } from '../register/setup.ts';
import { activeBook, type Book, bookBlockRange, readRows } from '../register/sheet-io.ts';
import { readBranchRows } from '../register/workbook-input.ts';
import type { MenuItem } from './menu-item.ts';

export const IMPORT_PLAN_ITEM: MenuItem = { label: MENU.importPlan, handler: 'menuImportPlan' };

/** What the dialog sends: pasted text, or a Google Docs address. */
export type ImportSource = { text?: string; docUrl?: string };

export type ImportProblem = { line: number; message: string };

/** What the dialog shows before the board confirms. */
export type PlanSummary = {
  title: string;
  organisation: string;
  year: number;
  counts: PlanCounts;
  /** Targets read as the Mål sheet words them, e.g. "U3.M1 · Antal: cirka 15 debattartiklar". */
  areas: {
    id: string;
    title: string;
    /** The area's overall goal. */
    targets: string[];
    subgoals: { id: string; title: string; activities: number; targets: string[] }[];
  }[];
};

export type ImportPreview = { ok: true; plan: PlanSummary } | { ok: false; errors: ImportProblem[] };
export type ImportResult = { ok: true; plan: PlanSummary; message: string } | { ok: false; errors: ImportProblem[] };

const DOC_URL = /^https:\/\/docs\.google\.com\/document\/d\/[\w-]+/;

/** A Google Doc's text. Native list items lose their bullet glyph; the parser takes unbulleted lines under
 * "Aktiviteter:" as one activity each. */
function readDocument(url: string): string {
  return DocumentApp.openByUrl(url).getBody().getText();
}

function readSource(source: ImportSource): { ok: true; text: string } | { ok: false; errors: ImportProblem[] } {
  const text = typeof source.text === 'string' ? source.text : '';
  const url = typeof source.docUrl === 'string' ? source.docUrl.trim() : '';
  if (text.trim() !== '') return { ok: true, text };
  if (url === '') return { ok: false, errors: [{ line: 1, message: sv(IMPORT.noSource) }] };
  if (!DOC_URL.test(url)) return { ok: false, errors: [{ line: 1, message: sv(IMPORT.badDocUrl) }] };
  try {
    return { ok: true, text: readDocument(url) };
  } catch {
    return { ok: false, errors: [{ line: 1, message: sv(IMPORT.docUnreadable) }] };
  }
}

function targetLine(target: Target): string {
  return `${target.id} · ${TARGET_KIND_LABELS[target.kind].sv}: ${describeTarget(target)}`;
}

function summarise(plan: Plan): PlanSummary {
  return {
    title: plan.title,
    organisation: plan.organisation,
    year: plan.year,
    counts: planCounts(plan),
    areas: plan.areas.map((area) => ({
      id: area.id,
      title: area.title,
      targets: area.overallGoal.targets.map(targetLine),
      subgoals: area.subgoals.map((subgoal) => ({
        id: subgoal.id,
        title: subgoal.title,
        activities: subgoal.activities.length,
        targets: subgoal.targets.map(targetLine),
      })),
    })),
  };
}

function parseSource(source: ImportSource): { ok: true; plan: Plan } | { ok: false; errors: ImportProblem[] } {
  const read = readSource(source ?? {});
  if (!read.ok) return read;
  const parsed = parsePlan(read.text);
  return parsed.ok ? parsed : { ok: false, errors: parsed.errors };
}

/** Dialog server function: parses without touching the workbook. */
export function previewPlanImport(source: ImportSource): ImportPreview {
  const parsed = parseSource(source);
  return parsed.ok ? { ok: true, plan: summarise(parsed.plan) } : parsed;
}

/**
 * Marks the Logg cells whose delmål the plan does not have, and clears that mark where the plan has it again; the
 * board's own notes and colours stay (register/log-flags.ts). One read of the Delmål column and its marks, one write
 * of the cells whose mark changes. Returns how many are marked.
 */
function flagUnknownSubgoals(book: Book, plan: Plan): number {
  const context = logContext(plan, new Date());
  const range = book.getRange(columnsA1(LOG.name, 1, 2, LOG.column('subgoal')));
  const cells = range.getValues();
  const unknown = cells.map(([cell]) =>
    isUnknownSubgoal(cell, context) ? [unknownSubgoalMessage(cellText(cell), context.index)] : [],
  );
  writeFlags(
    book,
    {
      sheetName: LOG.name,
      firstRow: 2,
      firstColumn: LOG.column('subgoal'),
      notes: range.getNotes(),
    },
    (row) => unknown[row] ?? [],
  );
  return unknown.filter((messages) => messages.length > 0).length;
}

/** Adds a column for each role the plan's coverage targets name that Partiföreningar does not have yet. */
function updateBranchColumns(book: Book, plan: Plan): void {
  const [header = []] = readBranchRows(book);
  const headers = branchHeaders(plan, header);
  if (headers.length === header.filter((title) => cellText(title) !== '').length) return;
  const range = bookBlockRange(book, BRANCHES.name, 1, 1, headers.length);
  // The board's own headers are written back: as text, whatever they look like.
  range.setValues([headers.map(neutraliseCellText)]);
  range.setFontWeight('bold');
}

/** Creates or updates every sheet from the plan. Logg is never rewritten: only its unknown delmål are noted. */
function applyPlan(book: Book, plan: Plan) {
  const planSheet = book.getSheetByName(PLAN_SHEET) ?? ensureSheets(book, plan);
  savePlan(planSheet, plan);
  const existingGoals = readRows(book, GOALS.name, GOALS.width, 2);
  const goals = goalRows(plan, existingGoals);
  writeMerged(book, GOALS.name, GOALS.width, existingGoals.length, goals);
  const existingActivities = readRows(book, ACTIVITIES.name, ACTIVITIES.width, 2);
  const activities = activityRows(plan, existingActivities);
  writeMerged(book, ACTIVITIES.name, ACTIVITIES.width, existingActivities.length, activities);
  updateBranchColumns(book, plan);
  return { goals, activities, unknownSubgoals: flagUnknownSubgoals(book, plan) };
}

/**
 * A plan for another year starts Mål, Aktiviteter and Mätvärden afresh: the previous year's sheets are renamed
 * ("Mål 2024" …), so no status, comment or recorded result carries over to a delmål or target that only shares its id.
 * Logg keeps its rows (reports count only the plan's year; Arkivera år moves them) and Partiföreningar its people.
 * Returns the previous plan's year when it set sheets aside.
 */
function setAsidePreviousYear(book: Book, plan: Plan): number | undefined {
  const previous = loadPlan(book);
  if (!previous || previous.year === plan.year) return undefined;
  for (const name of [GOALS.name, ACTIVITIES.name, RECORDED.name]) {
    const sheet = book.getSheetByName(name);
    if (sheet && !book.getSheetByName(`${name} ${previous.year}`)) sheet.setName(`${name} ${previous.year}`);
  }
  ensureSheets(book, plan);
  return previous.year;
}

/**
 * Dialog server function, and the CLI's way to import: parses the plan and creates or updates the sheets. Plan rows
 * are updated in place by id, the board's columns are kept, new rows are appended, rows the plan lost are noted.
 */
export function importPlan(source: ImportSource): ImportResult {
  const parsed = parseSource(source);
  if (!parsed.ok) return parsed;
  const plan = parsed.plan;
  const book = activeBook();
  const previousYear = setAsidePreviousYear(book, plan);
  let applied: ReturnType<typeof applyPlan>;
  try {
    applied = applyPlan(book, plan);
  } catch {
    // A sheet the fast path expects was deleted by hand: recreate what is missing and import again.
    ensureSheets(book, plan);
    applied = applyPlan(book, plan);
  }
  const { goals, activities, unknownSubgoals } = applied;
  const lines = [
    say(IMPORT.done, {
      title: plan.title,
      goals: goals.rows.length,
      activities: activities.rows.length,
      added: goals.added + activities.added,
      removed: goals.removed.length + activities.removed.length,
    }),
  ];
  if (previousYear !== undefined) lines.push(say(IMPORT.newYear, { year: plan.year, previous: previousYear }));
  if (unknownSubgoals > 0) lines.push(say(REVIEW.unknownSubgoalAfterImport, { count: unknownSubgoals }));
  return { ok: true, plan: summarise(plan), message: lines.join('\n') };
}

/** Menu: Importera verksamhetsplan… opens the dialog. */
export function menuImportPlan(): void {
  const html = HtmlService.createHtmlOutputFromFile('import-dialog').setWidth(760).setHeight(600);
  SpreadsheetApp.getUi().showModalDialog(html, sv(IMPORT.dialogTitle));
}
