// Zetkin as its source serves it: a table of real-shaped addresses with the route (file in zetkin/app.zetkin.org)
// each comes from, the caller view's assignment from the address and the lanes, and today's finished calls.
import { describe, expect, it } from 'vitest';
import {
  activeLane,
  assignmentInAddress,
  callAssignmentUrl,
  callerAssignment,
  detect,
  finishedCallsPage,
  finishedCallsToday,
  loggableUrl,
  pageTitle,
  ZETKIN_ROUTES,
} from '../../../extension/sites/zetkin.ts';

const Z = 'https://app.zetkin.org';
const ORGANIZE = 'src/pages/organize/[orgId]';
const PROJECT = `${ORGANIZE}/projects/[projectId]`;

/** [address, what Målkoll takes it for, the file in Zetkin's source that serves it (or why it is nothing)]. */
const TABLE: readonly (readonly [string, string | null, string])[] = [
  // Call assignments, organiser side: the three tabs of CallAssignmentLayout.tsx, numbered or standalone projects.
  [
    `${Z}/organize/1/projects/7/callassignments/42`,
    'zetkin.callassignment',
    `${PROJECT}/callassignments/[callAssId]/index.tsx`,
  ],
  [
    `${Z}/organize/1/projects/7/callassignments/42/`,
    'zetkin.callassignment',
    `${PROJECT}/callassignments/[callAssId]/index.tsx`,
  ],
  [
    `${Z}/organize/1/projects/7/callassignments/42/callers`,
    'zetkin.callassignment',
    `${PROJECT}/callassignments/[callAssId]/callers.tsx`,
  ],
  [
    `${Z}/organize/1/projects/7/callassignments/42/conversation`,
    'zetkin.callassignment',
    `${PROJECT}/callassignments/[callAssId]/conversation.tsx`,
  ],
  [
    `${Z}/organize/1/projects/standalone/callassignments/42`,
    'zetkin.callassignment',
    'getCallAssignmentUrl.ts: no project → standalone',
  ],
  [
    `${Z}/organize/12/projects/345/callassignments/6789/callers?filter=active`,
    'zetkin.callassignment',
    `${PROJECT}/callassignments/[callAssId]/callers.tsx`,
  ],
  [
    `${Z}/organize/1/campaigns/7/callassignments/42`,
    'zetkin.callassignment',
    'next.config.js: campaigns → projects (307)',
  ],
  [`${Z}/organize/1/projects/7/callassignments`, null, 'no callassignments index route (404)'],
  [`${Z}/organize/1/projects/7/callassignments/42/targets`, null, 'no such tab (404)'],
  // The caller's flow: /my/home → /call/{id} → 307 /call?assignment={id} → replaceState /call.
  [`${Z}/call/42`, 'zetkin.call', 'src/app/call/[callAssId]/page.tsx'],
  [`${Z}/call/42/`, 'zetkin.call', 'src/app/call/[callAssId]/page.tsx'],
  [`${Z}/call?assignment=42`, 'zetkin.call', 'src/app/call/page.tsx'],
  [`${Z}/call`, 'zetkin.call', 'src/app/call/page.tsx'],
  [`${Z}/call/abc`, null, 'not an assignment id'],
  [`${Z}/my`, null, 'next.config.js: /my → /my/home (307)'],
  [`${Z}/my/home`, null, 'src/app/my/home/page.tsx: the list the actions are linked from'],
  [`${Z}/my/feed?range=2026-05-01,2026-05-31`, null, 'src/app/my/feed/page.tsx: all events, a list'],
  [`${Z}/my/orgs`, null, 'src/app/my/orgs/page.tsx'],
  [`${Z}/my/settings`, null, 'src/app/my/settings/page.tsx'],
  // Surveys: the four tabs of SurveyLayout.tsx, numbered, standalone or shared projects, and the public page.
  [`${Z}/organize/1/projects/7/surveys/9`, 'zetkin.survey', `${PROJECT}/surveys/[surveyId]/index.tsx`],
  [`${Z}/organize/1/projects/7/surveys/9/questions`, 'zetkin.survey', `${PROJECT}/surveys/[surveyId]/questions.tsx`],
  [
    `${Z}/organize/1/projects/7/surveys/9/submissions`,
    'zetkin.survey',
    `${PROJECT}/surveys/[surveyId]/submissions.tsx`,
  ],
  [`${Z}/organize/1/projects/7/surveys/9/insights`, 'zetkin.survey', `${PROJECT}/surveys/[surveyId]/insights.tsx`],
  [`${Z}/organize/1/projects/standalone/surveys/9`, 'zetkin.survey', 'getSurveyUrl.ts: standalone'],
  [`${Z}/organize/1/projects/shared/surveys/9/submissions`, 'zetkin.survey', 'getSurveyUrl.ts: shared'],
  [`${Z}/organize/1/projects/7/surveys`, null, 'no survey list route (404)'],
  [`${Z}/o/1/surveys/9`, 'zetkin.survey', 'src/app/o/[orgId]/surveys/[surveyId]/page.tsx'],
  [`${Z}/o/1/surveys/9?hideOrganization=true`, 'zetkin.survey', 'PublicSurveyLayout.tsx: hideOrganization'],
  [`${Z}/o/1/surveys`, null, 'no public survey list'],
  // Events: organiser tabs (EventLayout.tsx), the public page members sign up on, and the lists around them.
  [`${Z}/organize/1/projects/7/events/311`, 'zetkin.event', `${PROJECT}/events/[eventId]/index.tsx`],
  [
    `${Z}/organize/1/projects/7/events/311/participants`,
    'zetkin.event',
    `${PROJECT}/events/[eventId]/participants.tsx`,
  ],
  [`${Z}/organize/1/projects/standalone/events/311`, 'zetkin.event', 'getEventUrl.tsx: standalone'],
  [`${Z}/organize/1/projects/7/events`, null, `${PROJECT}/events/index.tsx: redirects to the calendar`],
  [`${Z}/organize/1/projects/calendar/events/311`, null, 'next.config.js: → /legacy, off-site'],
  [
    `${Z}/organize/1/projects/7/calendar?focusDate=2026-05-04&timeScale=week`,
    null,
    `${PROJECT}/calendar/index.tsx: a calendar`,
  ],
  [`${Z}/organize/1/projects/calendar`, null, `${ORGANIZE}/projects/calendar/index.tsx`],
  [`${Z}/o/1/events/311`, 'zetkin.event', 'src/app/o/[orgId]/events/[eventId]/page.tsx'],
  [`${Z}/o/1/events/311/`, 'zetkin.event', 'src/app/o/[orgId]/events/[eventId]/page.tsx'],
  [`${Z}/o/1/events/311/cal.ics`, null, 'src/app/o/[orgId]/events/[eventId]/cal.ics/route.ts: a download'],
  [`${Z}/o/1/events.ics`, null, 'src/app/o/[orgId]/events.ics/route.ts'],
  [`${Z}/o/1`, null, 'src/app/o/[orgId]/(home)/page.tsx: the organisation’s event list'],
  [`${Z}/o/1/projects/7`, null, 'src/app/o/[orgId]/projects/[projId]/page.tsx: a project’s event list'],
  [`${Z}/o/1/suborgs`, null, 'src/app/o/[orgId]/(home)/suborgs/page.tsx: a directory'],
  // Area assignments (organiser) and the canvasser's pages.
  [
    `${Z}/organize/1/projects/7/areaassignments/5`,
    'zetkin.canvass',
    `${PROJECT}/areaassignments/[areaAssId]/index.tsx`,
  ],
  [
    `${Z}/organize/1/projects/7/areaassignments/5/map`,
    'zetkin.canvass',
    `${PROJECT}/areaassignments/[areaAssId]/map.tsx`,
  ],
  [
    `${Z}/organize/1/projects/7/areaassignments/5/report`,
    'zetkin.canvass',
    `${PROJECT}/areaassignments/[areaAssId]/report.tsx`,
  ],
  [
    `${Z}/organize/1/projects/7/areaassignments/5/instructions`,
    'zetkin.canvass',
    `${PROJECT}/areaassignments/[areaAssId]/instructions.tsx`,
  ],
  [`${Z}/organize/1/projects/standalone/areaassignments/5`, 'zetkin.canvass', 'AreaAssignmentListItem.tsx: standalone'],
  [`${Z}/organize/1/projects/7/canvassassignments/5`, null, 'renamed to areaassignments in 853cbdf5c (404 since)'],
  [`${Z}/canvass/5`, 'zetkin.canvass', 'src/app/canvass/[areaAssId]/page.tsx'],
  [`${Z}/canvass/5/areas`, 'zetkin.canvass', 'src/app/canvass/[areaAssId]/areas/page.tsx'],
  [`${Z}/canvass/5/areas/3`, 'zetkin.canvass', 'src/app/canvass/[areaAssId]/areas/[areaId]/page.tsx'],
  [`${Z}/canvass/5/areas/3?step=household`, 'zetkin.canvass', 'LocationDialog/index.tsx pushes ?step='],
  [`${Z}/my/canvassassignments/5/map`, null, 'deleted in 604165590'],
  [`${Z}/organize/1/geography`, null, `${ORGANIZE}/geography/index.tsx: area polygons`],
  // Sub-organisations.
  [`${Z}/organize/1/suborgOverview`, 'zetkin.suborg', `${ORGANIZE}/suborgOverview/index.tsx`],
  [`${Z}/organize/1/suborgOverview/`, 'zetkin.suborg', `${ORGANIZE}/suborgOverview/index.tsx`],
  [`${Z}/organize/1/suborgoverview`, null, 'routes are case-sensitive'],
  // Everything else: lists, settings, people, e-mails, tasks, journeys, account pages, the API.
  [`${Z}/`, null, 'src/pages/index.tsx: → /my/home'],
  [`${Z}/organize`, null, 'src/pages/organize/index.tsx: the organisation picker'],
  [`${Z}/organize/1`, null, 'next.config.js: → /organize/1/projects'],
  [`${Z}/organize/1/projects`, null, `${ORGANIZE}/projects/index.tsx`],
  [`${Z}/organize/1/projects/7`, null, `${PROJECT}/index.tsx: a project’s activities`],
  [`${Z}/organize/1/projects/7%20`, null, 'SurveyLayout.tsx after a delete pushes a trailing space'],
  [`${Z}/organize/1/projects/7/emails/3/compose`, null, `${PROJECT}/emails/[emailId]/compose.tsx: no page type`],
  [`${Z}/organize/1/projects/7/tasks/4/assignees`, null, `${PROJECT}/tasks/[taskId]/assignees.tsx`],
  [`${Z}/organize/1/people/55`, null, `${ORGANIZE}/people/[personId]/index.tsx: a person`],
  [`${Z}/organize/1/people/lists/8`, null, `${ORGANIZE}/people/lists/[viewId]/index.tsx`],
  [`${Z}/organize/1/journeys/2/17`, null, `${ORGANIZE}/journeys/[journeyId]/[instanceId]/index.tsx`],
  [`${Z}/organize/1/settings`, null, `${ORGANIZE}/settings/index.tsx`],
  [`${Z}/login?redirect=/call`, null, 'src/middleware.ts: login drops the query'],
  [`${Z}/api/users/me/outgoing_calls?p=0&pp=20&filter=state!=0`, null, 'src/pages/api/[...path].ts'],
  // Not Zetkin.
  ['https://example.org/call/42', null, 'another host'],
  ['https://app.zetkin.org.evil.example/call/42', null, 'a look-alike host'],
  ['http://app.zetkin.org/call/42', null, 'not over https (Zetkin redirects it)'],
  ['not a url', null, 'not an address'],
];

describe('Zetkin’s routes', () => {
  it('has at least 60 real-shaped addresses in the table', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)('%s → %s (%s)', (url, expected) => {
    expect(detect(url)).toBe(expected);
  });

  it('cites a file of Zetkin’s source for every route it knows', () => {
    for (const known of ZETKIN_ROUTES) expect(known.source).toMatch(/^src\/(?:pages|app)\//);
    // Each route is exercised by the table.
    for (const known of ZETKIN_ROUTES) {
      expect(TABLE.some(([url, type]) => type === known.pageType && known.path.test(new URL(url).pathname))).toBe(true);
    }
  });
});

describe('the caller view’s assignment', () => {
  const loadedAt = Date.parse('2026-05-14T10:00:00Z');
  const lanes = (assignments: number[], activeLaneIndex: number, timestamp: number) =>
    JSON.stringify({
      activeLaneIndex,
      lanes: assignments.map((assignmentId) => ({
        assignmentId,
        step: 'call',
        previousCall: { target: { first_name: 'Anna', last_name: 'Andersson', phone: '070-123 45 67' } },
        report: { callerLog: 'Vill ha mer information' },
      })),
      timestamp,
      userId: 3,
      version: 1,
    });
  const at = (input: { url: string; loadedFrom?: string; lanes?: string | null; now?: number }) =>
    callerAssignment({
      url: input.url,
      loadedFrom: input.loadedFrom ?? input.url,
      loadedAt,
      lanes: input.lanes ?? null,
      now: input.now ?? loadedAt + 5_000,
    });

  it('takes the id from the address the page was loaded at, after Zetkin rewrote it to /call', () => {
    expect(assignmentInAddress(`${Z}/call?assignment=42`)).toBe(42);
    expect(assignmentInAddress(`${Z}/call/42`)).toBe(42);
    expect(assignmentInAddress(`${Z}/call`)).toBeNull();
    expect(at({ url: `${Z}/call`, loadedFrom: `${Z}/call?assignment=42` })).toBe(42);
    // Stale lanes from an earlier session do not win over the address.
    expect(
      at({ url: `${Z}/call`, loadedFrom: `${Z}/call?assignment=42`, lanes: lanes([17], 0, loadedAt - 60_000) }),
    ).toBe(42);
  });

  it('follows the active lane once the page has written it, as a lane switch never changes the address', () => {
    const written = loadedAt + 1_000;
    expect(at({ url: `${Z}/call`, loadedFrom: `${Z}/call?assignment=42`, lanes: lanes([42, 17], 1, written) })).toBe(
      17,
    );
    expect(at({ url: `${Z}/call`, lanes: lanes([42, 17], 0, written) })).toBe(42);
    // Zetkin can pair a saved index with fewer lanes; the first lane stands in.
    expect(at({ url: `${Z}/call`, lanes: lanes([42], 3, written) })).toBe(42);
  });

  it('resumes saved lanes Zetkin itself would resume (an hour), and nothing older or off the caller view', () => {
    const before = loadedAt - 30 * 60_000;
    expect(at({ url: `${Z}/call`, lanes: lanes([42], 0, before) })).toBe(42);
    expect(at({ url: `${Z}/call`, lanes: lanes([42], 0, loadedAt - 61 * 60_000) })).toBeNull();
    expect(at({ url: `${Z}/my/home`, lanes: lanes([42], 0, loadedAt + 1) })).toBeNull();
  });

  it('reads only the lanes’ version, time, index and assignment ids, and nothing malformed', () => {
    expect(activeLane(lanes([42], 0, 5))).toEqual({ assignmentId: 42, writtenAt: 5 });
    expect(activeLane('null')).toBeNull();
    expect(activeLane('{')).toBeNull();
    expect(
      activeLane(JSON.stringify({ version: 2, timestamp: 1, activeLaneIndex: 0, lanes: [{ assignmentId: 1 }] })),
    ).toBeNull();
    expect(
      activeLane(JSON.stringify({ version: 1, timestamp: 1, activeLaneIndex: 0, lanes: [{ assignmentId: '1' }] })),
    ).toBeNull();
    expect(activeLane(null)).toBeNull();
  });

  it('logs calls with Zetkin’s own link to the assignment', () => {
    expect(callAssignmentUrl(42)).toBe(`${Z}/call/42`);
  });
});

describe('Zetkin’s addresses and titles as logged and shown', () => {
  it('drops the canvass dialog’s step, and keeps everything else', () => {
    expect(loggableUrl(`${Z}/canvass/5/areas/3?step=household`)).toBe(`${Z}/canvass/5/areas/3`);
    expect(loggableUrl(`${Z}/organize/1/projects/7/surveys/9`)).toBe(`${Z}/organize/1/projects/7/surveys/9`);
  });

  it('drops titles that say nothing: Call, and the empty one before the data loads', () => {
    expect(pageTitle('Call')).toBeUndefined();
    expect(pageTitle('')).toBeUndefined();
    expect(pageTitle('Medlemsringning vecka 20')).toBe('Medlemsringning vecka 20');
    expect(pageTitle('Vad tycker du om kollektivtrafiken? | Vänsterpartiet Västernorrland')).toBe(
      'Vad tycker du om kollektivtrafiken? | Vänsterpartiet Västernorrland',
    );
  });
});

describe('finishedCallsToday', () => {
  const now = new Date(2026, 4, 14, 17, 0);
  const iso = (date: Date) => date.toISOString().replace('Z', '');
  const todayAt = (hour: number) => iso(new Date(2026, 4, 14, hour, 0));
  const yesterday = iso(new Date(2026, 4, 13, 12, 0));
  const call = (assignment_id: number, state: number, update_time: string) => ({
    id: Math.random(),
    assignment_id,
    state,
    update_time,
    allocation_time: update_time,
    target: { first_name: 'Anna', last_name: 'Andersson', phone: '070-000 00 00' },
    notes: 'privat',
    message_to_organizer: 'privat',
  });
  const pages = (...lists: unknown[][]) => {
    const asked: string[] = [];
    const fetchPage = async (path: string) => {
      asked.push(path);
      const page = Number(new URLSearchParams(path.split('?')[1]).get('p'));
      return { data: lists[page] ?? [] };
    };
    return { asked, fetchPage };
  };

  it('asks as Zetkin’s useFinishedCalls does: pages of 20 with the finished filter', () => {
    expect(finishedCallsPage(0)).toBe('/api/users/me/outgoing_calls?p=0&pp=20&filter=state!=0');
  });

  it('counts this assignment’s finished calls of today across pages, stopping at a page wholly older than today', async () => {
    const first = [
      ...Array.from({ length: 4 }, () => call(42, 1, todayAt(9))),
      call(42, 13, todayAt(10).replace('.000', '.469207')),
      call(42, 0, todayAt(11)),
      ...Array.from({ length: 14 }, () => call(7, 11, todayAt(12))),
    ];
    const second = [call(42, 21, todayAt(8)), ...Array.from({ length: 19 }, () => call(42, 1, yesterday))];
    const third = Array.from({ length: 20 }, () => call(42, 1, yesterday));
    const fourth = [call(42, 1, todayAt(7))];
    const { asked, fetchPage } = pages(first, second, third, fourth);
    expect(await finishedCallsToday(fetchPage, 42, now)).toBe(6);
    expect(asked).toEqual([finishedCallsPage(0), finishedCallsPage(1), finishedCallsPage(2)]);
  });

  it('stops at an empty page, and reads nothing from anything that is not Zetkin’s wrapper of calls', async () => {
    const { asked, fetchPage } = pages([call(42, 1, todayAt(9))]);
    expect(await finishedCallsToday(fetchPage, 42, now)).toBe(1);
    expect(asked).toHaveLength(2);
    expect(await finishedCallsToday(async () => ({ error: 'unauthorized' }), 42, now)).toBe(0);
    expect(await finishedCallsToday(async () => [call(42, 1, todayAt(9))], 42, now)).toBe(0);
    expect(await finishedCallsToday(async () => ({ data: [null, 'x', { assignment_id: 42 }] }), 42, now)).toBe(0);
  });

  it('reads at most ten pages, however busy the day', async () => {
    const busy = Array.from({ length: 20 }, () => call(42, 1, todayAt(9)));
    const { asked, fetchPage } = pages(...Array.from({ length: 30 }, () => busy));
    expect(await finishedCallsToday(fetchPage, 42, now)).toBe(200);
    expect(asked).toHaveLength(10);
  });
});
