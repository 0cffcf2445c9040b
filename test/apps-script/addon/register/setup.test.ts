// The sheets the first import makes: status colours as conditional format rules (so a recompute or a typed status
// recolours the cell without writing colours), and the empty default sheet of a new spreadsheet taken away.
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, GOALS } from '../../../../shared/sheets/columns.ts';
import {
  type AddOn,
  callsOf,
  importText,
  logActions,
  openAddOn,
  SEED_TEXT,
  seedActions,
  shown,
  type,
  typeRow,
  withSeed,
} from '../../../support/add-on.ts';

const GREEN = '#d9ead3';
const AMBER = '#fff2cc';
const RED = '#f4cccc';
const BLUE = '#cfe2f3';
const GREY = '#efefef';
const WHITE = '#ffffff';

/** The status word of each row of a sheet's Status column, with how its cell looks and its own background. */
function statusCells(addOn: AddOn, sheetName: string, column: number) {
  const letter = String.fromCharCode(64 + column);
  return shown(addOn, sheetName)
    .slice(1)
    .map((row, at) => {
      const cell = addOn.runtime.cell(`'${sheetName}'!${letter}${at + 2}`);
      return { status: row[column - 1] ?? '', shown: cell.shown.background, own: cell.background };
    });
}

describe('status colours', () => {
  it("colours Mål's Status by what Uppdatera utfall computed, without writing a colour into any cell", async () => {
    const addOn = await withSeed();
    const expected: Record<string, string> = {
      'I fas': GREEN,
      Klar: GREEN,
      Efter: AMBER,
      'Ej uppnått': RED,
      Pågår: BLUE,
      'Saknar utfall': GREY,
      '': WHITE,
    };
    const seen = new Set<string>();
    const check = () => {
      const cells = statusCells(addOn, GOALS.name, GOALS.column('status'));
      for (const cell of cells) {
        expect(cell).toEqual({ status: cell.status, shown: expected[cell.status], own: WHITE });
        seen.add(cell.status);
      }
      return cells;
    };
    const recompute = (asOf: string) => {
      const calls = callsOf(addOn, () => addOn.bundle.call('updateResults', { asOf }));
      expect(Object.keys(calls.byMethod).filter((method) => /Background|ConditionalFormat/.test(method))).toEqual([]);
      return check();
    };
    // Just imported: nothing computed, nothing coloured.
    check();
    // A slow start: behind in September, still under way where there is no pace to judge.
    logActions(addOn, seedActions(12));
    const september = recompute('2024-09-30');
    expect(september.find((cell) => cell.status === 'Efter')?.shown).toBe(AMBER);
    // Had the year ended there, what was never reached would be red.
    const over = recompute('2025-01-15');
    expect(over.find((cell) => cell.status === 'Ej uppnått')?.shown).toBe(RED);
    // A busy autumn instead: the same rows turn green.
    logActions(addOn, seedActions(300, 11));
    const busy = recompute('2024-09-30');
    const behind = september.flatMap((cell, at) => (cell.status === 'Efter' ? [at] : []));
    expect(behind.map((at) => busy[at]?.shown)).toEqual(behind.map(() => GREEN));
    expect([...seen].sort()).toEqual(Object.keys(expected).sort());
    // Only the Status column is coloured.
    expect(addOn.runtime.cell(`'${GOALS.name}'!A2`).shown.background).toBe(WHITE);
  });

  it('greys the row of a target the re-imported plan no longer has', async () => {
    const addOn = await withSeed();
    const withoutP2 = SEED_TEXT.replace(/Delmål 2:\s+Vi ska från regionalt[\s\S]*?(?=Delmål 3:)/, '');
    expect((await importText(addOn, withoutP2)).ok).toBe(true);
    const removed = statusCells(addOn, GOALS.name, GOALS.column('status')).find(
      (cell) => cell.status === 'Borttagen ur planen',
    );
    expect(removed?.shown).toBe(GREY);
  });

  it('colours the activity a board member marks Pågår, Klar or Struken; Ej påbörjad stays white', async () => {
    const addOn = await withSeed();
    const status = (row: number) => `'${ACTIVITIES.name}'!E${row}`;
    expect(ACTIVITIES.column('status')).toBe(5);
    const look = (row: number) => addOn.runtime.cell(status(row)).shown.background;
    expect([look(2), look(3), look(4)]).toEqual([WHITE, WHITE, WHITE]);
    type(addOn, status(2), 'Pågår');
    type(addOn, status(3), 'Klar');
    type(addOn, status(4), 'Struken');
    expect([look(2), look(3), look(4), look(5)]).toEqual([BLUE, GREEN, GREY, WHITE]);
    expect(shown(addOn, ACTIVITIES.name)[4]?.[4]).toBe('Ej påbörjad');
    type(addOn, status(3), 'Pågår');
    expect(look(3)).toBe(BLUE);
    expect(addOn.runtime.cell(status(3)).background).toBe(WHITE);
  });
});

describe('the default sheet of a new spreadsheet', () => {
  it('is removed by the first import while it is empty', async () => {
    const addOn = await withSeed();
    const names = addOn.runtime.SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((sheet) => sheet.getName());
    expect(names).not.toContain('Blad1');
    expect(names).toContain('Mål');
    expect(addOn.runtime.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName()).toBe('Mål');
  });

  it('stays, empty, in a spreadsheet the board already uses for other sheets', async () => {
    const addOn = openAddOn();
    addOn.runtime.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Budget');
    expect((await importText(addOn, SEED_TEXT)).ok).toBe(true);
    const names = addOn.runtime.SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((sheet) => sheet.getName());
    expect(names).toEqual(expect.arrayContaining(['Blad1', 'Budget', 'Mål']));
  });

  it('stays when someone has written in it, and so do the board’s own sheets', async () => {
    const addOn = openAddOn();
    typeRow(addOn, 'Blad1', 1, ['Anteckningar från årsmötet']);
    const book = addOn.runtime.SpreadsheetApp.getActiveSpreadsheet();
    book.insertSheet('Budget');
    expect((await importText(addOn, SEED_TEXT)).ok).toBe(true);
    const names = book.getSheets().map((sheet) => sheet.getName());
    expect(names).toContain('Blad1');
    expect(names).toContain('Budget');
    expect(shown(addOn, 'Blad1')).toEqual([['Anteckningar från årsmötet']]);
  });
});
