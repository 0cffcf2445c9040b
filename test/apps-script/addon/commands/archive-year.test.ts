// Arkivera år…: a year's Logg rows move to "Logg <år>", the rest and the plan stay; an empty year says so.
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
