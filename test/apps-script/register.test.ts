// The register the board keeps by hand: Granska registret flags bad Logg rows, onEdit stamps and identifies rows,
// Arkivera år moves a year away, and text that looks like a formula stays text.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../shared/model/action.ts';
import { ACTIVITIES, LOG } from '../../shared/sheets/columns.ts';
import {
  importText,
  lastAlert,
  logActions,
  rowWith,
  SEED_TEXT,
  seedActions,
  shown,
  typeRow,
  withSeed,
} from '../support/add-on.ts';

const FLAG = '#f4cccc';

describe('Granska registret', () => {
  it('marks each bad cell of hand-typed rows with a note and a colour, and sums up', async () => {
    const addOn = await withSeed();
    typeRow(addOn, LOG.name, 2, ['2024-03-05', 'Ada', 'Sundsvall', 'U3', '', 'article.published', '1']);
    typeRow(addOn, LOG.name, 3, ['2099-01-01', 'Bo', '', 'Z9', '', 'tårta', '0', 'www.exempel.se', 'Sport']);
    typeRow(addOn, LOG.name, 4, ['2024-04-01', '', '', 'U2', 'U3.1', 'meeting.held', '1,5']);
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Granska registret');
    expect(lastAlert(addOn)).toBe(
      'Registret är granskat: 2 av 3 rader i Logg har fel. Cellerna är markerade och har en anteckning som säger vad som är fel.',
    );
    const cell = (a1: string) => addOn.runtime.cell(`'Logg'!${a1}`);
    expect(cell('D2')).toMatchObject({ note: '', background: '#ffffff' });
    expect(cell('A3')).toMatchObject({ note: 'Datumet ligger i framtiden.', background: FLAG });
    expect(cell('D3').note).toContain('Delmålet "Z9" finns inte i planen. Planens delmål: P1, P2, P3, U1');
    expect(cell('F3').note).toBe('Okänd typ "tårta". Välj en typ i listan.');
    expect(cell('G3').note).toBe('Antal måste vara minst 1.');
    expect(cell('H3').note).toContain('Länken fungerar inte');
    expect(cell('I3').note).toContain('Okänt område "Sport". Planens områden: Facklig politisk, Feministisk');
    expect(cell('B4').note).toBe('Medlem saknas: skriv vem som gjorde det.');
    expect(cell('E4').note).toContain('Aktiviteten "U3.1" hör inte till delmål U2');
    expect(cell('G4').note).toBe('Antal måste vara ett heltal.');
    expect(cell('C3')).toMatchObject({ note: '', background: '#ffffff' });
  });

  it('clears the marks once the rows are fixed', async () => {
    const addOn = await withSeed();
    typeRow(addOn, LOG.name, 2, ['2024-03-05', '', '', 'Z9', '', 'other', '1']);
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Granska registret');
    expect(addOn.runtime.cell("'Logg'!D2").background).toBe(FLAG);
    typeRow(addOn, LOG.name, 2, ['', 'Ada', '', 'U3']);
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Granska registret');
    expect(lastAlert(addOn)).toBe('Registret är granskat: alla 1 rader i Logg är giltiga.');
    expect(addOn.runtime.cell("'Logg'!D2")).toMatchObject({ note: '', background: '#ffffff' });
    expect(addOn.runtime.cell("'Logg'!B2")).toMatchObject({ note: '', background: '#ffffff' });
  });
});

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
});

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

describe('formula injection', () => {
  it('stores plan and logged text that looks like a formula as plain text', async () => {
    const addOn = await withSeed();
    const hostile = SEED_TEXT.replace(
      '· ta det samordnade ansvaret i EU-valrörelsen',
      '· =IMPORTXML("https://evil.example/x";"//a")',
    );
    expect((await importText(addOn, hostile)).ok).toBe(true);
    const row = shown(addOn, ACTIVITIES.name).findIndex((cells) => cells[0] === 'P3.1') + 1;
    const activity = addOn.runtime.cell(`'Aktiviteter'!C${row}`);
    expect(activity.formula).toBe('');
    expect(activity.value).toBe('=IMPORTXML("https://evil.example/x";"//a")');
    expect(activity.formulaBar).toBe('\'=IMPORTXML("https://evil.example/x";"//a")');

    // Rows the add-on moves are written again: still text.
    const [action] = seedActions(1);
    logActions(addOn, [{ ...(action as Action), member: '+46 70 123', note: '=1+1' }]);
    addOn.runtime.ui.respond({ button: 'OK', text: '2024' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Arkivera år…');
    expect(addOn.runtime.cell("'Logg 2024'!B2")).toMatchObject({ value: '+46 70 123', formulaBar: "'+46 70 123" });
    expect(addOn.runtime.cell("'Logg 2024'!J2")).toMatchObject({ formula: '', value: '=1+1', formulaBar: "'=1+1" });
  });
});
