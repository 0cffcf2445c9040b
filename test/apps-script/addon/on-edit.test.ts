// onEdit: Senast ändrad stamped on edited Aktiviteter rows, an id and the source Manuellt on hand-typed Logg rows,
// Ursprung Styrelsen on the Mål rows whose target a person corrects.
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, GOALS, LOG } from '../../../shared/sheets/columns.ts';
import { rowWith, typeRow, withSeed } from '../../support/add-on.ts';

describe('onEdit', () => {
  it('stamps Senast ändrad when a person edits an activity', async () => {
    const addOn = await withSeed();
    expect(rowWith(addOn, ACTIVITIES.name, 'P1.2')?.[6]).toBe('');
    typeRow(addOn, ACTIVITIES.name, 3, ['', '', '', '', 'Pågår']);
    const stamped = addOn.runtime.cell("'Aktiviteter'!G3").value;
    expect(stamped).toBeInstanceOf(Date);
    expect(Math.abs((stamped as Date).getTime() - Date.now())).toBeLessThan(60_000);
    expect(addOn.runtime.cell("'Aktiviteter'!G4").value).toBe('');
  });

  it('gives a hand-typed Logg row an id and the source Manuellt', async () => {
    const addOn = await withSeed();
    typeRow(addOn, LOG.name, 2, ['2024-03-05', 'Ada', '', 'U3', '', 'article.published', '1']);
    const row = rowWith(addOn, LOG.name, 'Ada', 1);
    expect(row?.[10]).toBe('Manuellt');
    expect(row?.[11]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const id = row?.[11];
    typeRow(addOn, LOG.name, 2, ['', '', '', '', '', '', '2']);
    expect(rowWith(addOn, LOG.name, 'Ada', 1)?.[11]).toBe(id);
  });

  it('marks a Mål row as the board’s when a person corrects its target, not when they comment on it', async () => {
    const addOn = await withSeed();
    const origin = (row: number) => addOn.runtime.cell(`'Mål'!O${row}`).value;
    expect(GOALS.column('origin')).toBe(15);
    expect(origin(9)).toBe('Planen');
    addOn.runtime.userEdit("'Mål'!L9", 'Svårt under valrörelsen');
    addOn.runtime.userEdit("'Mål'!K8", 'Kim');
    expect([origin(8), origin(9)]).toEqual(['Planen', 'Planen']);
    addOn.runtime.userEdit("'Mål'!F9", 'cirka 10');
    expect(origin(9)).toBe('Styrelsen');
    // A pasted block of two new rows marks both; a change of Ursprung itself is the board's choice and stays.
    addOn.runtime.userEdit(addOn.runtime.SpreadsheetApp.getActiveSpreadsheet().getRange("'Mål'!E14:E15"), 'Antal');
    expect([origin(14), origin(15)]).toEqual(['Styrelsen', 'Styrelsen']);
    addOn.runtime.userEdit("'Mål'!O9", 'Planen');
    expect(origin(9)).toBe('Planen');
  });
});
