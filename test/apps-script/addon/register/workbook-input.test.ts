// Reading the register for a recompute: hand-typed Logg rows that are odd are flagged and left out, the good ones count.
import { describe, expect, it } from 'vitest';
import { LOG } from '../../../../shared/sheets/columns.ts';
import { lastAlert, typeRow, withSeed } from '../../../support/add-on.ts';

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
    expect(note('G2')).toBe('Målkoll: Antal är inget tal: skriv det med siffror, t.ex. 3.');
    expect(note('A3')).toBe('Målkoll: Datum är inget riktigt datum. Skriv det som 2024-03-05.');
    expect(note('H3')).toContain('Länken fungerar inte: den måste börja med http:// eller https://');
    expect(note('D3')).toBe('');
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).toContain('2 rader');
  });
});
