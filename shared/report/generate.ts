// Deterministic synthetic actions for a plan, so the report benchmark runs on realistic, repeatable data.
import { ACTION_KINDS, type Action, type ActionKindId } from '../model/action.ts';
import type { Plan } from '../model/plan.ts';
import { kindForUnit } from './match.ts';

/** mulberry32: a tiny seeded generator returning floats in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)] as T;

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = pick(['8', '9', 'a', 'b'], next);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/**
 * `count` valid actions spread over the plan year, mostly of the kinds each delmål's targets count, some with the
 * plan's categories, from 50 members in 8 partiföreningar. The same plan, count and seed give the same actions.
 */
export function generateActions(plan: Plan, count: number, seed: number): Action[] {
  const next = random(seed);
  const subgoals = plan.areas.flatMap((area) => area.subgoals);
  const allKinds = ACTION_KINDS.map((kind) => kind.id);
  const categories = subgoals.flatMap((subgoal) =>
    subgoal.targets.flatMap((target) => (target.kind === 'categories' ? target.categories : [])),
  );
  const implied = new Map(
    subgoals.map((subgoal) => {
      const kinds = subgoal.targets.flatMap((target) => {
        const kind = target.kind === 'count' || target.kind === 'cadence' ? kindForUnit(target.unit) : undefined;
        return kind ? [kind] : [];
      });
      return [subgoal.id, kinds.length > 0 ? kinds : allKinds] as const;
    }),
  );
  // The plan's year in Stockholm, where New Year falls in winter time: 23:00 UTC the evening before.
  const yearStart = Date.UTC(plan.year, 0, 1) - 3_600_000;
  const yearLength = Date.UTC(plan.year + 1, 0, 1) - 3_600_000 - yearStart;
  const actions: Action[] = [];
  for (let index = 0; index < count; index += 1) {
    const subgoal = pick(subgoals, next);
    const kind: ActionKindId = next() < 0.7 ? pick(implied.get(subgoal.id) ?? allKinds, next) : pick(allKinds, next);
    const activity = subgoal.activities.length > 0 && next() < 0.5 ? pick(subgoal.activities, next).id : undefined;
    const categorised = categories.length > 0 && (kind === 'education.held' || kind === 'article.published');
    const category = categorised && next() < 0.5 ? pick(categories, next) : undefined;
    actions.push({
      id: uuid(next),
      at: new Date(yearStart + Math.floor(next() * yearLength)).toISOString(),
      subgoal: subgoal.id,
      ...(activity ? { activity } : {}),
      kind,
      quantity: 1 + Math.floor(next() * 3),
      ...(category ? { category } : {}),
      member: `Medlem ${1 + Math.floor(next() * 50)}`,
      branch: `Förening ${1 + Math.floor(next() * 8)}`,
    });
  }
  return actions;
}
