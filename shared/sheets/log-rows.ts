// Logg rows ↔ Action: writing a logged action as a row, and reading (and checking) a row someone may have typed by hand.

import {
  ACTION_KINDS,
  Action,
  type ActionKindId,
  HTTP_URL,
  MAX_NOTE_LENGTH,
  MAX_QUANTITY,
  MAX_URL_LENGTH,
} from '../model/action.ts';
import { stockholmDay } from '../model/calendar.ts';
import type { Plan } from '../model/plan.ts';
import { planCategories } from '../model/plan-index.ts';
import { z } from '../zod.ts';
import { type CellValue, cellInstant, cellNumber, cellText } from './cells.ts';
import { LOG, type SheetKey } from './columns.ts';

export type LogKey = SheetKey<typeof LOG.columns>;
/** A problem with one cell of a Logg row, in Swedish, for the cell's note. */
export type CellProblem = { key: LogKey; message: string };
export type ReadLogRow = { action: Action | undefined; problems: CellProblem[] };

/** The row for a logged action; `source` is the Källa label (see LOG_SOURCES). */
export function actionToLogRow(action: Action, source: string): CellValue[] {
  return LOG.toCells({
    at: new Date(action.at),
    member: action.member,
    branch: action.branch,
    subgoal: action.subgoal,
    activity: action.activity,
    kind: action.kind,
    quantity: action.quantity,
    url: action.url,
    category: action.category,
    note: action.note,
    source,
    id: action.id,
  });
}

/** What a hand-typed row is checked against, built once per read of the whole sheet. */
export type LogContext = {
  /** Upper-cased delmål id → the delmål id and its activity ids (upper-cased → as in the plan). */
  subgoals: Map<string, { id: string; activities: Map<string, string> }>;
  /** Kind id, Swedish or English label, lower-cased → kind id. */
  kinds: Map<string, ActionKindId>;
  /** Lower-cased category → the plan's spelling. */
  categories: Map<string, string>;
  /** Stockholm day number of "today": rows after it are in the future. */
  today: number;
};

export function logContext(plan: Plan, now: Date): LogContext {
  const subgoals: LogContext['subgoals'] = new Map();
  for (const subgoal of plan.areas.flatMap((area) => area.subgoals)) {
    const activities = new Map(subgoal.activities.map((activity) => [activity.id.toUpperCase(), activity.id]));
    subgoals.set(subgoal.id.toUpperCase(), { id: subgoal.id, activities });
  }
  const kinds: LogContext['kinds'] = new Map();
  for (const kind of ACTION_KINDS) {
    for (const name of [kind.id, kind.sv, kind.en]) kinds.set(name.toLowerCase(), kind.id);
  }
  const categories = new Map(planCategories(plan).map((category) => [category.toLowerCase(), category]));
  return { subgoals, kinds, categories, today: stockholmDay(now.getTime()) };
}

const UUID = z.uuid();
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Rows typed by hand have no id until someone edits them in the sheet; their row number stands in for one. */
function rowUuid(rowNumber: number): string {
  return `00000000-0000-4000-8000-${String(rowNumber).padStart(12, '0')}`;
}

function listed(values: Iterable<string>): string {
  const list = [...values];
  const shown = list.slice(0, 12).join(', ');
  return list.length > 12 ? `${shown} …` : shown;
}

/** The problem of a Delmål cell naming a delmål the plan does not have (also flagged right after a re-import). */
export function unknownSubgoalMessage(subgoal: string, context: LogContext): string {
  const known = [...context.subgoals.values()].map((entry) => entry.id);
  return `Delmålet "${subgoal}" finns inte i planen. Planens delmål: ${listed(known)}.`;
}

/** True when a Delmål cell is filled in but names no delmål of the plan. */
export function isUnknownSubgoal(cell: unknown, context: LogContext): boolean {
  const text = cellText(cell);
  return text !== '' && !context.subgoals.has(text.toUpperCase());
}

/**
 * Reads one Logg row (cells in LOG column order) into an Action, or says what is wrong with each cell. `rowNumber` is
 * the 1-based sheet row, used as the id of a row that has none.
 */
export function readLogRow(cells: readonly unknown[], rowNumber: number, context: LogContext): ReadLogRow {
  const cell = (key: LogKey) => cells[LOG.index(key)];
  const text = (key: LogKey) => cellText(cell(key));
  const problems: CellProblem[] = [];
  const problem = (key: LogKey, message: string) => {
    problems.push({ key, message });
    return undefined;
  };

  const at = cellInstant(cell('at'));
  const atIso = (() => {
    if (at === null) return problem('at', 'Tid saknas. Skriv datumet, t.ex. 2024-03-05.');
    if (Number.isNaN(at.getTime())) return problem('at', 'Tid är inget datum. Skriv datumet, t.ex. 2024-03-05.');
    if (stockholmDay(at.getTime()) > context.today) return problem('at', 'Tiden ligger i framtiden.');
    return at.toISOString();
  })();

  const member = text('member');
  if (member === '') problem('member', 'Medlem saknas: skriv vem som gjorde det.');

  const subgoalText = text('subgoal');
  const subgoal = subgoalText === '' ? undefined : context.subgoals.get(subgoalText.toUpperCase());
  if (subgoalText === '') problem('subgoal', 'Delmål saknas: skriv delmålets id, t.ex. U3.');
  else if (!subgoal) problem('subgoal', unknownSubgoalMessage(subgoalText, context));

  const activityText = text('activity');
  const activity = activityText === '' ? undefined : subgoal?.activities.get(activityText.toUpperCase());
  if (activityText !== '' && subgoal && !activity) {
    problem(
      'activity',
      `Aktiviteten "${activityText}" hör inte till delmål ${subgoal.id}. Dess aktiviteter: ${listed(subgoal.activities.values()) || 'inga'}.`,
    );
  }

  const kindText = text('kind');
  const kind = context.kinds.get(kindText.toLowerCase());
  if (kindText === '') problem('kind', 'Typ saknas: välj en typ i listan.');
  else if (!kind) problem('kind', `Okänd typ "${kindText}". Välj en typ i listan.`);

  const quantity = cellNumber(cell('quantity'));
  if (quantity === null) problem('quantity', 'Antal saknas: skriv ett heltal, minst 1.');
  else if (Number.isNaN(quantity)) problem('quantity', 'Antal är inget tal: skriv det med siffror, t.ex. 3.');
  else if (!Number.isInteger(quantity)) problem('quantity', 'Antal måste vara ett heltal.');
  else if (quantity < 1) problem('quantity', 'Antal måste vara minst 1.');
  else if (quantity > MAX_QUANTITY) problem('quantity', `Antal får vara högst ${MAX_QUANTITY}.`);

  const url = text('url');
  if (url !== '' && (!HTTP_URL.test(url) || url.length > MAX_URL_LENGTH)) {
    problem(
      'url',
      `Länken fungerar inte: den måste börja med http:// eller https://, sakna mellanslag och vara högst ${MAX_URL_LENGTH} tecken.`,
    );
  }

  const categoryText = text('category');
  const category = categoryText === '' ? undefined : context.categories.get(categoryText.toLowerCase());
  if (categoryText !== '' && !category) {
    problem(
      'category',
      context.categories.size === 0
        ? 'Planen har inga prioriterade områden: lämna Område tomt.'
        : `Okänt område "${categoryText}". Planens områden: ${listed(context.categories.values())}.`,
    );
  }

  const note = text('note');
  if (note.length > MAX_NOTE_LENGTH) problem('note', `Anteckningen får vara högst ${MAX_NOTE_LENGTH} tecken.`);
  const branch = text('branch');
  for (const [key, value] of [
    ['member', member],
    ['branch', branch],
    ['note', note],
  ] as const) {
    if (CONTROL_CHARS.test(value)) problem(key, 'Texten innehåller otillåtna kontrolltecken.');
  }

  const id = text('id');
  if (id !== '' && !UUID.safeParse(id).success) problem('id', 'ID är skadat. Töm cellen så får raden ett nytt.');

  if (problems.length > 0 || !atIso || !subgoal || !kind || quantity === null) return { action: undefined, problems };
  const parsed = Action.safeParse({
    id: id === '' ? rowUuid(rowNumber) : id.toLowerCase(),
    at: atIso,
    subgoal: subgoal.id,
    activity,
    kind,
    quantity,
    url: url || undefined,
    category,
    note: note || undefined,
    member,
    branch: branch || undefined,
  });
  if (parsed.success) return { action: parsed.data, problems };
  // Lengths and shapes the checks above do not cover (a 300-character name): one problem per field.
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    const column = typeof key === 'string' && (LOG.keys as readonly string[]).includes(key) ? (key as LogKey) : 'id';
    problem(column, `Värdet kan inte sparas (${issue.message}).`);
  }
  return { action: undefined, problems };
}

/** Every Logg row of a sheet (data rows, starting at sheet row `firstRow`) read into actions and problems. */
export function readLogRows(rows: readonly (readonly unknown[])[], firstRow: number, context: LogContext) {
  const actions: Action[] = [];
  const invalid: { rowNumber: number; problems: CellProblem[] }[] = [];
  rows.forEach((cells, at) => {
    if (cells.every((value) => cellText(value) === '')) return;
    const rowNumber = firstRow + at;
    const read = readLogRow(cells, rowNumber, context);
    if (read.action) actions.push(read.action);
    else invalid.push({ rowNumber, problems: read.problems });
  });
  return { actions, invalid };
}
