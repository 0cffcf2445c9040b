// Arkivera år…: a year's Logg rows move to "Logg <år>", the rest and the plan stay, notes and colours go with their
// rows; an empty year says so.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../shared/model/action.ts';
import { LOG } from '../../../../shared/sheets/columns.ts';
import { lastAlert, logActions, seedActions, shown, withSeed } from '../../../support/add-on.ts';

describe('Arkivera år…', () => {
  it("moves the year's Logg rows to Logg <år> and keeps the rest and the plan", async () => {
    const addOn = await withSeed();
    const last2023: Action = {
      ...seedActions(1, 3)[0],
      at: '2023-12-31T23:30:00Z',
      id: 'a2d1c0b9-8e7f-4a6b-9c5d-4e3f2a1b0c9d',
    } as Action;
    logActions(addOn, [...seedActions(30), last2023]);
    const before = shown(addOn, LOG.name);
    addOn.runtime.ui.respond({ button: 'OK', text: '2024' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Arkivera år…');
    // 2023-12-31 22:30 UTC is New Year's night in Stockholm: it belongs to 2024.
    expect(lastAlert(addOn)).toBe(
      '31 rader från 2024 är flyttade till bladet "Logg 2024". Planen och övriga rader är kvar.',
    );
    const archived = shown(addOn, 'Logg 2024');
    expect(archived[0]).toEqual([...LOG.headers]);
    expect(
      archived
        .slice(1)
        .map((row) => row[11])
        .sort(),
    ).toEqual(
      before
        .slice(1)
        .map((row) => row[11])
        .sort(),
    );
    expect(shown(addOn, LOG.name)).toEqual([[...LOG.headers]]);
    expect(shown(addOn, 'Mål').length).toBeGreaterThan(1);
    addOn.runtime.ui.respond({ button: 'OK', text: '2024' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Arkivera år…');
    expect(lastAlert(addOn)).toBe('Logg har inga rader från 2024.');
    addOn.runtime.ui.respond({ button: 'OK', text: 'förra året' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Arkivera år…');
    expect(lastAlert(addOn)).toBe('Skriv ett år med fyra siffror, t.ex. 2024.');
  });
});

describe('Arkivera år… on an empty Logg', () => {
  it('says there is nothing to move and creates no sheet', async () => {
    const addOn = await withSeed();
    addOn.runtime.ui.respond({ button: 'OK', text: '2023' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Arkivera år…');
    expect(lastAlert(addOn)).toBe('Logg har inga rader från 2023.');
    expect(addOn.runtime.workbook.sheetByName('Logg 2023')).toBeUndefined();
  });
});

describe("Arkivera år… and the board's notes and colours", () => {
  it('moves each note and colour with its row, to the archive or up Logg, and keeps the dropdowns', async () => {
    const addOn = await withSeed();
    const [kept2023, moved2024, keptToo] = seedActions(3, 5).map((action, n) => ({
      ...action,
      at: n === 1 ? '2024-05-02T10:00:00Z' : '2023-05-02T10:00:00Z',
    })) as Action[];
    logActions(addOn, [moved2024 as Action, kept2023 as Action, keptToo as Action]);
    const logg = addOn.runtime.SpreadsheetApp.getActive().getSheetByName(LOG.name);
    logg?.getRange('B2').setNote('Flyttas med').setBackground('#fff2cc');
    logg?.getRange('J3').setNote('Kvar i Logg');
    logg?.getRange('C4').setBackground('#cfe2f3');
    addOn.runtime.ui.respond({ button: 'OK', text: '2024' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Arkivera år…');
    const cell = (a1: string) => addOn.runtime.cell(a1);
    expect(cell("'Logg 2024'!B2")).toMatchObject({ note: 'Flyttas med', background: '#fff2cc' });
    expect(cell("'Logg'!L2").value).toBe(kept2023?.id);
    expect(cell("'Logg'!J2").note).toBe('Kvar i Logg');
    expect(cell("'Logg'!C3").background).toBe('#cfe2f3');
    // The row left empty at the bottom keeps nothing of what was there.
    expect(cell("'Logg'!C4")).toMatchObject({ note: '', background: '#ffffff', value: '' });
    expect(cell("'Logg'!D2").validation?.criteria).toBe('VALUE_IN_RANGE');
  });
});
