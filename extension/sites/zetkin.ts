// Zetkin (app.zetkin.org): which organising page a URL is, and the caller's finished-call count for today.
import type { PageTypeId } from '../../shared/model/page.ts';

export const matches = ['https://app.zetkin.org/*'] as const;

const HOST = 'app.zetkin.org';

/** Zetkin's routes (Next.js pages under /organize, the member-facing /o, /call and /canvass), most specific first. */
const ROUTES: readonly (readonly [RegExp, PageTypeId])[] = [
  [/^\/organize\/[^/]+\/(?:projects|campaigns)\/[^/]+\/callassignments\/\d+(?:\/|$)/, 'zetkin.callassignment'],
  [/^\/call\/\d+(?:\/|$)/, 'zetkin.call'],
  [/^\/organize\/[^/]+\/(?:.+\/)?surveys\/\d+(?:\/|$)/, 'zetkin.survey'],
  [/^\/organize\/[^/]+\/(?:.+\/)?events\/\d+(?:\/|$)/, 'zetkin.event'],
  [/^\/o\/[^/]+\/events\/\d+(?:\/|$)/, 'zetkin.event'],
  [/^\/organize\/[^/]+\/(?:.+\/)?(?:areaassignments|canvassassignments)\/\d+(?:\/|$)/, 'zetkin.canvass'],
  [/^\/canvass\/\d+(?:\/|$)/, 'zetkin.canvass'],
  [/^\/organize\/[^/]+\/suborgOverview\/?$/, 'zetkin.suborg'],
];

export function detect(url: string): PageTypeId | null {
  const parsed = URL.parse(url);
  if (!parsed || parsed.hostname !== HOST) return null;
  return ROUTES.find(([route]) => route.test(parsed.pathname))?.[1] ?? null;
}

/** The call assignment id of the caller view (`/call/{id}`), or null elsewhere. */
export function callerAssignmentId(url: string): number | null {
  const parsed = URL.parse(url);
  const match = parsed?.hostname === HOST ? /^\/call\/(\d+)(?:\/|$)/.exec(parsed.pathname) : null;
  return match?.[1] ? Number(match[1]) : null;
}

/** Same-origin endpoint the caller view itself reads; only assignment ids, states and times are looked at. */
export const FINISHED_CALLS_PATH = '/api/users/me/outgoing_calls?p=0&pp=200&filter=state!=0';

/**
 * How many calls the caller finished today in this assignment. Reads numbers and timestamps only:
 * the rest of each call (names, phone numbers, notes) is never touched.
 */
export function finishedCallsToday(calls: unknown, assignmentId: number, today: Date): number {
  if (!Array.isArray(calls)) return 0;
  const sameDay = (iso: unknown) => {
    // Zetkin's API writes UTC times without an offset.
    const time = typeof iso === 'string' ? new Date(/(?:Z|[+-]\d\d:?\d\d)$/.test(iso) ? iso : `${iso}Z`) : null;
    return (
      time !== null &&
      !Number.isNaN(time.getTime()) &&
      time.getFullYear() === today.getFullYear() &&
      time.getMonth() === today.getMonth() &&
      time.getDate() === today.getDate()
    );
  };
  return calls.filter((call: unknown) => {
    if (typeof call !== 'object' || call === null) return false;
    const { assignment_id, state, update_time } = call as Record<string, unknown>;
    return assignment_id === assignmentId && typeof state === 'number' && state !== 0 && sameDay(update_time);
  }).length;
}
