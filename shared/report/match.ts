// Which logged actions count toward which target, with the actions indexed once by delmål so reports stay linear.
import type { Action, ActionKindId } from '../model/action.ts';
import type { DayNumber } from '../model/calendar.ts';
import type { Area, Plan, Subgoal } from '../model/plan.ts';
import type { Target } from '../model/target.ts';

/** Unit words (any inflection, inside compounds) that say which kind of action a count or cadence target counts. */
const UNIT_KINDS: readonly { pattern: RegExp; kind: ActionKindId }[] = [
  { pattern: /debattartik|artikl|artikel|insändar/i, kind: 'article.published' },
  { pattern: /möte|sammanträde|träff/i, kind: 'meeting.held' },
  { pattern: /utbildning|föreläsning|webbinari/i, kind: 'education.held' },
  { pattern: /ringpass|ringning/i, kind: 'zetkin.call' },
  { pattern: /enkät/i, kind: 'zetkin.survey' },
  { pattern: /dörrknack/i, kind: 'zetkin.canvass' },
  { pattern: /inlägg/i, kind: 'facebook.post' },
];

/** The action kind a unit implies ("debattartiklar" → article.published), or undefined when any kind counts. */
export function kindForUnit(unit: string): ActionKindId | undefined {
  return UNIT_KINDS.find((entry) => entry.pattern.test(unit))?.kind;
}

/** One variant of the target union, e.g. `TargetOf<'count'>`. */
export type TargetOf<K extends Target['kind']> = Extract<Target, { kind: K }>;

export type DatedAction = { action: Action; day: DayNumber };

/** The actions inside the report window, once in plan-independent order and once grouped by delmål. */
export type ActionIndex = { all: DatedAction[]; bySubgoal: Map<string, DatedAction[]> };

export function indexActions(
  actions: readonly Action[],
  readDay: (at: string) => DayNumber,
  first: DayNumber,
  last: DayNumber,
): ActionIndex {
  const all: DatedAction[] = [];
  const bySubgoal = new Map<string, DatedAction[]>();
  for (const action of actions) {
    const day = readDay(action.at);
    if (!(day >= first && day <= last)) continue;
    const dated = { action, day };
    all.push(dated);
    const bucket = bySubgoal.get(action.subgoal);
    if (bucket) bucket.push(dated);
    else bySubgoal.set(action.subgoal, [dated]);
  }
  return { all, bySubgoal };
}

/** Where a target sits in the plan: an area's overall goal (no delmål) or a delmål, maybe through one of its activities. */
export type TargetPlace = { area: Area; subgoal: Subgoal | undefined; activityId: string | undefined; target: Target };

export function targetPlaces(plan: Plan): TargetPlace[] {
  const places: TargetPlace[] = [];
  for (const area of plan.areas) {
    for (const target of area.overallGoal.targets)
      places.push({ area, subgoal: undefined, activityId: undefined, target });
    for (const subgoal of area.subgoals) {
      for (const target of subgoal.targets) {
        const fromActivity = subgoal.activities.some((activity) => activity.id === target.source);
        places.push({ area, subgoal, activityId: fromActivity ? target.source : undefined, target });
      }
    }
  }
  return places;
}

/**
 * The rule: an action counts toward a target when
 * - it is logged against the target's delmål (for an area's overall goal: any delmål of that area);
 * - when the target was read from an activity, the action names that activity or no activity at all
 *   (members often log against the delmål only, and that still serves every activity of it);
 * - when the target's unit implies an action kind (see `kindForUnit`), the action is of that kind; otherwise any kind.
 * Quantities are summed by the callers.
 */
export function matchingActions(index: ActionIndex, place: TargetPlace): DatedAction[] {
  const candidates = place.subgoal
    ? (index.bySubgoal.get(place.subgoal.id) ?? [])
    : place.area.subgoals.flatMap((subgoal) => index.bySubgoal.get(subgoal.id) ?? []);
  const unit = place.target.kind === 'count' || place.target.kind === 'cadence' ? place.target.unit : undefined;
  const kind = unit === undefined ? undefined : kindForUnit(unit);
  const activityId = place.activityId;
  return candidates.filter(
    ({ action }) =>
      (activityId === undefined || action.activity === undefined || action.activity === activityId) &&
      (kind === undefined || action.kind === kind),
  );
}

/** True for a count due per something ("1 debattartikel per område"), not over the plan year as a whole. */
export function isPerEachCount(target: Target): boolean {
  return target.kind === 'count' && / per \S+$/u.test(target.unit);
}

/**
 * The categories a count is due in, each on its own: a count "per område" in a delmål whose categories target names
 * them ("minst en debattartikel för respektive område"). Undefined for a count over the whole plan year.
 */
export function countCategories(place: TargetPlace): string[] | undefined {
  if (!isPerEachCount(place.target)) return undefined;
  const categories = place.subgoal?.targets.find((target) => target.kind === 'categories');
  return categories?.kind === 'categories' ? categories.categories : undefined;
}

/** The same category however it is spaced or capitalised. */
export function normalizeCategory(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function sumQuantity(actions: readonly DatedAction[]): number {
  let total = 0;
  for (const { action } of actions) total += action.quantity;
  return total;
}
