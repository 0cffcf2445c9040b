// Each member's budget at the web app, set here only: requests a minute and actions a day. One token (leaked, or a
// client gone wrong) can then neither keep the others waiting nor fill Logg: at 500 actions a day one member adds at
// most 6,500 cells a day to a sheet Google caps at 10 million cells, and the board sees who was refused.
import { dayToIso, stockholmDay } from '../model/calendar.ts';
import { z } from '../zod.ts';

export const MEMBER_BUDGET = {
  /** Requests of any kind (snapshot or log) in one minute. */
  requestsPerMinute: 60,
  /** New actions stored in one Stockholm day; duplicates and rejected actions cost nothing. */
  actionsPerDay: 500,
} as const;

const WINDOW_MS = 60_000;
const DAY_MS = 86_400_000;

/** A member's minute: it starts at their first request and holds how many they sent in it. */
export const RequestWindow = z.object({ start: z.number(), count: z.number().int().min(0) });
export type RequestWindow = z.infer<typeof RequestWindow>;

export type RequestDecision = {
  window: RequestWindow;
  /** How long the window still runs (how long to keep it). */
  windowSeconds: number;
  /** Null when the request may go on; otherwise the seconds until the member may send again. */
  retryAfterSeconds: number | null;
  /** This request is the first one refused in the window (the one the board is told about). */
  firstRefusal: boolean;
};

/** Counts one more request of the member's. */
export function countRequest(previous: RequestWindow | null, now: number): RequestDecision {
  const current = previous && now >= previous.start && now < previous.start + WINDOW_MS ? previous : null;
  const minute = { start: current?.start ?? now, count: (current?.count ?? 0) + 1 };
  const windowSeconds = Math.max(1, Math.ceil((minute.start + WINDOW_MS - now) / 1000));
  const over = minute.count > MEMBER_BUDGET.requestsPerMinute;
  return {
    window: minute,
    windowSeconds,
    retryAfterSeconds: over ? windowSeconds : null,
    firstRefusal: minute.count === MEMBER_BUDGET.requestsPerMinute + 1,
  };
}

/** A member's actions on one Stockholm day, and whether one of their requests was already refused that day. */
export const DayUsage = z.object({ day: z.string(), actions: z.number().int().min(0), refused: z.boolean() });
export type DayUsage = z.infer<typeof DayUsage>;

/** The next Stockholm midnight after `now`, in ms. */
function nextStockholmMidnight(now: number): number {
  const tomorrow = stockholmDay(now) + 1;
  // Midnight in Stockholm is 22:00 or 23:00 UTC the day before: the earlier one that already lies in tomorrow.
  const summer = tomorrow * DAY_MS - 2 * 3_600_000;
  return stockholmDay(summer) === tomorrow ? summer : tomorrow * DAY_MS - 3_600_000;
}

/** Seconds until the member's day budget is new again. */
export function secondsToNextDay(now: Date): number {
  return Math.ceil((nextStockholmMidnight(now.getTime()) - now.getTime()) / 1000);
}

export type SpendDecision =
  | { ok: true; usage: DayUsage }
  | { ok: false; usage: DayUsage; retryAfterSeconds: number; firstRefusal: boolean };

/** Spends `count` new actions of today's budget: all of them, or none when they do not fit. */
export function spendActions(previous: DayUsage | null, count: number, now: Date): SpendDecision {
  const day = dayToIso(stockholmDay(now.getTime()));
  const today = previous?.day === day ? previous : { day, actions: 0, refused: false };
  if (today.actions + count <= MEMBER_BUDGET.actionsPerDay)
    return { ok: true, usage: { ...today, actions: today.actions + count } };
  return {
    ok: false,
    usage: { ...today, refused: true },
    retryAfterSeconds: secondsToNextDay(now),
    firstRefusal: !today.refused,
  };
}

/** Why a member was refused: too many requests in a minute, or today's actions spent. */
export type RefusalReason = 'requests' | 'actions';

/** What the board is shown about one member's refusals. */
export const MemberRefusals = z.object({
  name: z.string(),
  branch: z.string(),
  /** Minutes in which the member's requests went past the minute's budget. */
  minutes: z.number().int().min(0),
  /** Days on which the member's actions went past the day's budget. */
  days: z.number().int().min(0),
  /** The latest refusal, ISO 8601. */
  last: z.string(),
  lastReason: z.enum(['requests', 'actions']),
});
export type MemberRefusals = z.infer<typeof MemberRefusals>;

/** Adds one refusal (the first of its minute or day) to what the board is shown. */
export function addRefusal(
  previous: MemberRefusals | null,
  member: { name: string; branch: string },
  reason: RefusalReason,
  now: Date,
): MemberRefusals {
  return {
    name: member.name,
    branch: member.branch,
    minutes: (previous?.minutes ?? 0) + (reason === 'requests' ? 1 : 0),
    days: (previous?.days ?? 0) + (reason === 'actions' ? 1 : 0),
    last: now.toISOString(),
    lastReason: reason,
  };
}

/** The Swedish message a member's client shows with `rate_limited`. */
export function refusalMessage(reason: RefusalReason, retryAfterSeconds: number): string {
  if (reason === 'requests') {
    return `Tillägget har skickat fler än ${MEMBER_BUDGET.requestsPerMinute} förfrågningar på en minut. Det försöker igen om ${retryAfterSeconds} sekunder.`;
  }
  const hours = Math.ceil(retryAfterSeconds / 3600);
  return `Du har loggat ${MEMBER_BUDGET.actionsPerDay} åtgärder i dag, så många som går på en dag. Tillägget skickar resten efter midnatt (om högst ${hours} ${hours === 1 ? 'timme' : 'timmar'}).`;
}
