// One spelling per body in Ansvarig: "DS" becomes "Distriktsstyrelsen" where the plan writes the full name too.
import { describe, expect, it } from 'vitest';
import { ownerSpelling } from '../../../shared/sheets/owners.ts';
import { planFromText } from '../../support/plan-text.ts';
import { parseSeed } from '../../support/seed.ts';

const planWith = (leadIn: string, activity: string) =>
  planFromText(`Verksamhetsplan för Vänsterpartiet Testdistriktet 2024

Det parlamentariska arbetet

Övergripande mål: Synas mer

Delmål 1: Synas på flera fronter
Aktiviteter: ${leadIn}
· ${activity}
`);

describe('owner spelling', () => {
  it('writes the full name the seed plan also uses, inside longer owners too', () => {
    const spell = ownerSpelling(parseSeed());
    expect(spell('DS')).toBe('Distriktsstyrelsen');
    expect(spell('DS och regiongruppen')).toBe('Distriktsstyrelsen och regiongruppen');
    expect(spell('Distriktsstyrelsen')).toBe('Distriktsstyrelsen');
    // Not a word of its own: left alone.
    expect(spell('DSO')).toBe('DSO');
    expect(spell('')).toBe('');
  });

  it('keeps the abbreviation of a plan that never writes the full name', () => {
    const plan = planWith('Under verksamhetsåret ska DS:', 'stödja regionens förtroendevalda');
    expect(ownerSpelling(plan)('DS')).toBe('DS');
    const both = planWith('Under verksamhetsåret ska DS:', 'bjuda in Partistyrelsen till ett möte');
    expect(ownerSpelling(both)('DS')).toBe('DS');
    expect(ownerSpelling(both)('PS')).toBe('Partistyrelsen');
  });
});
