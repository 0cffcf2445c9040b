// A local server in a child process, as `malkoll serve` runs, for the tests that kill it (SIGKILL) or starve its disk:
// starting it, inviting members through its preview menu, and logging as the extension does.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRuntime } from '../../apps-script/local/index.ts';
import { LOG } from '../../shared/sheets/columns.ts';
import { decodeConnectionCode } from '../../shared/webapp/connection-code.ts';
import { ErrorResponse, LogResponse } from '../../shared/wire.ts';
import { ensureBundle, ROOT } from './built-bundle.ts';
import { CLI_FILE } from './run-cli.ts';
import { SEED_FILE } from './seed.ts';

export interface ServeProcess {
  child: ChildProcess;
  /** The preview, e.g. http://127.0.0.1:40000/ */
  url: string;
  /** The demo member's token when this start invited one. */
  token: string | null;
  /** Everything the server printed. */
  output(): string;
}

const children: ChildProcess[] = [];

/** Kills every server a test started and did not stop; call in afterEach. */
export function killServers(): void {
  for (const child of children.splice(0)) child.kill('SIGKILL');
}

/**
 * Starts `malkoll serve` on `dataFile` (with the seed plan when `plan`) and waits for its startup lines. With
 * `compactAfterBytes` the same server runs from the source with that compaction threshold.
 */
export async function serve(
  dataFile: string,
  options: { plan?: boolean; compactAfterBytes?: number } = {},
): Promise<ServeProcess> {
  ensureBundle();
  const args =
    options.compactAfterBytes === undefined
      ? [CLI_FILE, 'serve', '--port', '0', '--data', dataFile, ...(options.plan ? ['--plan', SEED_FILE] : [])]
      : ['--import', 'tsx', `${ROOT}/test/support/serve-child.ts`, dataFile, String(options.compactAfterBytes)];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no startup: ${output}`)), 60_000);
    const check = () => {
      // The code line is the last one a start prints but for the hints after it (the code's use, a year that is over).
      if (/Webbappen: .*\n/.test(output) && /Anslutningskod: .*\n/.test(output)) {
        clearTimeout(timer);
        child.stdout?.off('data', check);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', () => reject(new Error(`exited: ${output}`)));
  });
  const url = output.match(/Målkoll kör på (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1] ?? '';
  const code = output.match(/Anslutningskod: (MALKOLL1:\S+)/)?.[1];
  return { child, url, token: code ? (decodeConnectionCode(code)?.token ?? null) : null, output: () => output };
}

/**
 * Invites a member through the preview's Målkoll menu, as the board would (Bjud in medlem…, the name, the
 * partiförening), and returns their token from the code the dialog shows.
 */
export async function invite(server: ServeProcess, name: string): Promise<string> {
  const answers = JSON.stringify([{ button: 'OK', text: name }]);
  const body = new URLSearchParams({ handler: 'menuInviteMember', answers, button: 'OK', text: 'Sundsvall' });
  const page = await (await fetch(`${server.url}meny`, { method: 'POST', body })).text();
  const dialog = page.match(/<iframe class="addon-dialog"[^>]*src="([^"]+)"/)?.[1]?.replace(/&amp;/g, '&');
  const shown = dialog ? await (await fetch(new URL(dialog, server.url))).text() : '';
  const code = shown.match(/MALKOLL1:[\w-]+/)?.[0];
  const token = code ? decodeConnectionCode(code)?.token : undefined;
  if (!token) throw new Error(`could not invite ${name}`);
  return token;
}

/** Stops the server as Ctrl-C does and waits for it to exit. */
export async function stop(server: ServeProcess): Promise<void> {
  const exited = new Promise((resolve) => server.child.on('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

export type LogOutcome = 'accepted' | 'duplicate' | 'rejected' | 'busy' | 'rate_limited' | 'failed';

/** Logs one action as the extension does; `failed` when no answer came (the server is gone). */
export async function logAction(
  server: ServeProcess,
  token: string,
  action: Record<string, unknown>,
): Promise<{ outcome: LogOutcome; retryAfterSeconds?: number }> {
  let json: unknown;
  try {
    const response = await fetch(`${server.url}exec`, {
      method: 'POST',
      body: JSON.stringify({ v: 1, op: 'log', token, actions: [action] }),
    });
    json = await response.json();
  } catch {
    return { outcome: 'failed' };
  }
  const logged = LogResponse.safeParse(json);
  if (logged.success) return { outcome: logged.data.results[0]?.status ?? 'failed' };
  const error = ErrorResponse.parse(json).error;
  if (error.code !== 'busy' && error.code !== 'rate_limited') throw new Error(`unexpected answer ${error.code}`);
  return {
    outcome: error.code,
    ...(error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds }),
  };
}

/** The action ids in the saved workbook's Logg, as a fresh load of the file (checkpoint and journal) gives them. */
export function savedIds(dataFile: string): string[] {
  return createRuntime({ dataFile })
    .formulaBars(LOG.name)
    .slice(1)
    .map((row) => row[LOG.index('id')] ?? '');
}
