// Granska registret: bad hand-typed Logg cells get a note line and a colour, and lose them once fixed; the board's own
// notes and colours stay, and a review that changes no mark writes nothing.
import { describe, expect, it } from 'vitest';
import { LOG } from '../../../../shared/sheets/columns.ts';
import { callsOf, lastAlert, logActions, seedActions, typeRow, withSeed } from '../../../support/add-on.ts';

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
    expect(cell('A3')).toMatchObject({ note: 'Målkoll: Datumet ligger i framtiden.', background: FLAG });
    expect(cell('D3').note).toContain('Delmålet "Z9" finns inte i planen. Planens delmål: P1, P2, P3, U1');
    expect(cell('F3').note).toBe('Målkoll: Okänd typ "tårta". Välj en typ i listan.');
    expect(cell('G3').note).toBe('Målkoll: Antal måste vara minst 1.');
    expect(cell('H3').note).toContain('Länken fungerar inte');
    expect(cell('I3').note).toContain('Okänt område "Sport". Planens områden: Facklig politisk, Feministisk');
    expect(cell('B4').note).toBe('Målkoll: Medlem saknas: skriv vem som gjorde det.');
    expect(cell('E4').note).toContain('Aktiviteten "U3.1" hör inte till delmål U2');
    expect(cell('G4').note).toBe('Målkoll: Antal måste vara ett heltal.');
    expect(cell('C3')).toMatchObject({ note: '', background: '#ffffff' });
  });

  it('flags a row dated outside the plan’s year, which no report would count', async () => {
    const addOn = await withSeed();
    typeRow(addOn, LOG.name, 2, ['2023-06-01', 'Ada', 'Sundsvall', 'U3', '', 'article.published', '1']);
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Granska registret');
    expect(addOn.runtime.cell("'Logg'!A2")).toMatchObject({
      note: 'Målkoll: Datumet 2023-06-01 ligger utanför planens år 2024: bara det som görs under 2024 räknas.',
      background: FLAG,
    });
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

  it("keeps the board's own notes and colours, and writes nothing when no mark changes", async () => {
    const addOn = await withSeed();
    typeRow(addOn, LOG.name, 2, ['2024-03-05', 'Ada', 'Sundsvall', 'U3', '', 'article.published', '1']);
    typeRow(addOn, LOG.name, 3, ['2024-03-06', 'Bo', '', 'Z9', '', 'other', '1']);
    const logg = addOn.runtime.SpreadsheetApp.getActive().getSheetByName(LOG.name);
    // The board's own work: a note and a colour on a good row, a note and a colour on the cell about to be flagged.
    logg?.getRange('B2').setNote('Ringde Ada i fredags').setBackground('#fff2cc');
    logg?.getRange('D3').setNote('Fråga Bo vilket delmål');
    logg?.getRange('F3').setBackground('#cfe2f3');
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Granska registret');
    const cell = (a1: string) => addOn.runtime.cell(`'Logg'!${a1}`);
    expect(cell('B2')).toMatchObject({ note: 'Ringde Ada i fredags', background: '#fff2cc' });
    expect(cell('D3').note).toMatch(/^Fråga Bo vilket delmål\nMålkoll: Delmålet "Z9" finns inte i planen/);
    expect(cell('D3').background).toBe(FLAG);

    const again = callsOf(addOn, () => addOn.bundle.call('reviewRegister'));
    expect(again.cells.written).toBe(0);
    expect(Object.keys(again.byMethod).filter((method) => /^Range\.set/.test(method))).toEqual([]);

    typeRow(addOn, LOG.name, 3, ['', '', '', 'U3']);
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Granska registret');
    // Only Målkoll's line and colour go; the board's note and the board's colour elsewhere stay.
    expect(cell('D3')).toMatchObject({ note: 'Fråga Bo vilket delmål', background: '#ffffff' });
    expect(cell('F3').background).toBe('#cfe2f3');
    expect(cell('B2')).toMatchObject({ note: 'Ringde Ada i fredags', background: '#fff2cc' });
  });

  it('writes only the cells whose mark changes, however long Logg is', async () => {
    const addOn = await withSeed();
    logActions(addOn, seedActions(2000));
    typeRow(addOn, LOG.name, 1500, ['2024-03-06', 'Bo', '', 'Z9', '', 'other', '1']);
    const first = callsOf(addOn, () => addOn.bundle.call('reviewRegister'));
    expect(first.cells.written).toBe(2);
    expect(addOn.runtime.cell("'Logg'!D1500").background).toBe(FLAG);
  });
});
