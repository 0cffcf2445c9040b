// `malkoll review`: Granska registret on a local workbook, printing what is wrong on which row; --as-of reviews as on
// that day, so a row dated after it is in the future.
import { describe, expect, it } from 'vitest';
import { malkoll } from '../../../support/run-cli.ts';
import { savedYear } from '../../../support/saved-year.ts';

describe('malkoll review', () => {
  it('marks and prints the bad rows, and reads dates as of the day given', async () => {
    const workbook = await savedYear((addOn) => {
      // Row 2 is the first logged action (an article); 5000 is above what one action may count.
      addOn.runtime.userEdit("'Logg'!G2", '5000');
    });
    const today = malkoll(['review', '--data', workbook]);
    expect(today.code, today.stderr).toBe(0);
    expect(today.stdout.split('\n')[0]).toBe(
      'Registret är granskat: 1 av 6 rader i Logg har fel. Cellerna är markerade och har en anteckning som säger vad som är fel.',
    );
    expect(today.stdout).toMatch(/\nrad 2: Antal /);

    // On 2024-04-01 the May actions had not happened yet.
    const spring = malkoll(['review', '--data', workbook, '--as-of', '2024-04-01']);
    expect(spring.code, spring.stderr).toBe(0);
    expect(spring.stdout).toContain('Registret är granskat: 4 av 6 rader i Logg har fel.');
    expect(spring.stdout).toContain('Datumet ligger i framtiden.');
  });

  it('prints the board’s Mål rows that cannot be read, by their row in Mål', async () => {
    const workbook = await savedYear((addOn) => {
      // Row 14 is below the seed's targets: a count with no number in Målvärde.
      addOn.runtime.userEdit("'Mål'!C14", 'U2');
      addOn.runtime.userEdit("'Mål'!E14", 'Antal');
      addOn.runtime.userEdit("'Mål'!F14", 'några');
    });
    const run = malkoll(['review', '--data', workbook]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('1 av styrelsens egna rader i Mål kan inte läsas.');
    expect(run.stdout).toContain('\nMål rad 14: Målvärdet "några" går inte att läsa som antal: skriv t.ex. "cirka 15"');
  });

  it('refuses an --as-of that is no date', async () => {
    const workbook = await savedYear();
    const run = malkoll(['review', '--data', workbook, '--as-of', 'igår']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('--as-of ska vara ett datum som ÅÅÅÅ-MM-DD, inte "igår".\n');
  });
});
