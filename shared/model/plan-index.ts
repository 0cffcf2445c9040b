// What the plan's targets name as a whole: every target, the prioritised categories and the roles every branch needs.
import type { Plan } from './plan.ts';
import type { Target } from './target.ts';

/** Every target of the plan in plan order: each area's overall-goal targets, then its delmål's. */
export function planTargets(plan: Plan): Target[] {
  return plan.areas.flatMap((area) => [
    ...area.overallGoal.targets,
    ...area.subgoals.flatMap((subgoal) => subgoal.targets),
  ]);
}

/** Every category a `categories` target of the plan names, in plan order, once each. */
export function planCategories(plan: Plan): string[] {
  return [...new Set(planTargets(plan).flatMap((target) => (target.kind === 'categories' ? target.categories : [])))];
}

/** Every role a coverage target names, in plan order, once each (lower-case nouns, e.g. "valledare"). */
export function planRoles(plan: Plan): string[] {
  return [...new Set(planTargets(plan).flatMap((target) => (target.kind === 'coverage' ? target.roles : [])))];
}
