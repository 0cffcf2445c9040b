// `malkoll import` and `malkoll sheets` over a local workbook file, run as the built command.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../../../apps-script/local/index.ts';
import { seededWorkbook, sheetOf } from '../../../support/cli-workbook.ts';
import { malkoll } from '../../../support/run-cli.ts';
import { SEED_FILE } from '../../../support/seed.ts';

let workbook = '';
let dir = '';
const sheet = (name: string, file = workbook) => sheetOf(name, file);

beforeAll(() => {
  workbook = seededWorkbook();
  dir = dirname(workbook);
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
    expect(articles[0]?.[5]).toBe('cirka 20');
    expect(goals.rows).toHaveLength(sheet('Mål').rows.length);
  });
  it('imports a plan that names no year with --year, and says how when it is missing', () => {
    const copy = join(dir, 'yearless.json');
    const yearless = join(dir, 'yearless.txt');
    writeFileSync(
      yearless,
      readFileSync(SEED_FILE, 'utf8')
        .replace(/Verksamhetsplan 2024/g, 'Verksamhetsplan')
        .replace(/\b2024\b/g, 'i år'),
    );
    const refused = malkoll(['import', yearless, '--data', copy]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Planen anger inget år. Ange året med --year');
    const badYear = malkoll(['import', yearless, '--data', copy, '--year', '20x5']);
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toContain('”20x5” är inget årtal');
    const run = malkoll(['import', yearless, '--data', copy, '--year', '2025']);
    expect(run.code, run.stderr).toBe(0);
    const articles = sheet('Mål', copy).rows.find((row) => row[0] === 'U3.M1');
    expect(articles?.[6]).toBe(2025);
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
