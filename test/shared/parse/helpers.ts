// Small builders for parser tests: a valid plan around a fragment, and parse-or-fail with the model's own check.
import { expect } from 'vitest';
import { Plan, type Subgoal } from '../../../shared/model/plan.ts';
import type { Target } from '../../../shared/model/target.ts';
import { parsePlan } from '../../../shared/parse/index.ts';

/** Parses, fails the test with the parser's errors if any, and checks the result against the model schema. */
export function parseValid(text: string): Plan {
  const result = parsePlan(text);
  if (!result.ok) expect.fail(`parsePlan failed: ${JSON.stringify(result.errors)}`);
  return Plan.parse(result.plan);
}

/** A one-area plan whose area holds `body` (delmål lines and what follows them). */
export function planWith(body: string, goal = 'Vi ska bli fler.'): string {
  return ['Verksamhetsplan 2024', '', 'Området', '', `Övergripande mål: ${goal}`, '', body, ''].join('\n');
}

export function onlySubgoal(text: string): Subgoal {
  const plan = parseValid(text);
  const subgoal = plan.areas[0]?.subgoals[0];
  if (!subgoal) expect.fail('no delmål parsed');
  return subgoal;
}

/** The targets read from one delmål title. */
export function titleTargets(title: string): Target[] {
  return onlySubgoal(planWith(`Delmål 1: ${title}`)).targets;
}

/** The targets read from one activity. */
export function activityTargets(activity: string): Target[] {
  return onlySubgoal(planWith(`Delmål 1: Vi ska växa\nAktiviteter:\n· ${activity}`)).targets;
}

/** A target's own fields, without id, source and text. */
export function readings(targets: readonly Target[]): Array<Record<string, unknown>> {
  return targets.map(({ id: _id, source: _source, text: _text, ...reading }) => reading);
}

/** What a person reads in a plan: title, organisation, year, areas with delmål, activities, owners and targets. */
export function reading(plan: Plan) {
  return {
    title: plan.title,
    organisation: plan.organisation,
    year: plan.year,
    areas: plan.areas.map(({ intro: _intro, ...area }) => area),
  };
}
