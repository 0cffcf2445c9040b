// The snapshot a member's client loads: the plan's outline and vocabularies, where things usually go, who they are,
// and each delmål's targets as Mål last computed them.

import { formatNumber } from '../format.ts';
import { ACTION_KINDS } from '../model/action.ts';
import { periodSpans } from '../model/calendar.ts';
import { displayTitle, periodNoun, targetBound } from '../model/describe.ts';
import type { Plan, Subgoal } from '../model/plan.ts';
import { planCategories, planRoles } from '../model/plan-index.ts';
import type { Target } from '../model/target.ts';
import { isPerEachCount } from '../report/match.ts';
import type { GoalStanding } from '../sheets/goal-standing.ts';
import type { SnapshotResponse, SnapshotTarget, Suggestions } from '../wire.ts';

export type Member = SnapshotResponse['member'];

const number = (value: number | string) => (typeof value === 'number' ? formatNumber(value) : value);

/**
 * How far a target has come in a few words ("5 av cirka 15"), from its Mål row. Mål words its Utfall, and those words
 * are taken as they are; a number (a register not recomputed since Utfall was a number) is worded here, the plan
 * saying what it is out of. Empty while Mål has no Utfall for it (a share or trend with nothing recorded): then its
 * status says it all.
 */
export function progressText(target: Target | undefined, standing: GoalStanding, year: number): string {
  const { result, percent } = standing;
  if (typeof result === 'string') return result;
  if (!target) return `${number(result)} loggade`;
  const share = percent === null ? number(result) : `${formatNumber(percent)} %`;
  switch (target.kind) {
    case 'count':
      // Counted per category, person or partiförening, Utfall is how many of them are done: Framsteg % says it.
      if (isPerEachCount(target) || target.each) return share;
      return `${number(result)} av ${target.approximate ? 'cirka ' : ''}${formatNumber(target.target)}`;
    case 'cadence': {
      if (target.each) return share;
      const periods = periodSpans(year, target.per).length;
      return target.every
        ? `${number(result)} av ${Math.ceil(periods / target.every)} perioder`
        : `${number(result)} av ${periods} ${periodNoun(target.per, 'many')}`;
    }
    case 'share':
      return `${number(result)} % av ${targetBound(target) ?? 'över'} ${formatNumber(target.percent)} %`;
    case 'level': {
      const unit = target.percent ? ' %' : '';
      const bound = targetBound(target);
      return `${number(result)}${unit} av ${bound ? `${bound} ` : ''}${formatNumber(target.target)}${unit}`;
    }
    case 'trend':
      return number(result);
    case 'coverage':
    case 'categories':
      return share;
  }
}

/** A delmål's targets with their standing; the delmål itself when it has no target. Computed rows only. */
function subgoalTargets(
  subgoal: Subgoal,
  standings: ReadonlyMap<string, GoalStanding>,
  year: number,
): SnapshotTarget[] | undefined {
  const places: { id: string; target: Target | undefined }[] =
    subgoal.targets.length > 0
      ? subgoal.targets.map((target) => ({ id: target.id, target }))
      : [{ id: subgoal.id, target: undefined }];
  const targets = places.flatMap(({ id, target }) => {
    const standing = standings.get(id);
    if (!standing) return [];
    const forecast = standing.forecast ? { forecast: `Prognos: ${standing.forecast}` } : {};
    return [{ id, progress: progressText(target, standing, year), status: standing.status, ...forecast }];
  });
  return targets.length > 0 ? targets : undefined;
}

export function buildSnapshot(input: {
  /** The plan as the board corrected it in Mål: delmål, activities and targets. */
  plan: Plan;
  /**
   * The plan as imported, whose categories and roles the web app accepts in a log (Logg is checked against it, so a
   * target the board struck never turns logged actions invalid); the popup offers only those. Default `plan`.
   */
  loggable?: Plan;
  member: Member;
  branches: readonly string[];
  suggestions: Suggestions;
  standings: ReadonlyMap<string, GoalStanding>;
}): SnapshotResponse {
  const { plan } = input;
  return {
    ok: true,
    member: { name: input.member.name, branch: input.member.branch },
    plan: {
      title: displayTitle(plan),
      year: plan.year,
      areas: plan.areas.map((area) => ({
        id: area.id,
        title: area.title,
        subgoals: area.subgoals.map((subgoal) => {
          const targets = subgoalTargets(subgoal, input.standings, plan.year);
          return {
            id: subgoal.id,
            title: subgoal.title,
            activities: subgoal.activities.map((activity) => ({ id: activity.id, text: activity.text })),
            ...(targets ? { targets } : {}),
          };
        }),
      })),
      actionKinds: ACTION_KINDS.map((kind) => ({ id: kind.id, label: kind.sv })),
      branches: [...input.branches],
      categories: planCategories(input.loggable ?? plan),
      roles: planRoles(input.loggable ?? plan),
      suggestions: input.suggestions,
    },
  };
}
