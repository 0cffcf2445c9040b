// The report sheets: each report in its own sheet, side by side; regenerating replaces only that one, in its place; a
// new year's import keeps last year's; numbers in Swedish format; every report is written even before anything is logged.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../shared/model/action.ts';
import { importText, lastAlert, logActions, SEED_TEXT, shown, withSeed } from '../../../support/add-on.ts';

const names = (addOn: Awaited<ReturnType<typeof withSeed>>) =>
  addOn.runtime.workbook.sheets.filter((sheet) => !sheet.hidden).map((sheet) => sheet.name);

describe('reports before anything is logged', () => {
  it('writes the year, quarter and partiförening reports on an empty Logg', async () => {
    const addOn = await withSeed();
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Rapport för året');
    expect(lastAlert(addOn)).toBe('Årsrapport 2024 – Vänsterpartiet Västernorrland är skriven i bladet Rapport 2024.');
    addOn.runtime.ui.respond({ button: 'OK', text: '2024Q1' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    expect(lastAlert(addOn)).toBe(
      'Kvartalsrapport 2024Q1 – Vänsterpartiet Västernorrland är skriven i bladet Rapport 2024 Q1.',
    );
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Rapport per partiförening');
    expect(lastAlert(addOn)).toBe(
      'Partiföreningar 2024 – Vänsterpartiet Västernorrland är skriven i bladet Rapport partiföreningar 2024.',
    );
    expect(shown(addOn, 'Rapport partiföreningar 2024')[0]?.[0]).toBe(
      'Partiföreningar 2024 – Vänsterpartiet Västernorrland',
    );
  });

  it('says in Swedish that a quarter outside the plan year has no report', async () => {
    const addOn = await withSeed();
    addOn.runtime.ui.respond({ button: 'OK', text: '2025Q1' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    expect(lastAlert(addOn)).toBe('Kvartalet 2025Q1 ligger utanför planens år 2024.');
  });
});

describe('reports side by side', () => {
  it('keeps each report in its own sheet and replaces only the one regenerated, where it was', async () => {
    const addOn = await withSeed();
    addOn.bundle.call('yearReport', { asOf: '2024-03-31' });
    addOn.bundle.call('quarterReport', { quarter: '2024Q1', asOf: '2024-04-10' });
    addOn.bundle.call('branchReport', { asOf: '2024-04-10' });
    const before = names(addOn);
    expect(before.slice(-3)).toEqual(['Rapport 2024', 'Rapport 2024 Q1', 'Rapport partiföreningar 2024']);
    const quarter = shown(addOn, 'Rapport 2024 Q1');

    addOn.bundle.call('yearReport', { asOf: '2024-04-30' });
    expect(names(addOn)).toEqual(before);
    expect(shown(addOn, 'Rapport 2024')[1]?.slice(0, 2)).toEqual(['Per', '2024-04-30']);
    expect(shown(addOn, 'Rapport 2024 Q1')).toEqual(quarter);
    expect(addOn.runtime.workbook.sheetByName('Rapport 2024')?.charts).toHaveLength(2);
  });

  it('keeps last year’s reports when a new year’s plan is imported', async () => {
    const addOn = await withSeed();
    addOn.bundle.call('yearReport', { asOf: '2024-12-31' });
    const lastYear = shown(addOn, 'Rapport 2024');
    const result = await importText(addOn, SEED_TEXT.replaceAll('2024', '2025'));
    expect(result.ok).toBe(true);
    addOn.bundle.call('yearReport', { asOf: '2025-03-31' });
    expect(names(addOn)).toEqual(expect.arrayContaining(['Rapport 2024', 'Rapport 2025', 'Mål 2024']));
    expect(shown(addOn, 'Rapport 2024')).toEqual(lastYear);
    expect(shown(addOn, 'Rapport 2025')[0]?.[0]).toBe('Årsrapport 2025 – Vänsterpartiet Västernorrland');
  });

  it('writes numbers in Swedish format: a space between thousands, a decimal comma', async () => {
    const addOn = await withSeed();
    const many: Action[] = [
      {
        id: '00000000-0000-4000-8000-000000000001',
        at: '2024-02-01T10:00:00Z',
        subgoal: 'P2',
        kind: 'other',
        quantity: 1000,
        member: 'Ada',
      },
      {
        id: '00000000-0000-4000-8000-000000000002',
        at: '2024-02-02T10:00:00Z',
        subgoal: 'P2',
        kind: 'other',
        quantity: 350,
        member: 'Ada',
      },
    ];
    logActions(addOn, many);
    addOn.bundle.call('yearReport', { asOf: '2024-03-31' });
    const rapport = shown(addOn, 'Rapport 2024');
    const perSubgoal = rapport.findIndex((row) => row[0] === 'Registreringar per delmål');
    expect(
      rapport
        .slice(perSubgoal)
        .find((row) => row[0] === 'P2')
        ?.slice(2, 4),
    ).toEqual(['2', '1\u00a0350']);
    // The pace on 31 March: 15 × 91 / 366 = 3,7 articles; the text of the report day stays text.
    expect(rapport.find((row) => row[1] === 'cirka 15 debattartiklar')?.[3]).toBe('3,7');
    expect(addOn.runtime.cell("'Rapport 2024'!B2").value).toBe('2024-03-31');
  });
});
