// Crash safety: `malkoll serve` killed with SIGKILL while logs stream in restarts on a whole workbook that holds every
// action it had acknowledged; retrying everything then leaves each action exactly once.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRuntime } from '../../../apps-script/local/index.ts';
import { decodeConnectionCode } from '../../../shared/webapp/connection-code.ts';
import { LogResponse } from '../../../shared/wire.ts';
import { ensureBundle, ROOT } from '../../support/built-bundle.ts';
import { CLI_FILE } from '../../support/run-cli.ts';
import { SEED_FILE } from '../../support/seed.ts';
import { validAction } from '../../support/server-harness.ts';

const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** Starts `malkoll serve` and waits for its startup lines. */
async function serve(
  dataFile: string,
  plan: boolean,
): Promise<{ child: ChildProcess; url: string; code: string | null }> {
  const args = [CLI_FILE, 'serve', '--port', '0', '--data', dataFile, ...(plan ? ['--plan', SEED_FILE] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no startup: ${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/Webbappen: .*\n/.test(output) && (!plan || output.includes('Tillägget:'))) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', () => reject(new Error(`exited: ${output}`)));
  });
  const url = output.match(/Målkoll kör på (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1] ?? '';
  return { child, url, code: output.match(/Anslutningskod: (MALKOLL1:\S+)/)?.[1] ?? null };
}

async function log(url: string, token: string, action: Record<string, unknown>): Promise<string | null> {
  try {
    const response = await fetch(`${url}exec`, {
      method: 'POST',
      body: JSON.stringify({ v: 1, op: 'log', token, actions: [action] }),
    });
    return LogResponse.parse(await response.json()).results[0]?.status ?? null;
  } catch {
    return null;
  }
}

describe('crash safety', () => {
  it('keeps every acknowledged action across a SIGKILL mid-stream', async () => {
    ensureBundle();
    const dataFile = join(mkdtempSync(join(tmpdir(), 'malkoll-crash-')), 'workbook.json');
    const first = await serve(dataFile, true);
    const token = decodeConnectionCode(first.code ?? '')?.token ?? '';
    expect(token).not.toBe('');

    const actions = Array.from({ length: 200 }, () => validAction());
    const acknowledged: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < actions.length) {
        const action = actions[next++] as Record<string, unknown>;
        if ((await log(first.url, token, action)) === 'accepted') acknowledged.push(String(action.id));
        if (acknowledged.length === 40) first.child.kill('SIGKILL');
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(acknowledged.length).toBeLessThan(actions.length);

    const second = await serve(dataFile, false);
    const ids = new Set(
      createRuntime({ dataFile })
        .formulaBars('Logg')
        .slice(1)
        .map((row) => row[11]),
    );
    for (const id of acknowledged) expect(ids.has(id)).toBe(true);

    const retried = await Promise.all(actions.map((action) => log(second.url, token, action)));
    expect(retried.every((status) => status === 'accepted' || status === 'duplicate')).toBe(true);
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.on('exit', resolve));
    const rows = createRuntime({ dataFile })
      .formulaBars('Logg')
      .slice(1)
      .map((row) => row[11]);
    expect(rows).toHaveLength(actions.length);
    expect(new Set(rows)).toEqual(new Set(actions.map((action) => action.id)));
  }, 120_000);
});
