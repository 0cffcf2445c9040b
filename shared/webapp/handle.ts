// The web app's request handling, free of Apps Script: the add-on supplies a store over its sheets, tests a fake.

import { boardTargets } from '../board-targets.ts';
import type { Action } from '../model/action.ts';
import { indexPlan } from '../model/action-rules.ts';
import type { Plan } from '../model/plan.ts';
import { readGoalStandings } from '../sheets/goal-standing.ts';
import { deriveSuggestions } from '../suggest.ts';
import type { ErrorResponse, LogResponse, SnapshotResponse } from '../wire.ts';
import { checkAction } from './check-action.ts';
import { readEnvelope } from './envelope.ts';
import { errorResponse } from './errors.ts';
import { decideLog } from './idempotency.ts';
import { buildSnapshot, type Member } from './snapshot.ts';
import { type ConnectionRow, mergeSuggestions } from './suggestions.ts';

export type WireResponse = SnapshotResponse | LogResponse | ErrorResponse;

/** What the handler needs from the workbook. Each method is one read or one write, so a request's cost is fixed. */
export interface WebAppStore {
  /** The active member holding this token, or null for an unknown or revoked one. */
  findMember(token: string): Member | null;
  readPlan(): Plan | null;
  readBranches(): string[];
  readConnectionRows(): ConnectionRow[];
  /**
   * Mål's rows below the header, in one read of the sheet (its size follows the plan, never Logg): the board's
   * corrections of the targets and each row's computed standing.
   */
  readGoalRows(): readonly (readonly unknown[])[];
  /** Runs `work` holding the script lock; `busy` when the lock could not be had in time (nothing was run). */
  withLock<T>(work: () => T): { ok: true; value: T } | { ok: false };
  /** Every action id already in Logg, lower-cased: one read of the id column. */
  readLoggedIds(): ReadonlySet<string>;
  /** Appends rows to Logg in one write. */
  appendActions(actions: readonly Action[]): void;
  reportError(error: unknown): void;
}

const NO_PLAN = 'Kalkylarket har ingen inläst verksamhetsplan. Be distriktsstyrelsen läsa in planen.';

function handleParsed(body: string | undefined, store: WebAppStore, now: Date): WireResponse {
  const envelope = readEnvelope(body);
  if (!envelope.ok) return envelope.response;
  const request = envelope.request;
  const member = store.findMember(request.token);
  if (!member) return errorResponse('unauthorized');
  const plan = store.readPlan();
  if (!plan) return errorResponse('internal', NO_PLAN);
  const index = indexPlan(plan);
  if (request.op === 'snapshot') {
    // The targets as the board corrected them in Mål, as Uppdatera utfall and every report count them.
    const goals = store.readGoalRows();
    const corrected = boardTargets(plan, goals).plan;
    const suggestions = mergeSuggestions(deriveSuggestions(corrected), store.readConnectionRows(), index);
    return buildSnapshot({
      plan: corrected,
      member,
      branches: store.readBranches(),
      suggestions,
      standings: readGoalStandings(goals),
    });
  }
  const checked = request.actions.map((raw) => checkAction(raw, index, now));
  if (!checked.some((entry) => entry.ok)) return { ok: true, results: decideLog(checked, new Set()).results };
  const locked = store.withLock(() => {
    const decision = decideLog(checked, store.readLoggedIds());
    if (decision.accepted.length > 0) {
      store.appendActions(
        decision.accepted.map((action) => ({ ...action, member: member.name, branch: member.branch })),
      );
    }
    return decision.results;
  });
  if (!locked.ok) return errorResponse('busy');
  return { ok: true, results: locked.value };
}

/** One POST body in, one envelope out; never throws. */
export function handlePost(body: string | undefined, store: WebAppStore, now: Date): WireResponse {
  try {
    return handleParsed(body, store, now);
  } catch (error) {
    store.reportError(error);
    return errorResponse('internal');
  }
}
