// Validates one action a member sent: the shared ActionInput schema, then against the plan and the clock.
import { ACTION_KINDS, ActionInput, MAX_NOTE_LENGTH, MAX_QUANTITY, MAX_URL_LENGTH } from '../model/action.ts';
import type { Plan } from '../model/plan.ts';
import { planCategories } from '../model/plan-index.ts';
import { shorten } from './envelope.ts';

/** What an action may refer to: delmål ids with their activity ids, and the plan's categories. */
export interface PlanIndex {
  subgoals: Map<string, Set<string>>;
  categories: Set<string>;
}

export function indexPlan(plan: Plan): PlanIndex {
  const subgoals = new Map<string, Set<string>>();
  for (const subgoal of plan.areas.flatMap((area) => area.subgoals)) {
    subgoals.set(subgoal.id, new Set(subgoal.activities.map((activity) => activity.id)));
  }
  return { subgoals, categories: new Set(planCategories(plan)) };
}

export type CheckedAction = { ok: true; action: ActionInput } | { ok: false; id: string; error: string };

/** How far ahead of the server's clock `at` may be: a member in another time zone, a skewed laptop clock. */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

const FIELD_RULES: Record<keyof ActionInput, string> = {
  id: 'id måste vara ett uuid',
  at: 'at måste vara en tidpunkt i ISO 8601 med tidszon, t.ex. 2024-03-01T12:00:00Z',
  subgoal: 'subgoal måste vara ett delmåls id (högst 64 tecken)',
  activity: 'activity måste vara en aktivitets id (högst 64 tecken)',
  kind: `kind måste vara en av ${ACTION_KINDS.map((kind) => kind.id).join(', ')}`,
  quantity: `quantity måste vara ett heltal från 1 till ${MAX_QUANTITY}`,
  url: `url måste börja med http:// eller https:// och vara högst ${MAX_URL_LENGTH} tecken`,
  category: 'category måste vara text på högst 200 tecken utan kontrolltecken',
  note: `note får vara högst ${MAX_NOTE_LENGTH} tecken utan kontrolltecken`,
};

/** Own keys only, so `__proto__` and inherited names never count; Object.hasOwn is newer than Apps Script's V8. */
function hasOwn(object: object, key: PropertyKey): boolean {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn may be missing in Apps Script's V8.
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** The client's id when it is usable as one, so the client can match the result; '' otherwise. */
function claimedId(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null || !hasOwn(raw, 'id')) return '';
  const id = (raw as { id: unknown }).id;
  return typeof id === 'string' && id.length <= 64 ? id : '';
}

function isField(key: PropertyKey | undefined): key is keyof ActionInput {
  return typeof key === 'string' && hasOwn(FIELD_RULES, key);
}

export function checkAction(raw: unknown, plan: PlanIndex, now: Date): CheckedAction {
  const reject = (error: string): CheckedAction => ({ ok: false, id: claimedId(raw), error });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return reject('åtgärden måste vara ett JSON-objekt');
  const parsed = ActionInput.safeParse(raw);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') return `okänt fält: ${shorten(issue.keys.join(', '))}`;
      const field = issue.path[0];
      if (!isField(field)) return 'åtgärden har fel form';
      return hasOwn(raw, field) ? FIELD_RULES[field] : `${field} saknas`;
    });
    return reject([...new Set(messages)].join('; '));
  }
  const action = { ...parsed.data, id: parsed.data.id.toLowerCase() };
  const at = Date.parse(action.at);
  if (!Number.isFinite(at)) return reject('at är inget riktigt datum');
  if (at > now.getTime() + MAX_FUTURE_MS) return reject('at ligger mer än ett dygn fram i tiden');
  const activities = plan.subgoals.get(action.subgoal);
  if (!activities) return reject(`delmålet ${shorten(action.subgoal)} finns inte i planen`);
  if (action.activity !== undefined && !activities.has(action.activity)) {
    return reject(`aktiviteten ${shorten(action.activity)} hör inte till delmål ${action.subgoal}`);
  }
  if (action.category !== undefined && !plan.categories.has(action.category)) {
    return reject(`kategorin ${shorten(action.category)} finns inte i planen`);
  }
  return { ok: true, action };
}
