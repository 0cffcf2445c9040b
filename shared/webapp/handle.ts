// The web app's request handling, free of Apps Script: the add-on supplies a store over its sheets, tests a fake.

import { boardTargets } from '../board-targets.ts';
import type { Action } from '../model/action.ts';
import { indexPlan } from '../model/action-rules.ts';
import type { Plan } from '../model/plan.ts';
import { readGoalStandings } from '../sheets/goal-standing.ts';
import { deriveSuggestions } from '../suggest.ts';
import type { ActionResult, ErrorResponse, LogResponse, SnapshotResponse } from '../wire.ts';
import {
  countRequest,
  type DayUsage,
  type RefusalReason,
  type RequestWindow,
  refusalMessage,
  secondsToNextDay,
  spendActions,
} from './budget.ts';
import { type CheckedAction, checkAction } from './check-action.ts';
import { readEnvelope } from './envelope.ts';
import { BUSY_RETRY_SECONDS, errorResponse, retryLater } from './errors.ts';
import { decideLog } from './idempotency.ts';
import { buildSnapshot, type Member } from './snapshot.ts';
import { type ConnectionRow, mergeSuggestions } from './suggestions.ts';

export type WireResponse = SnapshotResponse | LogResponse | ErrorResponse;

/** A member found by their token; `key` (the token's hash) names their budget. */
export type KnownMember = Member & { key: string };

/** What the handler needs from the workbook. Each method is one read or one write, so a request's cost is fixed. */
export interface WebAppStore {
  /** The active member holding this token, or null for an unknown or revoked one. */
  findMember(token: string): KnownMember | null;
  readPlan(): Plan | null;
  readBranches(): string[];
  readConnectionRows(): ConnectionRow[];
  /** The member's current request window, and whether today's actions are spent (one read of a cache). */
  readRate(key: string): { window: RequestWindow | null; dayFull: boolean };
  /** Keeps the member's request window for as long as it runs. */
  writeWindow(key: string, minute: RequestWindow, seconds: number): void;
  /** Remembers for `seconds` that the member's actions for today are spent, so later requests stop early. */
  markDayFull(key: string, seconds: number): void;
  /** The member's actions today, as last written (read under the lock). */
  readUsage(key: string): DayUsage | null;
  writeUsage(key: string, usage: DayUsage): void;
  /** Tells the board (Kontrollera installationen) that the member was refused. */
  recordRefusal(member: KnownMember, reason: RefusalReason, now: Date): void;
  /**
   * Mål's rows below the header, in one read of the sheet (its size follows the plan, never Logg): the board's
   * corrections of the targets and each row's computed standing.
   */
  readGoalRows(): readonly (readonly unknown[])[];
  /** Runs `work` holding the script lock; `busy` when the lock could not be had in time (nothing was run). */
  withLock<T>(work: () => T): { ok: true; value: T } | { ok: false };
  /** Which of these ids (lower-cased) Logg already holds. */
  findLoggedIds(ids: readonly string[]): ReadonlySet<string>;
  /** Appends rows to Logg in one write. */
  appendActions(actions: readonly Action[]): void;
  reportError(error: unknown): void;
}

const NO_PLAN = 'Kalkylarket har ingen inläst verksamhetsplan. Be distriktsstyrelsen läsa in planen.';

function refused(reason: RefusalReason, retryAfterSeconds: number): ErrorResponse {
  return retryLater('rate_limited', retryAfterSeconds, refusalMessage(reason, retryAfterSeconds));
}

/** Stores the new actions if today's budget has room for all of them; under the lock. */
function storeActions(
  store: WebAppStore,
  member: KnownMember,
  checked: readonly CheckedAction[],
  now: Date,
): { results: ActionResult[] } | { refused: number } {
  const ids = checked.flatMap((entry) => (entry.ok ? [entry.action.id] : []));
  const decision = decideLog(checked, store.findLoggedIds(ids));
  if (decision.accepted.length === 0) return { results: decision.results };
  const spend = spendActions(store.readUsage(member.key), decision.accepted.length, now);
  if (!spend.ok) {
    if (spend.firstRefusal) {
      store.writeUsage(member.key, spend.usage);
      store.recordRefusal(member, 'actions', now);
    }
    store.markDayFull(member.key, spend.retryAfterSeconds);
    return { refused: spend.retryAfterSeconds };
  }
  store.appendActions(decision.accepted.map((action) => ({ ...action, member: member.name, branch: member.branch })));
  store.writeUsage(member.key, spend.usage);
  return { results: decision.results };
}

function handleParsed(body: string | undefined, store: WebAppStore, now: Date): WireResponse {
  const envelope = readEnvelope(body);
  if (!envelope.ok) return envelope.response;
  const request = envelope.request;
  const member = store.findMember(request.token);
  if (!member) return errorResponse('unauthorized');
  const rate = store.readRate(member.key);
  const counted = countRequest(rate.window, now.getTime());
  store.writeWindow(member.key, counted.window, counted.windowSeconds);
  if (counted.retryAfterSeconds !== null) {
    if (counted.firstRefusal) store.recordRefusal(member, 'requests', now);
    return refused('requests', counted.retryAfterSeconds);
  }
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
      loggable: plan,
      member,
      branches: store.readBranches(),
      suggestions,
      standings: readGoalStandings(goals),
    });
  }
  const checked = request.actions.map((raw) => checkAction(raw, index, now));
  if (!checked.some((entry) => entry.ok)) return { ok: true, results: decideLog(checked, new Set()).results };
  if (rate.dayFull) return refused('actions', secondsToNextDay(now));
  const locked = store.withLock(() => storeActions(store, member, checked, now));
  if (!locked.ok) return retryLater('busy', BUSY_RETRY_SECONDS);
  if ('refused' in locked.value) return refused('actions', locked.value.refused);
  return { ok: true, results: locked.value.results };
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
