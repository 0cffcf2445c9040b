// The snapshot a member's client loads: the plan's outline and vocabularies, where things usually go, and who they are.

import { ACTION_KINDS } from '../model/action.ts';
import { displayTitle } from '../model/describe.ts';
import type { Plan } from '../model/plan.ts';
import { planCategories, planRoles } from '../model/plan-index.ts';
import type { SnapshotResponse, Suggestions } from '../wire.ts';

export type Member = SnapshotResponse['member'];

export function buildSnapshot(input: {
  plan: Plan;
  member: Member;
  branches: readonly string[];
  suggestions: Suggestions;
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
        subgoals: area.subgoals.map((subgoal) => ({
          id: subgoal.id,
          title: subgoal.title,
          activities: subgoal.activities.map((activity) => ({ id: activity.id, text: activity.text })),
        })),
      })),
      actionKinds: ACTION_KINDS.map((kind) => ({ id: kind.id, label: kind.sv })),
      branches: [...input.branches],
      categories: planCategories(plan),
      roles: planRoles(plan),
      suggestions: input.suggestions,
    },
  };
}
