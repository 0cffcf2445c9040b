// Reads one action a member's client sent (JSON values) into a draft and checks it by the shared action rules.

import { shorten } from '../format.ts';
import { ActionInput } from '../model/action.ts';
import { type ActionDraft, checkActionDraft, type PlanIndex } from '../model/action-rules.ts';

export type CheckedAction = { ok: true; action: ActionInput } | { ok: false; id: string; error: string };

/** Own keys only, so `__proto__` and inherited names never count; Object.hasOwn is newer than Apps Script's V8. */
function hasOwn(object: object, key: PropertyKey): boolean {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn may be missing in Apps Script's V8.
  return Object.prototype.hasOwnProperty.call(object, key);
}

const FIELDS = Object.keys(ActionInput.shape) as (keyof ActionInput)[];
const TEXT_FIELDS = ['subgoal', 'activity', 'kind', 'url', 'category', 'note', 'role'] as const;
/** The words a member reads for a text field the client sent as something else. */
const TEXT_NAMES: Record<(typeof TEXT_FIELDS)[number], string> = {
  subgoal: 'Delmål',
  activity: 'Aktivitet',
  kind: 'Typ',
  url: 'Länk',
  category: 'Område',
  note: 'Anteckning',
  role: 'Roll',
};

/** The client's id when it is usable as one, so the client can match the result; '' otherwise. */
function claimedId(raw: object): string {
  if (!hasOwn(raw, 'id')) return '';
  const id = (raw as { id: unknown }).id;
  return typeof id === 'string' && id.length <= 64 ? id : '';
}

export function checkAction(raw: unknown, index: PlanIndex, now: Date): CheckedAction {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, id: '', error: 'åtgärden måste vara ett JSON-objekt' };
  }
  const fields = raw as Record<string, unknown>;
  const reject = (errors: string[]): CheckedAction => ({ ok: false, id: claimedId(raw), error: errors.join('; ') });
  const unknown = Object.keys(fields).filter((key) => !(FIELDS as string[]).includes(key));
  // JSON.parse makes "__proto__" an own key, which Object.keys lists; it is unknown like any other.
  if (unknown.length > 0) return reject([`okänt fält: ${shorten(unknown.join(', '))}`]);

  const errors: string[] = [];
  /** Fields sent in the wrong form: reported once, by their form rule, not again by the action rules. */
  const malformed = new Set<string>();
  const wrongForm = (field: string, message: string) => {
    malformed.add(field);
    errors.push(message);
  };
  const id = fields.id;
  if (typeof id !== 'string' || !ActionInput.shape.id.safeParse(id).success) errors.push('id måste vara ett uuid');
  const at = hasOwn(fields, 'at') ? fields.at : undefined;
  const atValid = typeof at === 'string' && ActionInput.shape.at.safeParse(at).success;
  if (at !== undefined && !atValid) {
    wrongForm('at', 'Datum måste vara en tidpunkt i ISO 8601 med tidszon, t.ex. 2024-03-01T12:00:00Z.');
  }
  const text = (field: (typeof TEXT_FIELDS)[number]): string => {
    const value = hasOwn(fields, field) ? fields[field] : undefined;
    if (value === undefined) return '';
    // The wire leaves an empty field out; an empty string is a client bug, refused rather than read as absent.
    if (value === '' && field !== 'note') wrongForm(field, `${TEXT_NAMES[field]} är tom: utelämna fältet i stället.`);
    else if (typeof value === 'string') return value;
    else wrongForm(field, `${TEXT_NAMES[field]} måste vara text.`);
    return '';
  };
  // The wire carries kind ids only (a label is for people typing in Logg), so the id list is the client's form rule.
  const kind = text('kind');
  if (kind !== '' && !ActionInput.shape.kind.safeParse(kind).success) {
    wrongForm('kind', `Okänd typ "${shorten(kind)}". Typerna är: ${ActionInput.shape.kind.options.join(', ')}.`);
  }
  const quantity = hasOwn(fields, 'quantity') ? fields.quantity : undefined;
  if (quantity !== undefined && typeof quantity !== 'number') wrongForm('quantity', 'Antal måste vara ett tal.');
  const draft: ActionDraft = {
    at: atValid ? new Date(at) : null,
    member: '',
    branch: '',
    subgoal: text('subgoal'),
    activity: text('activity'),
    kind,
    quantity: typeof quantity === 'number' ? quantity : null,
    url: text('url'),
    category: text('category'),
    note: text('note'),
    role: text('role'),
  };
  const checked = checkActionDraft(draft, index, now, { memberRequired: false });
  errors.push(...checked.problems.filter((problem) => !malformed.has(problem.field)).map((problem) => problem.message));
  if (errors.length > 0 || !checked.fields || typeof id !== 'string') return reject([...new Set(errors)]);
  const { member: _member, branch: _branch, ...action } = checked.fields;
  const parsed = ActionInput.safeParse({ ...action, at, id: id.toLowerCase() });
  // The rules above cover the schema; a mismatch would be a bug, and is refused rather than stored.
  return parsed.success ? { ok: true, action: parsed.data } : reject(['åtgärden har fel form']);
}
