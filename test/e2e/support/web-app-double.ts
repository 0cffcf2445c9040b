// TEST DOUBLE of the Målkoll web app (stands in until `malkoll serve` exists): the shared request handler over a memory
// store, behind an HTTP shell that answers like Apps Script does — a 302 redirect to a one-time content URL.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Action } from '../../../shared/model/action.ts';
import { encodeConnectionCode } from '../../../shared/webapp/connection-code.ts';
import { handlePost, type WebAppStore } from '../../../shared/webapp/handle.ts';
import type { Member } from '../../../shared/webapp/snapshot.ts';
import { seedPlan } from '../../shared/report/fixtures.ts';
import type { WebApp } from './web-app.ts';

const EXEC_PATH = '/macros/s/AKfycbTestDouble/exec';
const ECHO_PATH = '/macros/echo';
const BRANCHES = ['Sundsvall', 'Härnösand', 'Örnsköldsvik', 'Kramfors'];

type StoredMember = Member & { token: string; active: boolean };

function memoryStore(members: StoredMember[], logged: Action[]): WebAppStore {
  return {
    findMember: (token) => members.find((member) => member.token === token && member.active) ?? null,
    readPlan: () => seedPlan,
    readBranches: () => BRANCHES,
    readConnectionRows: () => [],
    withLock: (work) => ({ ok: true, value: work() }),
    readLoggedIds: () => new Set(logged.map((action) => action.id.toLowerCase())),
    appendActions: (actions) => {
      logged.push(...actions);
    },
    reportError: (error) => console.error('web app double:', error),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebAppDouble(): Promise<WebApp & { url: string }> {
  const members: StoredMember[] = [];
  const logged: Action[] = [];
  const store = memoryStore(members, logged);
  const answers = new Map<string, string>();
  const sockets = new Set<Socket>();

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '').split('?')[0];
    if (request.method === 'POST' && path === EXEC_PATH) {
      const answer = JSON.stringify(handlePost(await readBody(request), store, new Date()));
      const key = randomBytes(12).toString('hex');
      answers.set(key, answer);
      response.writeHead(302, { Location: `${ECHO_PATH}?user_content_key=${key}&lib=double` }).end();
      return;
    }
    const key = new URL(request.url ?? '', 'http://double').searchParams.get('user_content_key') ?? '';
    const answer = request.method === 'GET' && path === ECHO_PATH ? answers.get(key) : undefined;
    if (answer === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/html' }).end('<p>Sidan hittades inte</p>');
      return;
    }
    answers.delete(key);
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(answer);
  };

  let server: Server | undefined;
  let port = 0;
  const listen = async () => {
    server = createServer((request, response) => void handle(request, response));
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', resolve));
    const address = server.address();
    if (address && typeof address === 'object') port = address.port;
  };
  const stop = async () => {
    const closing = server;
    server = undefined;
    if (!closing) return;
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => closing.close(() => resolve()));
  };

  await listen();
  const url = `http://127.0.0.1:${port}${EXEC_PATH}`;
  const invite = async (name: string, branch: string) => {
    const token = randomBytes(18).toString('base64url');
    members.push({ name, branch, token, active: true });
    return encodeConnectionCode({ url, token });
  };
  const demoCode = await invite('Demo Medlem', 'Sundsvall');

  return {
    url,
    demoCode,
    invite,
    async revoke(name) {
      for (const member of members) if (member.name === name) member.active = false;
    },
    async actions() {
      return logged.map((action) => ({ ...action }));
    },
    stop,
    start: listen,
    close: stop,
  };
}
