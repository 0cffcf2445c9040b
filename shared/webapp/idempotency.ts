// Decides which checked actions of one log request get written: each id at most once, ever.
import type { ActionInput } from '../model/action.ts';
import type { ActionResult } from '../wire.ts';
import type { CheckedAction } from './check-action.ts';

export interface LogDecision {
  /** One result per action, in request order. */
  results: ActionResult[];
  /** The actions to append, in request order. */
  accepted: ActionInput[];
}

/** `loggedIds` is the id column of Logg read once for the whole request; ids are compared lower-cased. */
export function decideLog(checked: readonly CheckedAction[], loggedIds: ReadonlySet<string>): LogDecision {
  const seen = new Set<string>();
  const results: ActionResult[] = [];
  const accepted: ActionInput[] = [];
  for (const entry of checked) {
    if (!entry.ok) {
      results.push({ id: entry.id, status: 'rejected', error: entry.error });
      continue;
    }
    const id = entry.action.id;
    if (loggedIds.has(id) || seen.has(id)) {
      results.push({ id, status: 'duplicate' });
      continue;
    }
    seen.add(id);
    accepted.push(entry.action);
    results.push({ id, status: 'accepted' });
  }
  return { results, accepted };
}
