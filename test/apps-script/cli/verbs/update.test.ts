// `malkoll update`: Uppdatera utfall on a local workbook, as of the day given.
import { describe, expect, it } from 'vitest';
import { sheetOf } from '../../../support/cli-workbook.ts';
import { malkoll } from '../../../support/run-cli.ts';
import { savedYear } from '../../../support/saved-year.ts';

const status = (file: string, id: string) => {
  const goals = sheetOf('Mål', file);
  const row = goals.rows.find((cells) => cells[0] === id);
  return row?.[goals.headers.indexOf('Status')];
};

describe('malkoll update', () => {
  it('recomputes Mål as of the day given, and as of today without one', async () => {
    const workbook = await savedYear();
    const mid = malkoll(['update', '--data', workbook, '--as-of', '2024-06-15']);
    expect(mid.code, mid.stderr).toBe(0);
    expect(mid.stdout).toBe('Utfallet är uppdaterat för 12 målrader.\n');
    expect(status(workbook, 'U3.M1')).toBe('Efter');
    expect(status(workbook, 'P3.M1')).toBe('Klar');
    const now = malkoll(['update', '--data', workbook]);
    expect(now.code, now.stderr).toBe(0);
    expect(status(workbook, 'U3.M1')).toBe('Ej uppnått');
  });

  it('refuses a date it cannot read and changes nothing', async () => {
    const workbook = await savedYear();
    const before = sheetOf('Mål', workbook);
    const run = malkoll(['update', '--data', workbook, '--as-of', '2024-13-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Ogiltigt datum "2024-13-01": skriv datumet som ÅÅÅÅ-MM-DD.\n');
    expect(sheetOf('Mål', workbook)).toEqual(before);
  });
});
