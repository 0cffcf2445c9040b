// What a board does that nobody planned for: odd hand-typed Logg rows, reports before anything is logged, archiving
// an empty year, and the default sheet of a brand-new spreadsheet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, BRANCHES, GOALS, LOG, RECORDED } from '../../shared/sheets/columns.ts';
import { importText, lastAlert, openAddOn, rowWith, SEED_TEXT, shown, typeRow, withSeed } from '../support/add-on.ts';

describe('hand-typed Logg rows', () => {
  it('flags text in Antal, a date written in words and a link without http, and still counts the good rows', async () => {
    const addOn = await withSeed();
    typeRow(addOn, LOG.name, 2, ['2024-03-05', 'Ada', '', 'U3', '', 'article.published', 'tre']);
    typeRow(addOn, LOG.name, 3, ['i går', 'Bo', '', 'u3', '', 'Debattartikel publicerad', '1', 'gp.se/debatt/1']);
    typeRow(addOn, LOG.name, 4, ['2024-03-07', 'Cy', '', 'U3', '', 'Debattartikel publicerad', '2']);
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Granska registret');
    expect(lastAlert(addOn)).toBe(
      'Registret är granskat: 2 av 3 rader i Logg har fel. Cellerna är markerade och har en anteckning som säger vad som är fel.',
    );
    const note = (a1: string) => addOn.runtime.cell(`'Logg'!${a1}`).note;
    expect(note('G2')).toBe('Antal är inget tal: skriv det med siffror, t.ex. 3.');
    expect(note('A3')).toBe('Datum är inget riktigt datum. Skriv det som 2024-03-05.');
    expect(note('H3')).toContain('Länken fungerar inte: den måste börja med http:// eller https://');
    expect(note('D3')).toBe('');
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).toContain('2 rader');
  });
});

describe('reports before anything is logged', () => {
  it('writes the year, quarter and partiförening reports on an empty Logg', async () => {
    const addOn = await withSeed();
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Rapport för året');
    expect(lastAlert(addOn)).toBe('Årsrapport 2024 – Vänsterpartiet Västernorrland är skriven i bladet Rapport.');
    addOn.runtime.ui.respond({ button: 'OK', text: '2024Q1' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    expect(lastAlert(addOn)).toBe(
      'Kvartalsrapport 2024Q1 – Vänsterpartiet Västernorrland är skriven i bladet Rapport.',
    );
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Rapport per partiförening');
    expect(lastAlert(addOn)).toBe('Partiföreningar 2024 – Vänsterpartiet Västernorrland är skriven i bladet Rapport.');
    expect(shown(addOn, 'Rapport')[0]?.[0]).toBe('Partiföreningar 2024 – Vänsterpartiet Västernorrland');
  });

  it('says in Swedish that a quarter outside the plan year has no report', async () => {
    const addOn = await withSeed();
    addOn.runtime.ui.respond({ button: 'OK', text: '2025Q1' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    expect(lastAlert(addOn)).toBe('Kvartalet 2025Q1 ligger utanför planens år 2024.');
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

describe('importing next year’s plan', () => {
  it('sets last year’s Mål, Aktiviteter and Mätvärden aside instead of giving their notes to new delmål', async () => {
    const addOn = await withSeed();
    typeRow(addOn, ACTIVITIES.name, 2, ['', '', '', 'Kim', 'Klar', '', '', 'Gjort i mars']);
    typeRow(addOn, RECORDED.name, 2, ['2024-06-09', 'P3.M1', '8,4', 'EU-valet']);
    typeRow(addOn, BRANCHES.name, 2, ['Sundsvall', '', 'Kim']);
    const next = readFileSync(new URL('../shared/parse/fixtures/norrbotten-2025.txt', import.meta.url), 'utf8');
    const result = await importText(addOn, next);
    expect(result.ok && result.message).toContain(
      'Planen gäller 2025, så bladen Mål, Aktiviteter och Mätvärden börjar om. Förra årets blad heter nu "Mål 2024", "Aktiviteter 2024" och "Mätvärden 2024".',
    );
    expect(rowWith(addOn, 'Aktiviteter 2024', 'P1.1')?.slice(3, 5)).toEqual(['Kim', 'Klar']);
    expect(rowWith(addOn, ACTIVITIES.name, 'P1.1')).toEqual([
      'P1.1',
      'P1',
      'Regiongruppen ska hålla ett gruppmöte i månaden',
      'Regiongruppen',
      'Ej påbörjad',
      '',
      '',
      '',
    ]);
    expect(shown(addOn, RECORDED.name)).toEqual([[...RECORDED.headers]]);
    expect(rowWith(addOn, 'Mätvärden 2024', 'P3.M1', 1)?.[2]).toBe('8,4');
    expect(shown(addOn, GOALS.name).map((row) => row[0])).not.toContain('U5.M1');
    expect(shown(addOn, BRANCHES.name)[1]?.slice(0, 3)).toEqual(['Sundsvall', '', 'Kim']);
  });

  it('keeps updating the same sheets when the plan of the same year is imported again', async () => {
    const addOn = await withSeed();
    const result = await importText(addOn, SEED_TEXT);
    expect(result.ok && result.message).not.toContain('börjar om');
    expect(addOn.runtime.workbook.sheetByName('Mål 2024')).toBeUndefined();
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
