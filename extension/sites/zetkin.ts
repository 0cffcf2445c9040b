// Zetkin (app.zetkin.org): which organising page a URL is, which call assignment the caller view is working, and the
// caller's finished calls today. Read from Zetkin's source (github.com/zetkin/app.zetkin.org @ 0aef1bed, Next.js 14:
// the pages router under src/pages/organize/**, the app router under src/app/**); each route cites its file.
import type { PageTypeId } from '../../shared/model/page.ts';

export const matches = ['https://app.zetkin.org/*'] as const;

const HOST = 'app.zetkin.org';

/** A Zetkin route: the path pattern, what it is to Målkoll, and the source file that serves it. */
export type ZetkinRoute = { path: RegExp; pageType: PageTypeId; source: string };

const ORG = String.raw`/organize/\d+`;
/**
 * A project id, or `standalone` for an activity outside any project (getCallAssignmentUrl.ts, getEventUrl.tsx,
 * AreaAssignmentListItem.tsx), or `shared` for a survey another organisation owns (getSurveyUrl.ts). Old addresses
 * said `campaigns`; next.config.js redirects `/organize/:orgId/campaigns/:path*` to `projects` (307).
 */
const PROJECT = String.raw`/(?:projects|campaigns)/(?:\d+|standalone)`;
const SURVEY_PROJECT = String.raw`/(?:projects|campaigns)/(?:\d+|standalone|shared)`;
/** The tabs TabbedLayout pushes (`baseHref + '/callers'` …); a trailing slash is allowed (Next 308s it away). */
const tabs = (...names: string[]) => `(?:/(?:${names.join('|')}))?/?$`;
const route = (pattern: string, pageType: PageTypeId, source: string): ZetkinRoute => ({
  path: new RegExp(`^${pattern}`),
  pageType,
  source,
});

/** Every route where a member does something worth logging; any other address of Zetkin is no action page. */
export const ZETKIN_ROUTES: readonly ZetkinRoute[] = [
  route(
    `${ORG}${PROJECT}/callassignments/\\d+${tabs('callers', 'conversation')}`,
    'zetkin.callassignment',
    'src/pages/organize/[orgId]/projects/[projectId]/callassignments/[callAssId]/{index,callers,conversation}.tsx',
  ),
  // The caller's entry (/my/home's "Call" button, MyActivitiesList.tsx) redirects to /call?assignment={id} (307).
  route(String.raw`/call/\d+/?$`, 'zetkin.call', 'src/app/call/[callAssId]/page.tsx'),
  // useCallInitialization.ts rewrites /call?assignment={id} to plain /call with history.replaceState.
  route('/call/?$', 'zetkin.call', 'src/app/call/page.tsx, src/features/call/hooks/useCallInitialization.ts'),
  route(
    `${ORG}${SURVEY_PROJECT}/surveys/\\d+${tabs('questions', 'submissions', 'insights')}`,
    'zetkin.survey',
    'src/pages/organize/[orgId]/projects/[projectId]/surveys/[surveyId]/{index,questions,submissions,insights}.tsx',
  ),
  // The page organisers share (SurveyURLCard.tsx) and members fill in; submitting does not change the address.
  route(String.raw`/o/\d+/surveys/\d+/?$`, 'zetkin.survey', 'src/app/o/[orgId]/surveys/[surveyId]/page.tsx'),
  route(
    `${ORG}${PROJECT}/events/\\d+${tabs('participants')}`,
    'zetkin.event',
    'src/pages/organize/[orgId]/projects/[projectId]/events/[eventId]/{index,participants}.tsx',
  ),
  // The public event page, where members sign up (EventURLCard.tsx; /my/home links here).
  route(String.raw`/o/\d+/events/\d+/?$`, 'zetkin.event', 'src/app/o/[orgId]/events/[eventId]/page.tsx'),
  route(
    `${ORG}${PROJECT}/areaassignments/\\d+${tabs('map', 'report', 'instructions')}`,
    'zetkin.canvass',
    'src/pages/organize/[orgId]/projects/[projectId]/areaassignments/[areaAssId]/{index,map,report,instructions}.tsx',
  ),
  // The canvasser's pages; the map's location dialog pushes ?step=… (LocationDialog/index.tsx).
  route(
    String.raw`/canvass/\d+(?:/areas(?:/\d+)?)?/?$`,
    'zetkin.canvass',
    'src/app/canvass/[areaAssId]/{page,areas/page,areas/[areaId]/page}.tsx',
  ),
  // Case-sensitive, as the route is; the suborg chosen there is React state only.
  route(`${ORG}/suborgOverview/?$`, 'zetkin.suborg', 'src/pages/organize/[orgId]/suborgOverview/index.tsx'),
];

/** Zetkin's own pages: https on its one host. */
function zetkinUrl(url: string): URL | null {
  const parsed = URL.parse(url);
  return parsed?.protocol === 'https:' && parsed.hostname === HOST ? parsed : null;
}

export function detect(url: string): PageTypeId | null {
  const parsed = zetkinUrl(url);
  if (!parsed) return null;
  return ZETKIN_ROUTES.find((candidate) => candidate.path.test(parsed.pathname))?.pageType ?? null;
}

/** The caller view's addresses: /call/{id} (the redirect step), /call?assignment={id} and /call. */
export function isCallerView(url: string): boolean {
  const parsed = zetkinUrl(url);
  return parsed !== null && /^\/call(?:\/\d+)?\/?$/.test(parsed.pathname);
}

/** The assignment id an address of the caller view names: /call/{id} or /call?assignment={id}; null for plain /call. */
export function assignmentInAddress(url: string): number | null {
  const parsed = zetkinUrl(url);
  if (!parsed || !isCallerView(url)) return null;
  const id = /^\/call\/(\d+)/.exec(parsed.pathname)?.[1] ?? parsed.searchParams.get('assignment') ?? '';
  return /^\d+$/.test(id) ? Number(id) : null;
}

/** Zetkin keeps saved lanes this long (LANES_TTL in useCallInitialization.ts). */
const LANES_TTL_MS = 60 * 60_000;
/** CURRENT_CALL_LANES_VERSION in useCallInitialization.ts. */
const LANES_VERSION = 1;

/**
 * The assignment of the active lane in Zetkin's `callLanes` (localStorage, written by useCallInitialization.ts on every
 * store change), with the time it was written. Only version, timestamp, activeLaneIndex and lanes[].assignmentId are
 * read: a lane also holds the person called (previousCall.target), notes and survey answers, which are never touched.
 */
export function activeLane(json: string | null): { assignmentId: number; writtenAt: number } | null {
  if (!json) return null;
  let saved: unknown;
  try {
    saved = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof saved !== 'object' || saved === null) return null;
  const { version, timestamp, activeLaneIndex, lanes } = saved as Record<string, unknown>;
  if (version !== LANES_VERSION || typeof timestamp !== 'number' || !Array.isArray(lanes)) return null;
  // Zetkin may pair a saved index with a filtered list of lanes, so the index can be out of range.
  const index = typeof activeLaneIndex === 'number' && activeLaneIndex < lanes.length ? activeLaneIndex : 0;
  const lane: unknown = lanes[index];
  const assignmentId =
    typeof lane === 'object' && lane !== null ? (lane as Record<string, unknown>).assignmentId : null;
  return typeof assignmentId === 'number' && Number.isInteger(assignmentId)
    ? { assignmentId, writtenAt: timestamp }
    : null;
}

/**
 * Which call assignment the caller is working now. The lanes win once this page has written them (a lane switch
 * changes only the lanes, never the address); before that, the id the address carried when the page loaded (the
 * content script sees /call?assignment={id} at document_start, before Zetkin rewrites it); failing both, lanes Zetkin
 * itself would still resume.
 */
export function callerAssignment(input: {
  url: string;
  loadedFrom: string;
  loadedAt: number;
  lanes: string | null;
  now: number;
}): number | null {
  if (!isCallerView(input.url)) return null;
  const lane = activeLane(input.lanes);
  if (lane && lane.writtenAt >= input.loadedAt) return lane.assignmentId;
  const fromAddress = assignmentInAddress(input.url) ?? assignmentInAddress(input.loadedFrom);
  if (fromAddress !== null) return fromAddress;
  return lane && input.now - lane.writtenAt < LANES_TTL_MS ? lane.assignmentId : null;
}

/**
 * The link logged for calls made in an assignment: Zetkin's own link to it (the "Call" button on /my/home), since
 * the caller view's address no longer names the assignment.
 */
export function callAssignmentUrl(assignmentId: number): string {
  return `https://${HOST}/call/${assignmentId}`;
}

/** The address to log: without the canvass map's dialog step (?step=…, pushed by LocationDialog/index.tsx). */
export function loggableUrl(url: string): string {
  const parsed = zetkinUrl(url);
  if (!parsed?.searchParams.has('step')) return url;
  parsed.searchParams.delete('step');
  return parsed.href;
}

/**
 * Zetkin's titles as its source sets them: `Call` on the caller view (src/app/call/page.tsx), none on /canvass/**,
 * none on organiser pages until their data has loaded (src/pages/_app.tsx renders without SSR), otherwise the
 * entity's title, with " | {organisation}" on public pages (src/utils/seoTags.ts). A title that says nothing is
 * dropped, so Målkoll's own wording shows instead.
 */
export function pageTitle(title: string): string | undefined {
  const trimmed = title.trim();
  return trimmed === '' || trimmed === 'Call' ? undefined : trimmed;
}

/** The same-origin request Zetkin's caller view makes for finished calls (useFinishedCalls.ts), one page of 20. */
export function finishedCallsPage(page: number): string {
  return `/api/users/me/outgoing_calls?p=${page}&pp=20&filter=state!=0`;
}

/** At most this many pages are read: a busy caller's day, while Zetkin itself pages to the end. */
const MAX_PAGES = 10;

/** One call's assignment, state and time: all that is read of a call record (types.ts CallBase, FinishedCall). */
type CallTimes = { assignmentId: unknown; state: unknown; updateTime: unknown };

function callTimes(call: unknown): CallTimes | null {
  if (typeof call !== 'object' || call === null) return null;
  const record = call as Record<string, unknown>;
  return { assignmentId: record.assignment_id, state: record.state, updateTime: record.update_time };
}

/** Zetkin's API writes times in UTC without an offset (ZUIDateTime/utils/convertDateTimeToLocal.ts appends 'Z'). */
function instantOf(time: unknown): number {
  if (typeof time !== 'string') return Number.NaN;
  return new Date(/(?:Z|[+-]\d\d:?\d\d)$/i.test(time) ? time : `${time}Z`).getTime();
}

/**
 * How many calls the caller finished today (the browser's local day) in this assignment. Pages through
 * outgoing_calls as Zetkin does (the `{data: [...]}` wrapper, FetchApiClient.ts) until a page is empty or wholly
 * older than today. Finished means a state other than 0 (CallState in src/features/call/types.ts); only numbers and
 * times are looked at, and nothing of a call is kept.
 */
export async function finishedCallsToday(
  fetchPage: (path: string) => Promise<unknown>,
  assignmentId: number,
  now: Date,
): Promise<number> {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  let count = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await fetchPage(finishedCallsPage(page));
    const calls = typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined;
    if (!Array.isArray(calls) || calls.length === 0) break;
    let todays = 0;
    for (const call of calls) {
      const times = callTimes(call);
      const at = instantOf(times?.updateTime);
      if (!times || Number.isNaN(at) || at < midnight) continue;
      todays++;
      if (times.assignmentId === assignmentId && typeof times.state === 'number' && times.state !== 0) count++;
    }
    // Zetkin sends no sort order, so only a page with nothing from today says the rest are older.
    if (todays === 0) break;
  }
  return count;
}
