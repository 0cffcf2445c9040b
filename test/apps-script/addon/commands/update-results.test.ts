// Uppdatera utfall: the Mål sheet's Utfall, Framsteg and Status from Logg, Partiföreningar and Mätvärden.
import { describe, expect, it } from 'vitest';
import { GOALS } from '../../../../shared/sheets/columns.ts';
import { type AddOn, lastAlert, rowWith, typeRow } from '../../../support/add-on.ts';
import { boardYear } from '../../../support/board-year.ts';

function results(addOn: AddOn, id: string): string[] | undefined {
  return rowWith(addOn, GOALS.name, id)?.slice(GOALS.index('result'), GOALS.index('owner'));
}

describe('Uppdatera utfall', () => {
  it('fills Utfall, Framsteg % and Status of the Mål rows from Logg, Partiföreningar and Mätvärden', async () => {
    const addOn = await boardYear();
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).toBe('Utfallet är uppdaterat för 12 målrader.');
    // The plan year is over: a count short of its target is not met.
    expect(results(addOn, 'U3.M1')).toEqual(['4', '27', 'Ej uppnått']);
    expect(results(addOn, 'P3.M1')).toEqual(['8,4', '105', 'Klar']);
    expect(results(addOn, 'P3.2.M1')).toEqual(['1', '50', 'Ej uppnått']);
    expect(results(addOn, 'P.M1')).toEqual(['', '', 'Saknar utfall']);
  });

  it('counts valid rows only and says how many it left out', async () => {
    const addOn = await boardYear();
    typeRow(addOn, 'Logg', 7, ['2024-03-01', 'Bo', '', 'U3', '', 'article.published', '0']);
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).toContain('1 rader i Logg kunde inte läsas och räknades inte.');
    expect(results(addOn, 'U3.M1')?.[0]).toBe('4');
  });
});
