// A new user's first `npm start`: no workbook and no data folder yet; the server makes both, imports the plan and
// prints what the user needs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { decodeConnectionCode } from '../../../shared/webapp/connection-code.ts';
import { CLI_FILE, REPO_ROOT } from '../../support/run-cli.ts';
import { SEED_FILE } from '../../support/seed.ts';

/** `malkoll serve` on a workbook until it has printed its start lines; the lines, after a clean stop. */
async function startLines(dataFile: string, ...extra: string[]): Promise<string> {
  const child = spawn(
    process.execPath,
    [CLI_FILE, 'serve', '--port', '0', '--data', dataFile, '--plan', SEED_FILE, ...extra],
    { cwd: REPO_ROOT },
  );
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  try {
    await expect.poll(() => output, { timeout: 30_000 }).toMatch(/Anslutningskod: .*\n/);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }
  return output;
}

it('starts on a fresh machine: creates the data folder, imports the plan, prints the preview and a code', async () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'malkoll-first-')), '.malkoll', 'workbook.json');
  const output = await startLines(dataFile);
  expect(output).toMatch(/Anslutningskod: (MALKOLL1:\S+)/);
  expect(output).toMatch(/Målkoll kör på http:\/\/127\.0\.0\.1:\d+\//);
  const code = output.match(/Anslutningskod: (MALKOLL1:\S+)/)?.[1] ?? '';
  expect(decodeConnectionCode(code)?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/exec$/);
  expect(existsSync(dataFile)).toBe(true);
  expect(existsSync(`${dataFile}.lock`)).toBe(false);
}, 60_000);

it('tells a second start how to get a connection code, and how to see a plan year that is over', async () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'malkoll-again-')), 'workbook.json');
  await startLines(dataFile);
  const again = await startLines(dataFile);
  expect(again).toMatch(
    /Anslutningskod: öppna http:\/\/127\.0\.0\.1:\d+\/ och välj Målkoll → Bjud in medlem… \(koden visas en gång; den förra sparas inte\)\./,
  );
  expect(again).not.toContain('MALKOLL1:');
  expect(again).toContain(
    'Planen gäller 2024, som är slut, så Mål visar bara Klar och Ej uppnått. För att se året medan det pågick: npm start -- --today 2024-06-15 (eller malkoll serve --today 2024-06-15).',
  );
}, 90_000);

it('runs on the day --today names, and refuses one that is no date', async () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'malkoll-today-')), 'workbook.json');
  const lines = await startLines(dataFile, '--today', '2024-06-15');
  expect(lines).toContain(
    'Datum: 2024-06-15 (--today): förhandsvisningen, menyerna och webbappen går som om det vore den dagen.',
  );
  expect(lines).not.toContain('som är slut');
  const bad = spawnSync(
    process.execPath,
    [CLI_FILE, 'serve', '--port', '0', '--data', dataFile, '--today', 'i morgon'],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );
  expect(bad.status).toBe(2);
  expect(bad.stderr).toBe('--today ska vara ett datum som ÅÅÅÅ-MM-DD, inte "i morgon".\n');
}, 90_000);
