// `malkoll archive`: Arkivera år… on a local workbook: the year's Logg rows move to "Logg <år>".
import { describe, expect, it } from 'vitest';
import { sheetOf } from '../../../support/cli-workbook.ts';
import { malkoll } from '../../../support/run-cli.ts';
import { savedYear } from '../../../support/saved-year.ts';

describe('malkoll archive', () => {
  it('moves the year to its own sheet, and says so when there is nothing left to move', async () => {
    const workbook = await savedYear();
    const run = malkoll(['archive', '--data', workbook, '--year', '2024']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      '6 rader från 2024 är flyttade till bladet "Logg 2024". Planen och övriga rader är kvar.\n',
    );
    expect(sheetOf('Logg 2024', workbook).rows).toHaveLength(6);
    expect(sheetOf('Logg', workbook).rows).toHaveLength(0);
    const again = malkoll(['archive', '--data', workbook, '--year', '2024']);
    expect(again.stdout).toBe('Logg har inga rader från 2024.\n');
  });

  it('refuses a year that is not four digits, and a missing --year', async () => {
    const workbook = await savedYear();
    const bad = malkoll(['archive', '--data', workbook, '--year', '24']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('Skriv ett år med fyra siffror, t.ex. 2024.\n');
    const missing = malkoll(['archive', '--data', workbook]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Användning: malkoll archive --data <arbetsbok.json> --year ÅÅÅÅ');
  });
});
