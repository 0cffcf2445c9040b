// Zetkin and Facebook for the browser tests: one HTTPS server Chromium resolves app.zetkin.org and every
// *.facebook.com host to, answering as the real sites do where the extension can tell. Zetkin's server redirects as
// its source does (a trailing slash 308s away, /my and campaigns/ 307, /call/{id} 307s to /call?assignment={id}) and
// pages the caller's finished calls as its API does; the pages themselves (fixtures/) behave like Zetkin's and
// Facebook's single-page apps: pushState navigation, late titles, Zetkin's address rewrite and callLanes.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { throwawayCertificate } from './tls.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
export const ZETKIN_HOST = 'app.zetkin.org';
/** The call assignments the fixture caller has (src/app/call/[callAssId]/page.tsx 404s any other id). */
const CALL_ASSIGNMENTS = [42, 17];

export interface FixtureSites {
  port: number;
  /** Host-resolver rules that send the sites' hosts here. */
  hostRules: string[];
  /** The `p` of every outgoing_calls page asked for, in order. */
  callPagesAsked: number[];
  close(): Promise<void>;
}

/** One finished or unfinished call as Zetkin's API has it: with the person called, whom the extension must not read. */
function call(id: number, assignmentId: number, state: number, at: Date) {
  const time = at.toISOString().replace('Z', '');
  return {
    id,
    assignment_id: assignmentId,
    state,
    allocation_time: time,
    update_time: time,
    call_back_after: null,
    caller: { id: 3, name: 'Demo Medlem' },
    message_to_organizer: 'Vill bli kontaktad om studiecirkeln',
    notes: 'Ring efter 18',
    organizer_action_needed: false,
    organizer_action_taken: null,
    target: { id: id + 100, first_name: 'Anna', last_name: 'Andersson', phone: '070-123 45 67', alt_phone: null },
  };
}

/**
 * The caller's finished calls, newest first, 20 a page as `?p=N&pp=20`: today 5 in assignment 42 and 2 in 17 (among
 * others' calls), then pages of older calls. An empty page ends the list.
 */
function finishedCalls(page: number, now: Date): unknown[] {
  const today = (hour: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour);
  const earlier = (days: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() - days, 12);
  const pages = [
    [
      ...[1, 1, 13, 11].map((state, index) => call(index + 1, 42, state, today(0))),
      ...Array.from({ length: 16 }, (_, index) => call(index + 10, 7, 1, today(0))),
    ],
    [
      call(30, 42, 21, today(0)),
      call(31, 17, 1, today(0)),
      call(32, 17, 15, today(0)),
      ...Array.from({ length: 17 }, (_, index) => call(index + 40, 42, 1, earlier(1))),
    ],
    Array.from({ length: 20 }, (_, index) => call(index + 60, 42, 1, earlier(2))),
    Array.from({ length: 20 }, (_, index) => call(index + 80, 42, 1, earlier(3))),
  ];
  return pages[page] ?? [];
}

type Reply = { status: number; headers: Record<string, string>; body?: string };

const redirect = (status: number, location: string): Reply => ({ status, headers: { Location: location } });
const page = (name: string, status = 200): Reply => ({
  status,
  headers: { 'Content-Type': 'text/html; charset=utf-8' },
  body: readFileSync(join(FIXTURES, name), 'utf8'),
});

function zetkin(url: URL, asked: number[]): Reply {
  const path = url.pathname;
  // next.config.js has no trailingSlash, so Next's default 308 strips it.
  if (path !== '/' && path.endsWith('/')) return redirect(308, `${path.replace(/\/+$/, '')}${url.search}`);
  if (path === '/my') return redirect(307, `/my/home${url.search}`);
  const campaign = /^\/organize\/(\d+)\/campaigns\/(.*)$/.exec(path);
  if (campaign) return redirect(307, `/organize/${campaign[1]}/projects/${campaign[2]}${url.search}`);
  const caller = /^\/call\/(\d+)$/.exec(path);
  if (caller) {
    if (!CALL_ASSIGNMENTS.includes(Number(caller[1]))) return page('zetkin.html', 404);
    return redirect(307, `/call?assignment=${caller[1]}`);
  }
  if (path === '/api/users/me/outgoing_calls') {
    const pageNumber = Number(url.searchParams.get('p') ?? '0');
    asked.push(pageNumber);
    const body = JSON.stringify({ data: finishedCalls(pageNumber, new Date()) });
    return { status: 200, headers: { 'Content-Type': 'application/json' }, body };
  }
  return page('zetkin.html');
}

export async function startFixtureSites(): Promise<FixtureSites> {
  const callPagesAsked: number[] = [];
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(request.url ?? '/', `https://${host}`);
    const facebook = host === 'facebook.com' || host.endsWith('.facebook.com');
    const reply =
      host === ZETKIN_HOST
        ? zetkin(url, callPagesAsked)
        : facebook
          ? page('facebook.html')
          : { status: 404, headers: {} };
    response.writeHead(reply.status, { 'Cache-Control': 'no-store', ...reply.headers }).end(reply.body);
  };
  const hosts = [ZETKIN_HOST, 'facebook.com', '*.facebook.com'];
  const server = createServer(await throwawayCertificate(hosts), handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    hostRules: hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`),
    callPagesAsked,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
