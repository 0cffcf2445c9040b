// The local server in-process on loopback for the web app tests: a temp workbook with the seed plan and a demo member.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '../../apps-script/server/server.ts';
import { decodeConnectionCode } from '../../shared/webapp/connection-code.ts';
import { ensureBundle } from './built-bundle.ts';
import { SEED_FILE } from './seed.ts';

export interface TestServer {
  server: RunningServer;
  dataFile: string;
  /** The demo member's token, from the printed connection code. */
  token: string;
  /** POSTs a body the way the extension does (text/plain, following the redirect) and parses the answer. */
  post(body: unknown): Promise<Record<string, unknown>>;
  /** Invites another member on the running server and returns their token. */
  invite(name: string): string;
}

export async function startTestServer(
  options: { lockBuffer?: SharedArrayBuffer; today?: string } = {},
): Promise<TestServer> {
  ensureBundle();
  const dataFile = join(mkdtempSync(join(tmpdir(), 'malkoll-webapp-')), 'workbook.json');
  const server = await startServer({ port: 0, dataFile, planFile: SEED_FILE, log: () => {}, ...options });
  const connection = server.demoCode ? decodeConnectionCode(server.demoCode) : null;
  if (!connection) throw new Error('the server did not invite a demo member');
  const post = async (body: unknown) => {
    const response = await fetch(connection.url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=utf-8' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return (await response.json()) as Record<string, unknown>;
  };
  const invite = (name: string) => {
    const code = server.runtime.bundle?.call('inviteMember', { name, branch: 'Sundsvall' });
    const token = typeof code === 'string' ? decodeConnectionCode(code)?.token : undefined;
    if (!token) throw new Error(`could not invite ${name}`);
    return token;
  };
  return { server, dataFile, token: connection.token, post, invite };
}

let counter = 0;
/** A valid action for the seed plan (U3 is the debattartiklar delmål), with a fresh uuid unless one is given. */
export function validAction(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    id: crypto.randomUUID(),
    at: '2024-05-14T10:00:00+02:00',
    subgoal: 'U3',
    activity: 'U3.1',
    kind: 'article.published',
    quantity: 1,
    url: `https://example.org/artikel/${counter}`,
    note: `Artikel ${counter}`,
    ...overrides,
  };
}
