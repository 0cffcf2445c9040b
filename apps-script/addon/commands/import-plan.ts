// Målkoll → Importera verksamhetsplan…: the dialog, its preview of what the parser found, and the import itself.
import { boardTargets } from '../../../shared/board-targets.ts';
import { unknownSubgoalMessage } from '../../../shared/model/action-rules.ts';
import { type PlanCounts, planCounts } from '../../../shared/model/describe.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { type DocumentElement, documentBlocks } from '../../../shared/parse/document.ts';
import { type PlanBlock, parseBlocks, parsePlan } from '../../../shared/parse/index.ts';
import { MESSAGES as PARSE_MESSAGES } from '../../../shared/parse/messages.ts';
import { columnsA1 } from '../../../shared/sheets/a1.ts';
import { cellText } from '../../../shared/sheets/cells.ts';
import { ACTIVITIES, GOALS, LOG, PLAN_SHEET, RECORDED } from '../../../shared/sheets/columns.ts';
import { isUnknownSubgoal, logContext } from '../../../shared/sheets/log-rows.ts';
import { activityRows, goalPlanRows, goalRows } from '../../../shared/sheets/plan-rows.ts';
import { IMPORT, MENU, REVIEW, say, sv } from '../messages.ts';
import { addRoleColumns } from '../register/branch-columns.ts';
import { writeFlags } from '../register/log-flags.ts';
import { writeMerged } from '../register/plan-sheets.ts';
import { loadPlan, savePlan, saveRecordedTargets } from '../register/plan-store.ts';
import { ensureSheets } from '../register/setup.ts';
import { activeBook, type Book, readRows } from '../register/sheet-io.ts';
import { readBranchRows } from '../register/workbook-input.ts';
import type { MenuItem } from './menu-item.ts';

export const IMPORT_PLAN_ITEM: MenuItem = { label: MENU.importPlan, handler: 'menuImportPlan' };

/** What the dialog sends: pasted text, or a Google Docs address; the plan year when the plan gives none. */
export type ImportSource = { text?: string; docUrl?: string; year?: string | number };

/** A problem with the plan: its line in pasted text; in a Doc, `text` is the start of the paragraph it is in. */
export type ImportProblem = { line: number; message: string; text?: string };

/** Mål's columns the preview shows of each target, so the board reads the rows the import will write. */
const PREVIEW_COLUMNS = ['id', 'goal', 'kind', 'targetValue', 'period'] as const;

/**
 * A target as its row in Mål will read — `cells` under PREVIEW_COLUMNS' headers ("U3.M1", "cirka 15 debattartiklar",
 * "Antal", "cirka 15", "2024") — and why the parser was unsure of it, if it was.
 */
export type TargetPreview = { cells: string[]; unsure?: string };

/** What the dialog shows before the board confirms. */
export type PlanSummary = {
  title: string;
  organisation: string;
  year: number;
  counts: PlanCounts;
  /** Mål's headers of PREVIEW_COLUMNS: "ID", "Mål", "Typ", "Målvärde", "Period". */
  targetHeaders: string[];
  /** How many targets the parser was unsure of. */
  unsure: number;
  areas: {
    id: string;
    title: string;
    /** The area's overall goal's targets. */
    targets: TargetPreview[];
    /** Each delmål's activities as "P1.1 stödja regionens förtroendevalda …". */
    subgoals: { id: string; title: string; activities: string[]; targets: TargetPreview[] }[];
  }[];
};

export type ImportPreview = { ok: true; plan: PlanSummary } | { ok: false; errors: ImportProblem[] };
export type ImportResult = { ok: true; plan: PlanSummary; message: string } | { ok: false; errors: ImportProblem[] };

const DOC_URL = /^https:\/\/docs\.google\.com\/document\/d\/[\w-]+/;

/** A paragraph's heading as DocumentElement has it: Heading 1 … 6 as 1 … 6, Title and Subtitle as 0, else none. */
function headingLevel(heading: GoogleAppsScript.Document.ParagraphHeading): number | undefined {
  const { ParagraphHeading } = DocumentApp;
  if (heading === ParagraphHeading.TITLE || heading === ParagraphHeading.SUBTITLE) return 0;
  const levels = [
    ParagraphHeading.HEADING1,
    ParagraphHeading.HEADING2,
    ParagraphHeading.HEADING3,
    ParagraphHeading.HEADING4,
    ParagraphHeading.HEADING5,
    ParagraphHeading.HEADING6,
  ];
  const at = levels.indexOf(heading);
  return at === -1 ? undefined : at + 1;
}

/** The body's children as element descriptions; a table's cells by their text. */
function readElements(container: GoogleAppsScript.Document.Body): DocumentElement[] {
  const { ElementType, GlyphType } = DocumentApp;
  const elements: DocumentElement[] = [];
  for (let index = 0, count = container.getNumChildren(); index < count; index++) {
    const child = container.getChild(index);
    const type = child.getType();
    if (type === ElementType.PARAGRAPH) {
      const paragraph = child.asParagraph();
      const text = paragraph.getText();
      const heading = headingLevel(paragraph.getHeading());
      elements.push(heading === undefined ? { type: 'PARAGRAPH', text } : { type: 'PARAGRAPH', text, heading });
    } else if (type === ElementType.LIST_ITEM) {
      const item = child.asListItem();
      const element: DocumentElement = {
        type: 'LIST_ITEM',
        text: item.getText(),
        nestingLevel: item.getNestingLevel(),
        numbered: item.getGlyphType() === GlyphType.NUMBER,
        listId: item.getListId(),
      };
      const heading = headingLevel(item.getHeading());
      if (heading !== undefined) element.heading = heading;
      elements.push(element);
    } else if (type === ElementType.TABLE) {
      const table = child.asTable();
      const rows: string[][] = [];
      for (let r = 0, height = table.getNumRows(); r < height; r++) {
        const row = table.getRow(r);
        const cells: string[] = [];
        for (let c = 0, width = row.getNumCells(); c < width; c++) cells.push(row.getCell(c).getText());
        rows.push(cells);
      }
      elements.push({ type: 'TABLE', rows });
    }
    // A table of contents repeats the headings, and page breaks and the like hold no text: neither is the plan's.
  }
  return elements;
}

/**
 * A Google Doc's body by its structure, not its flattened getText(): headings by ParagraphHeading, list items with
 * their nesting, glyph and list, tables by cell (developers.google.com/apps-script/reference/document/body#getChild,
 * element#getType, paragraph#getHeading, list-item#getNestingLevel, list-item#getGlyphType, table-cell#getText).
 * Service calls: 3 (openByUrl, getBody, getNumChildren), then per paragraph 5 (getChild, getType, asParagraph,
 * getText, getHeading), per list item 8 (… getText, getNestingLevel, getGlyphType, getListId, getHeading), per table 4 (…
 * asTable, getNumRows) + 2 per row (getRow, getNumCells) + 2 per cell (getCell, getText).
 */
function readDocument(url: string): PlanBlock[] {
  return documentBlocks(readElements(DocumentApp.openByUrl(url).getBody()));
}

type Source = { ok: true; text: string } | { ok: true; blocks: PlanBlock[] } | { ok: false; errors: ImportProblem[] };

function readSource(source: ImportSource): Source {
  const text = typeof source.text === 'string' ? source.text : '';
  const url = typeof source.docUrl === 'string' ? source.docUrl.trim() : '';
  if (text.trim() !== '') return { ok: true, text };
  if (url === '') return { ok: false, errors: [{ line: 1, message: sv(IMPORT.noSource) }] };
  if (!DOC_URL.test(url)) return { ok: false, errors: [{ line: 1, message: sv(IMPORT.badDocUrl) }] };
  try {
    return { ok: true, blocks: readDocument(url) };
  } catch {
    return { ok: false, errors: [{ line: 1, message: sv(IMPORT.docUnreadable) }] };
  }
}

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** The year field: empty for the plan's own year, else a year of four digits. */
function givenYear(source: ImportSource): { ok: true; year?: number } | { ok: false; errors: ImportProblem[] } {
  const written = String(source.year ?? '').trim();
  if (written === '') return { ok: true };
  const year = /^\d{4}$/.test(written) ? Number(written) : Number.NaN;
  if (year >= FIRST_YEAR && year <= LAST_YEAR) return { ok: true, year };
  return { ok: false, errors: [{ line: 1, message: say(IMPORT.badYear, { year: written }) }] };
}

/** The targets' Mål rows as the import will write them, each with the parser's doubt. */
function targetPreviews(plan: Plan): Map<string, TargetPreview> {
  const unsure = new Map<string, string>();
  for (const area of plan.areas) {
    for (const target of [...area.overallGoal.targets, ...area.subgoals.flatMap((subgoal) => subgoal.targets)]) {
      if (target.unsure) unsure.set(target.id, target.unsure);
    }
  }
  const previews = new Map<string, TargetPreview>();
  for (const row of goalPlanRows(plan)) {
    const preview: TargetPreview = { cells: PREVIEW_COLUMNS.map((key) => cellText(row[key])) };
    const doubt = unsure.get(cellText(row.id));
    if (doubt) preview.unsure = doubt;
    previews.set(cellText(row.id), preview);
  }
  return previews;
}

function summarise(plan: Plan): PlanSummary {
  const previews = targetPreviews(plan);
  const rows = (ids: string[]) => ids.map((id) => previews.get(id) as TargetPreview);
  return {
    title: plan.title,
    organisation: plan.organisation,
    year: plan.year,
    counts: planCounts(plan),
    targetHeaders: PREVIEW_COLUMNS.map((key) => GOALS.columns[key].header),
    unsure: [...previews.values()].filter((preview) => preview.unsure !== undefined).length,
    areas: plan.areas.map((area) => ({
      id: area.id,
      title: area.title,
      targets: rows(area.overallGoal.targets.map((target) => target.id)),
      subgoals: area.subgoals.map((subgoal) => ({
        id: subgoal.id,
        title: subgoal.title,
        activities: subgoal.activities.map((activity) => `${activity.id} ${activity.text}`),
        targets: rows(subgoal.targets.map((target) => target.id)),
      })),
    })),
  };
}

/** The parser's advice in the dialog's words: the year is given in its field, and a Doc is no file. */
function dialogMessage(message: string, fromDocument: boolean): string {
  if (message === PARSE_MESSAGES.noYear) return sv(IMPORT.noYear);
  if (fromDocument && message === PARSE_MESSAGES.empty) return sv(IMPORT.docEmpty);
  return message;
}

/** Problems as the dialog names them; a Doc's name their paragraph. */
function problems(errors: readonly ImportProblem[], blocks?: readonly PlanBlock[]): ImportProblem[] {
  return errors.map((error) => {
    const problem: ImportProblem = { line: error.line, message: dialogMessage(error.message, blocks !== undefined) };
    const block = blocks?.[error.line - 1];
    if (block) problem.text = excerpt(block.kind === 'row' ? block.cells.join(' ') : block.text);
    return problem;
  });
}

const EXCERPT_LENGTH = 40;

function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text;
}

function parseSource(source: ImportSource): { ok: true; plan: Plan } | { ok: false; errors: ImportProblem[] } {
  const given = source ?? {};
  const year = givenYear(given);
  if (!year.ok) return year;
  const read = readSource(given);
  if (!read.ok) return read;
  const options = year.year === undefined ? {} : { year: year.year };
  if ('blocks' in read) {
    const parsed = parseBlocks(read.blocks, options);
    return parsed.ok ? parsed : { ok: false, errors: problems(parsed.errors, read.blocks) };
  }
  const parsed = parsePlan(read.text, options);
  return parsed.ok ? parsed : { ok: false, errors: problems(parsed.errors) };
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

/** Creates or updates every sheet from the plan. Logg is never rewritten: only its unknown delmål are noted. */
function applyPlan(book: Book, plan: Plan) {
  const planSheet = book.getSheetByName(PLAN_SHEET) ?? ensureSheets(book, plan);
  savePlan(planSheet, plan);
  const existingGoals = readRows(book, GOALS.name, GOALS.width, 2);
  // The board's own rows keep their words (a correction, an added or a struck target): no import overwrites them.
  const board = boardTargets(plan, existingGoals);
  const goals = goalRows(plan, existingGoals, undefined, board);
  writeMerged(book, GOALS.name, GOALS.width, existingGoals.length, goals, board.problems);
  saveRecordedTargets(book, board.plan, board.rows.size);
  const existingActivities = readRows(book, ACTIVITIES.name, ACTIVITIES.width, 2);
  const activities = activityRows(plan, existingActivities);
  writeMerged(book, ACTIVITIES.name, ACTIVITIES.width, existingActivities.length, activities);
  addRoleColumns(book, board.plan, readBranchRows(book)[0] ?? []);
  return { goals, activities, boardRows: board.rows.size, unknownSubgoals: flagUnknownSubgoals(book, plan) };
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
  const { goals, activities, boardRows, unknownSubgoals } = applied;
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
  if (boardRows > 0) lines.push(say(IMPORT.boardRowsKept, { count: boardRows }));
  if (unknownSubgoals > 0) lines.push(say(REVIEW.unknownSubgoalAfterImport, { count: unknownSubgoals }));
  return { ok: true, plan: summarise(plan), message: lines.join('\n') };
}

/** Menu: Importera verksamhetsplan… opens the dialog. */
export function menuImportPlan(): void {
  const html = HtmlService.createHtmlOutputFromFile('import-dialog').setWidth(760).setHeight(600);
  SpreadsheetApp.getUi().showModalDialog(html, sv(IMPORT.dialogTitle));
}
