// The one set of rules a logged action meets, however it arrives: a member's client through the web app, or a row
// typed into Logg. Each source reads its own syntax (JSON values, cells) into an ActionDraft; the rules, their
// Swedish messages and the decision about the future live here only.

import { shorten } from '../format.ts';
import {
  ACTION_KINDS,
  type Action,
  type ActionKindId,
  HTTP_URL,
  MAX_NOTE_LENGTH,
  MAX_QUANTITY,
  MAX_URL_LENGTH,
} from './action.ts';
import { dayToIso, stockholmDay, yearSpan } from './calendar.ts';
import type { Plan } from './plan.ts';
import { planCategories, planRoles } from './plan-index.ts';

/** What an action may refer to, keyed case-insensitively, so "u3" typed in a cell finds U3. */
export interface PlanIndex {
  /** Upper-cased delmål id → the delmål id and its activities (upper-cased id → id as in the plan). */
  subgoals: Map<string, { id: string; activities: Map<string, string> }>;
  /** Kind id, Swedish or English label, lower-cased → kind id. */
  kinds: Map<string, ActionKindId>;
  /** Lower-cased category → the plan's spelling. */
  categories: Map<string, string>;
  /** Lower-cased role a coverage target names → the plan's spelling. */
  roles: Map<string, string>;
  /** The calendar years the plan covers: an action is done within them (Stockholm days). */
  years: PlanYears;
}

/** The first and last calendar year of a plan; the same year for a one-year plan. */
export type PlanYears = { first: number; last: number };

/**
 * The years a plan's actions fall in. Every plan is one year today; a plan that keeps a year span ("2025–2027")
 * gives its first and last year here, and the date rule below follows it.
 */
export function planYears(plan: Pick<Plan, 'year'>): PlanYears {
  return { first: plan.year, last: plan.year };
}

/** "2024", or "2025–2027" for a span: the years as the plan names them. */
export function planYearsText(years: PlanYears): string {
  return years.first === years.last ? String(years.first) : `${years.first}–${years.last}`;
}

export function indexPlan(plan: Plan): PlanIndex {
  const subgoals: PlanIndex['subgoals'] = new Map();
  for (const subgoal of plan.areas.flatMap((area) => area.subgoals)) {
    const activities = new Map(subgoal.activities.map((activity) => [activity.id.toUpperCase(), activity.id]));
    subgoals.set(subgoal.id.toUpperCase(), { id: subgoal.id, activities });
  }
  const kinds: PlanIndex['kinds'] = new Map();
  for (const kind of ACTION_KINDS) {
    for (const name of [kind.id, kind.sv, kind.en]) kinds.set(name.toLowerCase(), kind.id);
  }
  const categories = new Map(planCategories(plan).map((category) => [category.toLowerCase(), category]));
  const roles = new Map(planRoles(plan).map((role) => [role.toLowerCase(), role]));
  return { subgoals, kinds, categories, roles, years: planYears(plan) };
}

/** The delmål an id names in this plan, whatever its case. */
export function findSubgoal(index: PlanIndex, id: string) {
  return index.subgoals.get(id.trim().toUpperCase());
}

/** An action's fields as a source read them, before any rule: '' for an empty text, null for a missing value. */
export interface ActionDraft {
  /** null when missing; an invalid Date when the source could not read it as a point in time. */
  at: Date | null;
  member: string;
  branch: string;
  subgoal: string;
  activity: string;
  kind: string;
  /** null when missing; NaN when the source could not read it as a number. */
  quantity: number | null;
  url: string;
  category: string;
  note: string;
  role: string;
}

export type ActionField = keyof ActionDraft;

/** The fields by the names members and the board know them, for every message that names one. */
export const ACTION_FIELD_NAMES: Record<ActionField | 'id', string> = {
  at: 'datum',
  member: 'medlem',
  branch: 'partiförening',
  subgoal: 'delmål',
  activity: 'aktivitet',
  kind: 'typ',
  quantity: 'antal',
  url: 'länk',
  category: 'område',
  note: 'anteckning',
  role: 'roll',
  id: 'id',
};

export type ActionProblem = { field: ActionField; message: string };
/** The fields of an action that passed every rule, ids spelt as the plan spells them. */
export type CheckedFields = Omit<Action, 'id' | 'member' | 'branch'> & { member: string; branch: string };

/**
 * How far past the checking clock an action may lie: a member's laptop clock running a little fast. An action that
 * passes once passes at every later check, so a row the web app accepted is never flagged in Logg afterwards.
 */
export const MAX_CLOCK_SKEW_MS = 60 * 60 * 1000;
const MAX_NAME_LENGTH = 200;
/** C0 controls but tab and line breaks, DEL, and the C1 controls U+0080–U+009F. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Bidirectional embeddings, overrides and isolates: they make text show in another order than it is written. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
/** Half of a UTF-16 surrogate pair without the other half: not a character, and mangled by every export. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** What no free text may hold, and why, in the words of the one who typed it. */
const FORBIDDEN_TEXT: [RegExp, string][] = [
  [CONTROL_CHARS, 'innehåller otillåtna kontrolltecken.'],
  [
    BIDI_CONTROLS,
    'innehåller osynliga tecken som vänder textens riktning (U+202A–U+202E, U+2066–U+2069). Ta bort dem.',
  ],
  [
    LONE_SURROGATE,
    'innehåller ett trasigt tecken (en halv emoji eller ett annat tecken som blivit avklippt). Skriv om texten.',
  ],
];

function listed(values: Iterable<string>): string {
  const list = [...values];
  const shown = list.slice(0, 12).join(', ');
  return list.length > 12 ? `${shown} …` : shown;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Why an action done at this instant cannot count towards the plan, or undefined when its Stockholm day lies within
 * the plan's years. Reports measure the plan's year only, so an action outside it would be counted nowhere.
 */
export function outsidePlanYears(instant: number, years: PlanYears): string | undefined {
  const day = stockholmDay(instant);
  if (day >= yearSpan(years.first).first && day <= yearSpan(years.last).last) return undefined;
  const span = planYearsText(years);
  return `Datumet ${dayToIso(day)} ligger utanför planens år ${span}: bara det som görs under ${span} räknas.`;
}

/** The problem of a delmål id the plan does not have (also flagged in Logg right after a re-import). */
export function unknownSubgoalMessage(subgoal: string, index: PlanIndex): string {
  const known = [...index.subgoals.values()].map((entry) => entry.id);
  return `Delmålet "${shorten(subgoal)}" finns inte i planen. Planens delmål: ${listed(known)}.`;
}

/**
 * Checks a draft against the rules, the plan and the clock. `member` is required only where the source supplies it
 * (Logg); the web app takes member and branch from the token.
 */
export function checkActionDraft(
  draft: ActionDraft,
  index: PlanIndex,
  now: Date,
  options: { memberRequired: boolean },
): { fields: CheckedFields | undefined; problems: ActionProblem[] } {
  const problems: ActionProblem[] = [];
  const problem = (field: ActionField, message: string) => {
    problems.push({ field, message });
    return undefined;
  };

  const at = (() => {
    if (draft.at === null) return problem('at', 'Datum saknas. Skriv datumet, t.ex. 2024-03-05.');
    if (Number.isNaN(draft.at.getTime()))
      return problem('at', 'Datum är inget riktigt datum. Skriv det som 2024-03-05.');
    if (draft.at.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) return problem('at', 'Datumet ligger i framtiden.');
    const outside = outsidePlanYears(draft.at.getTime(), index.years);
    if (outside) return problem('at', outside);
    return draft.at.toISOString();
  })();

  if (options.memberRequired && draft.member === '') problem('member', 'Medlem saknas: skriv vem som gjorde det.');

  const subgoal = draft.subgoal === '' ? undefined : findSubgoal(index, draft.subgoal);
  if (draft.subgoal === '') problem('subgoal', 'Delmål saknas: skriv delmålets id, t.ex. U3.');
  else if (!subgoal) problem('subgoal', unknownSubgoalMessage(draft.subgoal, index));

  const activity = draft.activity === '' ? undefined : subgoal?.activities.get(draft.activity.toUpperCase());
  if (draft.activity !== '' && subgoal && !activity) {
    problem(
      'activity',
      `Aktiviteten "${shorten(draft.activity)}" hör inte till delmål ${subgoal.id}. Dess aktiviteter: ${listed(subgoal.activities.values()) || 'inga'}.`,
    );
  }

  const kind = index.kinds.get(draft.kind.toLowerCase());
  if (draft.kind === '') problem('kind', 'Typ saknas: välj en typ i listan.');
  else if (!kind) problem('kind', `Okänd typ "${shorten(draft.kind)}". Välj en typ i listan.`);

  const quantity = draft.quantity;
  if (quantity === null) problem('quantity', 'Antal saknas: skriv ett heltal, minst 1.');
  else if (Number.isNaN(quantity)) problem('quantity', 'Antal är inget tal: skriv det med siffror, t.ex. 3.');
  else if (!Number.isInteger(quantity)) problem('quantity', 'Antal måste vara ett heltal.');
  else if (quantity < 1) problem('quantity', 'Antal måste vara minst 1.');
  else if (quantity > MAX_QUANTITY) problem('quantity', `Antal får vara högst ${MAX_QUANTITY}.`);

  if (draft.url !== '' && (!HTTP_URL.test(draft.url) || draft.url.length > MAX_URL_LENGTH)) {
    problem(
      'url',
      `Länken fungerar inte: den måste börja med http:// eller https://, sakna mellanslag och vara högst ${MAX_URL_LENGTH} tecken.`,
    );
  }

  const category = draft.category === '' ? undefined : index.categories.get(draft.category.toLowerCase());
  if (draft.category !== '' && !category) {
    problem(
      'category',
      index.categories.size === 0
        ? 'Planen har inga prioriterade områden: lämna Område tomt.'
        : `Okänt område "${shorten(draft.category)}". Planens områden: ${listed(index.categories.values())}.`,
    );
  }

  const role = draft.role === '' ? undefined : index.roles.get(draft.role.toLowerCase());
  if (draft.role !== '' && kind !== undefined && kind !== 'role.appointed') {
    problem('role', 'Roll hör bara till typen Ansvarig utsedd: töm Roll eller välj den typen.');
  } else if (draft.role !== '' && !role) {
    problem(
      'role',
      index.roles.size === 0
        ? 'Planen ber inte partiföreningarna om några roller: lämna Roll tom.'
        : `Okänd roll "${shorten(draft.role)}". Planens roller: ${listed(index.roles.values())}.`,
    );
  }

  if (draft.note.length > MAX_NOTE_LENGTH) problem('note', `Anteckningen får vara högst ${MAX_NOTE_LENGTH} tecken.`);
  for (const field of ['member', 'branch'] as const) {
    if (draft[field].length > MAX_NAME_LENGTH) {
      problem(field, `${capitalised(ACTION_FIELD_NAMES[field])} får vara högst ${MAX_NAME_LENGTH} tecken.`);
    }
  }
  for (const field of ['member', 'branch', 'note', 'url'] as const) {
    const forbidden = FORBIDDEN_TEXT.find(([pattern]) => pattern.test(draft[field]));
    if (forbidden) problem(field, `${capitalised(ACTION_FIELD_NAMES[field])} ${forbidden[1]}`);
  }

  if (problems.length > 0 || !at || !subgoal || !kind || quantity === null) return { fields: undefined, problems };
  const fields: CheckedFields = {
    at,
    member: draft.member,
    branch: draft.branch,
    subgoal: subgoal.id,
    kind,
    quantity,
    ...(activity === undefined ? {} : { activity }),
    ...(draft.url === '' ? {} : { url: draft.url }),
    ...(category === undefined ? {} : { category }),
    ...(draft.note === '' ? {} : { note: draft.note }),
    ...(role === undefined ? {} : { role }),
  };
  return { fields, problems };
}
