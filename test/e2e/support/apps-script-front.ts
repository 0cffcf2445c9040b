// Google's front for the local web app, for the one test of a deployed web app's address: Chromium resolves
// script.google.com and script.googleusercontent.com here (TLS with a throwaway certificate), /macros/s/<id>/exec goes
// to the server's /exec, and its 302 to the one-time echo is moved to script.googleusercontent.com/macros/echo as Apps
// Script does, so the extension follows a real redirect. Answers can be lost on the way back, as on a flaky network.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { throwawayCertificate } from './tls.ts';

export const APPS_SCRIPT_HOST = 'script.google.com';
export const ECHO_HOST = 'script.googleusercontent.com';
const EXEC_PATH = /^\/macros\/s\/[\w-]+\/exec$/;
const ECHO_PATH = '/macros/echo';

export interface AppsScriptFront {
  /** The loopback port both hosts are mapped to. */
  port: number;
  /** The web app behind the front (http://127.0.0.1:<port>), or null: every request fails like a dropped connection. */
  forwardTo(origin: string | null): void;
  /** The web app handles the next `count` requests but their answers are lost on the way back. */
  loseAnswers(count: number): void;
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startAppsScriptFront(): Promise<AppsScriptFront> {
  let origin: string | null = null;
  let answersToLose = 0;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(request.url ?? '/', `https://${host}`);
    const target =
      host === APPS_SCRIPT_HOST && EXEC_PATH.test(url.pathname)
        ? '/exec'
        : host === ECHO_HOST && url.pathname === ECHO_PATH
          ? '/echo'
          : null;
    if (target === null) {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end('<p>Sidan hittades inte</p>');
      return;
    }
    const body = await bodyOf(request);
    if (origin === null) return request.socket.destroy();
    let answer: Response;
    try {
      answer = await fetch(`${origin}${target}${url.search}`, {
        method: request.method ?? 'GET',
        headers: { 'Content-Type': request.headers['content-type'] ?? 'text/plain' },
        ...(request.method === 'POST' ? { body: new Uint8Array(body) } : {}),
        redirect: 'manual',
      });
    } catch {
      return request.socket.destroy();
    }
    const text = await answer.text();
    const location = answer.headers.get('location');
    if (target === '/exec' && answersToLose > 0) {
      answersToLose--;
      return request.socket.destroy();
    }
    // No connection is reused: Chrome silently retries a request whose reused connection drops, which would hide a
    // lost answer from the extension.
    const headers: Record<string, string> = { 'Cache-Control': 'no-store', Connection: 'close' };
    for (const name of ['content-type', 'access-control-allow-origin']) {
      const value = answer.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    if (location !== null) {
      headers.Location = `https://${ECHO_HOST}${ECHO_PATH}${new URL(location, origin).search}`;
    }
    response.writeHead(answer.status, headers).end(text);
  };

  const server = createServer(await throwawayCertificate([APPS_SCRIPT_HOST, ECHO_HOST]), (request, response) => {
    handle(request, response).catch(() => request.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    forwardTo(next) {
      origin = next;
    },
    loseAnswers(count) {
      answersToLose = count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
