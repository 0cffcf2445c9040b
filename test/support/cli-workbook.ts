// A workbook file the CLI suites share the set-up of: the seed plan imported by the built `malkoll`, and its sheets read
// back through `malkoll sheets --json`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { malkoll } from './run-cli.ts';
import { SEED_FILE } from './seed.ts';

export interface Dump {
  sheets: {
    name: string;
    headers: unknown[];
    rows: unknown[][];
    validations: { range: string; type: string; values: unknown[] }[];
  }[];
}

/** A new workbook file in a temporary folder with the seed plan imported; its path. */
export function seededWorkbook(): string {
  const workbook = join(mkdtempSync(join(tmpdir(), 'malkoll-workbook-')), 'workbook.json');
  const run = malkoll(['import', SEED_FILE, '--data', workbook]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain('29 aktiviteter');
  return workbook;
}

export function dumpSheets(file: string): Dump {
  const run = malkoll(['sheets', '--data', file, '--json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Dump;
}

export function sheetOf(name: string, file: string): Dump['sheets'][number] {
  const found = dumpSheets(file).sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}
