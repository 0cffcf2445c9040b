import { beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../../../shared/report/types.ts';
import { seededWorkbook, sheetOf } from '../../../support/cli-workbook.ts';
import { malkoll } from '../../../support/run-cli.ts';

let workbook = '';
const sheet = (name: string, file = workbook) => sheetOf(name, file);

beforeAll(() => {
  workbook = seededWorkbook();
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
