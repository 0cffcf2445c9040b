// Creates the add-on's sheets the first time: headers from the column definitions, frozen and protected (warning only),
// dropdowns and other validations, date and percent formats, status colours. Runs only for sheets that are missing;
// a register an earlier version made is brought up to date once (upgradeRegister).
import { ACTION_KINDS, actionKindLabel, MAX_QUANTITY } from '../../../shared/model/action.ts';
import { indexPlan } from '../../../shared/model/action-rules.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { cellA1, columnLetters, columnsA1 } from '../../../shared/sheets/a1.ts';
import { branchHeaders } from '../../../shared/sheets/branch-rows.ts';
import { cellText } from '../../../shared/sheets/cells.ts';
import {
  ACTIVITIES,
  BRANCHES,
  type Columns,
  GOAL_FORMATS,
  GOALS,
  LOG,
  PLAN_SHEET,
  RECORDED,
  type SheetDefinition,
} from '../../../shared/sheets/columns.ts';
import { ACTIVITY_STATUSES } from '../../../shared/sheets/labels.ts';
import {
  ACTIVITY_STATUS_COLOURS,
  GOAL_STATUS_COLOURS,
  type StatusColour,
} from '../../../shared/sheets/status-colours.ts';
import { SHEET_NOTES, sv } from '../messages.ts';
import { formatPlanSheet, PLAN_COLUMNS, planListA1 } from './plan-store.ts';
import { type Book, bookBlockRange, insertSheetWithHeader, type Sheet, withoutTrailingBlankRows } from './sheet-io.ts';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** One sheet's fixed structure. Column ranges are A1 without the sheet name, from row 2 down (`D2:D`). */
type SheetSpec = {
  name: string;
  headers: readonly string[];
  /** Ranges people type in; everything else (headers, ids, computed columns) warns before an edit. */
  editable: string[];
  validations: { range: string; rule: (book: Book) => Rule }[];
  formats: { range: string; format: string }[];
  /** A column whose words are coloured by conditional format rules, so the colour follows every later rewrite. */
  colours?: { range: string; statuses: readonly StatusColour[] };
};

const DAY_FORMAT = 'yyyy-mm-dd';
const TIME_FORMAT = 'yyyy-mm-dd hh:mm';

function rows<C extends Columns>(sheet: SheetDefinition<C>, key: Extract<keyof C, string>): string {
  const letters = columnLetters(sheet.column(key));
  return `${letters}2:${letters}`;
}

function boardRanges<C extends Columns>(sheet: SheetDefinition<C>): string[] {
  return sheet.boardRuns().map(([first, count]) => `${columnLetters(first)}2:${columnLetters(first + count - 1)}`);
}

const list = (values: readonly string[], allowInvalid: boolean, help?: string) => () => {
  const builder = SpreadsheetApp.newDataValidation()
    .requireValueInList([...values], true)
    .setAllowInvalid(allowInvalid);
  return (help ? builder.setHelpText(help) : builder).build();
};
const planList = (column: (typeof PLAN_COLUMNS)[keyof typeof PLAN_COLUMNS]) => (book: Book) =>
  SpreadsheetApp.newDataValidation()
    .requireValueInRange(book.getRange(planListA1(column)), true)
    .setAllowInvalid(true)
    .build();
const date = (allowInvalid: boolean) => () =>
  SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(allowInvalid).build();
/** Logg's Typ: the kinds by their Swedish names; an id or English name typed by hand is allowed and still read. */
const kindList = list(
  ACTION_KINDS.map((kind) => kind.sv),
  true,
  sv(SHEET_NOTES.kindHelp),
);

/** Mål's column formats as ranges: plain-text words, Framsteg in percent. */
function goalFormats(): SheetSpec['formats'] {
  return Object.entries(GOAL_FORMATS).map(([key, format]) => ({
    range: rows(GOALS, key as keyof typeof GOAL_FORMATS),
    format,
  }));
}

function specs(plan: Plan): SheetSpec[] {
  return [
    {
      name: GOALS.name,
      headers: GOALS.headers,
      editable: boardRanges(GOALS),
      validations: [],
      formats: goalFormats(),
      colours: { range: rows(GOALS, 'status'), statuses: GOAL_STATUS_COLOURS },
    },
    {
      name: ACTIVITIES.name,
      headers: ACTIVITIES.headers,
      editable: boardRanges(ACTIVITIES),
      validations: [
        { range: rows(ACTIVITIES, 'status'), rule: list(ACTIVITY_STATUSES.map(sv), false) },
        { range: rows(ACTIVITIES, 'deadline'), rule: date(false) },
      ],
      formats: [
        { range: rows(ACTIVITIES, 'deadline'), format: DAY_FORMAT },
        { range: rows(ACTIVITIES, 'changedAt'), format: TIME_FORMAT },
      ],
      colours: { range: rows(ACTIVITIES, 'status'), statuses: ACTIVITY_STATUS_COLOURS },
    },
    {
      name: LOG.name,
      headers: LOG.headers,
      editable: boardRanges(LOG),
      validations: [
        { range: rows(LOG, 'at'), rule: date(true) },
        { range: rows(LOG, 'subgoal'), rule: planList(PLAN_COLUMNS.subgoals) },
        { range: rows(LOG, 'kind'), rule: kindList },
        {
          range: rows(LOG, 'quantity'),
          rule: () =>
            SpreadsheetApp.newDataValidation().requireNumberBetween(1, MAX_QUANTITY).setAllowInvalid(true).build(),
        },
        {
          range: rows(LOG, 'url'),
          rule: () => SpreadsheetApp.newDataValidation().requireTextIsUrl().setAllowInvalid(true).build(),
        },
        { range: rows(LOG, 'category'), rule: planList(PLAN_COLUMNS.categories) },
        { range: rows(LOG, 'role'), rule: planList(PLAN_COLUMNS.roles) },
      ],
      formats: [{ range: rows(LOG, 'at'), format: TIME_FORMAT }],
    },
    {
      name: BRANCHES.name,
      headers: branchHeaders(plan, []),
      // Role columns come and go with the plan: the whole body stays editable.
      editable: ['A2:Z'],
      validations: [],
      formats: [],
    },
    {
      name: RECORDED.name,
      headers: RECORDED.headers,
      editable: boardRanges(RECORDED),
      validations: [
        { range: rows(RECORDED, 'at'), rule: date(false) },
        { range: rows(RECORDED, 'targetId'), rule: planList(PLAN_COLUMNS.recordedTargets) },
      ],
      formats: [{ range: rows(RECORDED, 'at'), format: DAY_FORMAT }],
    },
  ];
}

/** One rule per status word; the rules are copies of one builder, so the spreadsheet is reached three times in all. */
function colourStatuses(sheet: Sheet, range: string, statuses: readonly StatusColour[]): void {
  const base = SpreadsheetApp.newConditionalFormatRule().setRanges([sheet.getRange(range)]);
  sheet.setConditionalFormatRules(
    statuses.map(({ text, background }) => base.copy().whenTextEqualTo(text).setBackground(background).build()),
  );
}

function createSheet(book: Book, spec: SheetSpec): Sheet {
  const { sheet } = insertSheetWithHeader(book, spec.name, spec.headers);
  const protection = sheet.protect().setWarningOnly(true).setDescription(sv(SHEET_NOTES.protectedWarning));
  if (spec.editable.length > 0) protection.setUnprotectedRanges(spec.editable.map((range) => sheet.getRange(range)));
  for (const { range, rule } of spec.validations) sheet.getRange(range).setDataValidation(rule(book));
  for (const { range, format } of spec.formats) sheet.getRange(range).setNumberFormat(format);
  if (spec.colours) colourStatuses(sheet, spec.colours.range, spec.colours.statuses);
  return sheet;
}

/** The name Google gives the first sheet of a new spreadsheet, in Swedish and English. */
const DEFAULT_SHEET_NAME = /^(?:Blad|Sheet)1$/;

/** The only sheet of a brand-new spreadsheet while nobody has touched it: default name, no cells, no charts. */
function untouchedOnlySheet(book: Book): Sheet | undefined {
  const sheets = book.getSheets();
  const [only] = sheets;
  if (sheets.length !== 1 || !only || !DEFAULT_SHEET_NAME.test(only.getName())) return undefined;
  const blank = only.getLastRow() === 0 && only.getLastColumn() === 0 && only.getCharts().length === 0;
  return blank ? only : undefined;
}

/**
 * Creates whichever of the add-on's sheets are missing (the hidden `_plan` first, since dropdowns read from it) and
 * returns `_plan`. Existing sheets are left as they are, except that the first import into a brand-new spreadsheet
 * removes its empty default sheet ("Blad1"), which would otherwise sit first and blank in front of Mål.
 */
export function ensureSheets(book: Book, plan: Plan): Sheet {
  let planSheet = book.getSheetByName(PLAN_SHEET);
  const placeholder = planSheet ? undefined : untouchedOnlySheet(book);
  if (!planSheet) {
    planSheet = book.insertSheet(PLAN_SHEET);
    formatPlanSheet(planSheet);
  }
  for (const spec of specs(plan)) {
    if (!book.getSheetByName(spec.name)) createSheet(book, spec);
  }
  const goals = book.getSheetByName(GOALS.name);
  if (placeholder && goals) {
    book.setActiveSheet(goals);
    book.deleteSheet(placeholder);
  }
  return planSheet;
}

/** How long the relabelling waits for a web-app append or an archiving that holds the script lock. */
const LOCK_WAIT_MS = 30_000;

/**
 * Logg's Typ cells written as ids or English names ("article.published") rewritten as the Swedish names the dropdown
 * offers. Under the script lock, as archiving rewrites Logg under it: a row it moved is never given another's kind.
 */
function relabelKinds(book: Book, plan: Plan): void {
  const lock = LockService.getScriptLock();
  lock.waitLock(LOCK_WAIT_MS);
  try {
    const column = columnsA1(LOG.name, 1, 2, LOG.column('kind'));
    const cells = withoutTrailingBlankRows(book.getRange(column).getValues());
    const kinds = indexPlan(plan).kinds;
    let changed = false;
    const labels = cells.map(([cell]) => {
      const kind = kinds.get(cellText(cell).toLowerCase());
      const label = kind === undefined ? cell : actionKindLabel(kind);
      if (label !== cell) changed = true;
      return [label];
    });
    if (changed) book.getRange(`${column}${labels.length + 1}`).setValues(labels);
  } finally {
    lock.releaseLock();
  }
}

/**
 * Brings a register made by an earlier version up to date, once: Mål gets the current header (Prognos, Framsteg), its
 * words plain text and Framsteg its percent format; Logg's Typ dropdown lists the Swedish names and the rows typed with ids show them, and Logg gets its Roll column.
 * `goalsHeader` is Mål's first row as read. Returns true when it upgraded; costs no call on a current register.
 */
export function upgradeRegister(book: Book, plan: Plan, goalsHeader: readonly unknown[]): boolean {
  if (GOALS.headers.every((header, at) => cellText(goalsHeader[at]) === header)) return false;
  const header = bookBlockRange(book, GOALS.name, 1, 1, GOALS.width);
  header.setValues([[...GOALS.headers]]);
  header.setFontWeight('bold');
  for (const { range, format } of goalFormats()) book.getRange(`'${GOALS.name}'!${range}`).setNumberFormat(format);
  if (book.getSheetByName(LOG.name)) {
    book.getRange(`'${LOG.name}'!${rows(LOG, 'kind')}`).setDataValidation(kindList());
    // Registers older than the Roll column: its header (bold, as the row is) and the plan's roles as its dropdown.
    book
      .getRange(cellA1(LOG.name, 1, LOG.column('role')))
      .setValue(LOG.headers[LOG.index('role')])
      .setFontWeight('bold');
    book.getRange(`'${LOG.name}'!${rows(LOG, 'role')}`).setDataValidation(planList(PLAN_COLUMNS.roles)(book));
    relabelKinds(book, plan);
  }
  return true;
}
