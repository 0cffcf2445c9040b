// `malkoll report` over a local workbook file: the report written to Rapport and printed, as text or JSON.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../../../shared/report/types.ts';
import { malkoll } from '../../../support/run-cli.ts';
import { SEED_FILE } from '../../../support/seed.ts';

interface Dump {
  sheets: {
    name: string;
    headers: unknown[];
    rows: unknown[][];
    validations: { range: string; type: string; values: unknown[] }[];
  }[];
}

const dir = mkdtempSync(join(tmpdir(), 'malkoll-workbook-'));
const workbook = join(dir, 'workbook.json');

function dump(file = workbook): Dump {
  const run = malkoll(['sheets', '--data', file, '--json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Dump;
}

function sheet(name: string, file = workbook) {
  const found = dump(file).sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

beforeAll(() => {
  const run = malkoll(['import', SEED_FILE, '--data', workbook]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain('29 aktiviteter');
});

describe('malkoll report', () => {
  it('writes the year report to its sheet and prints it as JSON with its charts', () => {
    const run = malkoll(['report', '--data', workbook, '--as-of', '2024-06-30', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const report = Report.parse(JSON.parse(run.stdout));
    expect(report.asOf).toBe('2024-06-30');
    expect(report.charts.map((chart) => chart.type)).toEqual(expect.arrayContaining(['bar', 'line']));
    expect(report.sheet).toBe('Rapport 2024');
    expect(sheet('Rapport 2024').headers[0]).toBe(report.title);
  });

  it('prints a quarter report as text', () => {
    const run = malkoll(['report', '--data', workbook, '--quarter', '2024Q2', '--as-of', '2024-08-01']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('2024-06-30');
    expect(run.stdout).toContain('Periodmål');
  });

  it('refuses a malformed quarter with a Swedish explanation and exit 2', () => {
    const run = malkoll(['report', '--data', workbook, '--quarter', '2024Q7']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Ogiltigt kvartal');
    expect(run.stdout).toBe('');
  });
});
