// `malkoll import`, `report` and `sheets` over a local workbook file, run as the built command.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../apps-script/local/index.ts';
import { Report } from '../../shared/report/types.ts';
import { malkoll } from '../support/run-cli.ts';
import { SEED_FILE } from '../support/seed.ts';

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

describe('malkoll import and sheets', () => {
  it('creates the register with Swedish headers, one row per target and activity, and dropdowns', () => {
    const goals = sheet('Mål');
    expect(goals.headers.slice(0, 4)).toEqual(['ID', 'Område', 'Delmål', 'Mål']);
    expect(goals.rows.map((row) => row[0])).toContain('U3.M1');
    expect(sheet('Aktiviteter').rows).toHaveLength(29);
    const log = sheet('Logg');
    expect(log.headers).toContain('Delmål');
    expect(log.validations).toContainEqual({
      range: 'D2:D',
      type: 'list',
      values: ['P1', 'P2', 'P3', 'U1', 'U2', 'U3', 'U4', 'U5'],
    });
    expect(log.validations.find((rule) => rule.range === 'I2:I')?.values).toEqual([
      'Facklig politisk',
      'Feministisk',
      'Antirasistisk',
      'Miljö och klimat',
    ]);
  });

  it('prints readable tables without --json', () => {
    const run = malkoll(['sheets', '--data', workbook]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/▌ Aktiviteter \(29 rader\)/);
    expect(run.stdout).toContain('U2.1');
  });

  it('re-imports an edited plan in place, keeping the rows it still has', () => {
    const copy = join(dir, 'reimport.json');
    copyFileSync(workbook, copy);
    const edited = join(dir, 'edited.txt');
    writeFileSync(
      edited,
      readFileSync(SEED_FILE, 'utf8').replace('cirka 15 debattartiklar', 'cirka 20 debattartiklar'),
    );
    const run = malkoll(['import', edited, '--data', copy]);
    expect(run.code, run.stderr).toBe(0);
    const goals = sheet('Mål', copy);
    const articles = goals.rows.filter((row) => row[0] === 'U3.M1');
    expect(articles).toHaveLength(1);
    expect(articles[0]?.[5]).toBe(20);
    expect(goals.rows).toHaveLength(sheet('Mål').rows.length);
  });
  it('dumps each cell as the formula bar shows it: formulas, quote-prefixed text, numbers, dates as ISO', () => {
    const typed = join(dir, 'typed.json');
    copyFileSync(workbook, typed);
    const runtime = createRuntime({ dataFile: typed });
    const row = [
      new Date('2024-05-02T16:30:00Z'),
      'Kim',
      'Sundsvall',
      'U3',
      '',
      'article.published',
      2,
      'https://www.st.nu/debatt/1',
      '',
      "'=HYPERLINK(1)",
      '=1+2',
      'id-1',
    ];
    runtime.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Logg')?.getRange('A2:L2').setValues([row]);
    runtime.save();
    expect(sheet('Logg', typed).rows[0]).toEqual(['2024-05-02T18:30:00', ...row.slice(1), '']);
  });
});

describe('malkoll report', () => {
  it('writes the year report to Rapport and prints it as JSON with its charts', () => {
    const run = malkoll(['report', '--data', workbook, '--as-of', '2024-06-30', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const report = Report.parse(JSON.parse(run.stdout));
    expect(report.asOf).toBe('2024-06-30');
    expect(report.charts.map((chart) => chart.type)).toEqual(expect.arrayContaining(['bar', 'line']));
    expect(sheet('Rapport').headers[0]).toBe(report.title);
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

describe('unusable workbook files', () => {
  it('a corrupt file gives a clear error, exit 2, and is left untouched', () => {
    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, '{"sheets": [');
    for (const args of [['sheets'], ['report'], ['import', SEED_FILE]]) {
      const run = malkoll([...args, '--data', corrupt]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('skadad');
      expect(readFileSync(corrupt, 'utf8')).toBe('{"sheets": [');
    }
  });

  it('a missing file is an error for sheets and report', () => {
    const run = malkoll(['sheets', '--data', join(dir, 'missing.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('finns inte');
  });
});

describe('a workbook that malkoll serve holds', () => {
  it('is not changed by import or report, which say how to go on; sheets may still read it', () => {
    const served = join(dir, 'served.json');
    copyFileSync(workbook, served);
    const before = readFileSync(served, 'utf8');
    writeFileSync(`${served}.lock`, JSON.stringify({ pid: process.pid, url: 'http://127.0.0.1:8787/' }));
    for (const args of [['import', SEED_FILE], ['report']]) {
      const run = malkoll([...args, '--data', served]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('är öppen i malkoll serve');
      expect(run.stderr).toContain('http://127.0.0.1:8787/#meny');
    }
    expect(readFileSync(served, 'utf8')).toBe(before);
    expect(malkoll(['sheets', '--data', served]).code).toBe(0);
  });
});
