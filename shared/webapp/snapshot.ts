// The snapshot a member's client loads: the plan's outline and vocabularies, where things usually go, and who they are.
import { ACTION_KINDS } from '../model/action.ts';
import { displayTitle } from '../model/describe.ts';
import type { Plan } from '../model/plan.ts';
import type { SnapshotPlan, SnapshotResponse, Suggestions } from '../wire.ts';
import { planCategories } from './check-action.ts';

export interface Member {
  name: string;
  branch: string;
}

export function planOutline(plan: Plan): SnapshotPlan {
  return {
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
  };
}

export function buildSnapshot(input: {
  plan: Plan;
  member: Member;
  branches: readonly string[];
  suggestions: Suggestions;
}): SnapshotResponse {
  return {
    ok: true,
    member: { name: input.member.name, branch: input.member.branch },
    plan: planOutline(input.plan),
    actionKinds: ACTION_KINDS.map((kind) => ({ id: kind.id, label: kind.sv })),
    branches: [...input.branches],
    categories: planCategories(input.plan),
    suggestions: input.suggestions,
  };
}
