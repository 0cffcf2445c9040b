// Which delmål to offer first on a page: the plan's suggestion for this page type, then the one last used on this kind of page.
import type { ActionKindId } from '../shared/model/action.ts';
import { PAGE_TYPES, type PageTypeId } from '../shared/model/page.ts';
import type { SnapshotPlan, Suggestion } from '../shared/wire.ts';

/** The delmål (and activity) last logged from each page type. */
export type LastUsed = Partial<Record<PageTypeId, Suggestion>>;

type SuggestionSource = Pick<SnapshotPlan, 'areas' | 'suggestions'>;

function pageKind(pageType: PageTypeId): ActionKindId {
  return PAGE_TYPES.find((page) => page.id === pageType)?.kind ?? 'other';
}

/** The kind a one-click log gets on this page type. */
export function defaultKind(plan: SuggestionSource, pageType: PageTypeId): ActionKindId {
  return plan.suggestions.byPage[pageType]?.kind ?? pageKind(pageType);
}

/** Suggested delmål in order, without repeats and only ones the current plan has. */
export function suggestedSubgoals(plan: SuggestionSource, pageType: PageTypeId, lastUsed: LastUsed): Suggestion[] {
  const subgoals = new Map(
    plan.areas.flatMap((area) => area.subgoals).map((subgoal) => [subgoal.id, subgoal] as const),
  );
  const byPage = plan.suggestions.byPage[pageType];
  const candidates = [
    byPage && { subgoal: byPage.subgoal, activity: byPage.activity },
    plan.suggestions.byKind[defaultKind(plan, pageType)],
    lastUsed[pageType],
  ];
  const ordered: Suggestion[] = [];
  for (const candidate of candidates) {
    const subgoal = candidate && subgoals.get(candidate.subgoal);
    if (!subgoal || ordered.some((seen) => seen.subgoal === subgoal.id)) continue;
    const activity = subgoal.activities.some((known) => known.id === candidate.activity)
      ? candidate.activity
      : undefined;
    ordered.push(activity ? { subgoal: subgoal.id, activity } : { subgoal: subgoal.id });
  }
  return ordered;
}

export function rememberLastUsed(lastUsed: LastUsed, pageType: PageTypeId, used: Suggestion): LastUsed {
  return {
    ...lastUsed,
    [pageType]: used.activity ? { subgoal: used.subgoal, activity: used.activity } : { subgoal: used.subgoal },
  };
}
