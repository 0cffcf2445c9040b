// The board's Kopplingar rows merged over the suggestions derived from the plan's words, and the rows that seed the sheet.

import { ACTION_KINDS, actionKindLabel } from '../model/action.ts';
import { findSubgoal, type PlanIndex } from '../model/action-rules.ts';
import { PAGE_TYPES } from '../model/page.ts';
import type { CONNECTIONS } from '../sheets/web-app-sheets.ts';
import type { Suggestion, Suggestions } from '../wire.ts';
import type { z } from '../zod.ts';

/** One row of Kopplingar as text: a page type (or '' for a row about an action kind alone), a kind, delmål, activity. */
export type ConnectionRow = z.output<typeof CONNECTIONS.schema>;

/** Cells show the Swedish label; an id typed by hand is understood too. */
function findPage(text: string): (typeof PAGE_TYPES)[number] | undefined {
  const wanted = text.trim().toLowerCase();
  return PAGE_TYPES.find((page) => page.id === wanted || page.sv.toLowerCase() === wanted);
}

/** A row's target in this plan: null to clear a suggestion (empty delmål), undefined when the row is unusable. */
function rowSuggestion(row: ConnectionRow, plan: PlanIndex): Suggestion | null | undefined {
  if (row.subgoal.trim() === '') return null;
  const subgoal = findSubgoal(plan, row.subgoal);
  if (!subgoal) return undefined;
  const activity = subgoal.activities.get(row.activity.trim().toUpperCase());
  return activity ? { subgoal: subgoal.id, activity } : { subgoal: subgoal.id };
}

/**
 * Rows override the derived suggestion for their page type or kind; a row with an empty delmål removes it; a row naming
 * something the plan lacks is ignored, so a stale sheet after a new plan falls back to what the plan's words suggest.
 */
export function mergeSuggestions(derived: Suggestions, rows: readonly ConnectionRow[], plan: PlanIndex): Suggestions {
  const byPage: Suggestions['byPage'] = { ...derived.byPage };
  const byKind: Suggestions['byKind'] = { ...derived.byKind };
  for (const row of rows) {
    const suggestion = rowSuggestion(row, plan);
    if (suggestion === undefined) continue;
    const page = row.page.trim() === '' ? undefined : findPage(row.page);
    const kind = row.kind.trim() === '' ? undefined : plan.kinds.get(row.kind.trim().toLowerCase());
    if (page) {
      if (suggestion === null) delete byPage[page.id];
      else byPage[page.id] = { kind: kind ?? page.kind, ...suggestion };
    } else if (row.page.trim() === '' && kind) {
      if (suggestion === null) delete byKind[kind];
      else byKind[kind] = suggestion;
    }
  }
  return { byPage, byKind };
}

/** Every page type, then every action kind, with what the suggestions say (empty delmål where they say nothing). */
export function suggestionRows(suggestions: Suggestions): ConnectionRow[] {
  const pages = PAGE_TYPES.map((page) => {
    const entry = suggestions.byPage[page.id];
    return {
      page: page.sv,
      kind: actionKindLabel(entry?.kind ?? page.kind),
      subgoal: entry?.subgoal ?? '',
      activity: entry?.activity ?? '',
    };
  });
  const kinds = ACTION_KINDS.map((kind) => {
    const entry = suggestions.byKind[kind.id];
    return { page: '', kind: kind.sv, subgoal: entry?.subgoal ?? '', activity: entry?.activity ?? '' };
  });
  return [...pages, ...kinds];
}
