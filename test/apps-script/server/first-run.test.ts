// A new user's first `npm start`: no workbook and no data folder yet; the server makes both, imports the plan and
// prints what the user needs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { decodeConnectionCode } from '../../../shared/webapp/connection-code.ts';
import { CLI_FILE, REPO_ROOT } from '../../support/run-cli.ts';
import { SEED_FILE } from '../../support/seed.ts';

it('starts on a fresh machine: creates the data folder, imports the plan, prints the preview and a code', async () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'malkoll-first-')), '.malkoll', 'workbook.json');
  const child = spawn(process.execPath, [CLI_FILE, 'serve', '--port', '0', '--data', dataFile, '--plan', SEED_FILE], {
    cwd: REPO_ROOT,
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  try {
    await expect.poll(() => output, { timeout: 30_000 }).toMatch(/Anslutningskod: (MALKOLL1:\S+)/);
    expect(output).toMatch(/Målkoll kör på http:\/\/127\.0\.0\.1:\d+\//);
    const code = output.match(/Anslutningskod: (MALKOLL1:\S+)/)?.[1] ?? '';
    expect(decodeConnectionCode(code)?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/exec$/);
    expect(existsSync(dataFile)).toBe(true);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }
  expect(existsSync(`${dataFile}.lock`)).toBe(false);
}, 60_000);
