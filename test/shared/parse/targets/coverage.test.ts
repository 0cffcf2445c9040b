// Coverage of the units a plan names besides partiföreningar, with the unit in the target.
import { describe, expect, it } from 'vitest';
import { activityTargets, readings, titleTargets } from '../helpers.ts';

describe('coverage of other units', () => {
  it('names the unit: S-förening, lokalavdelning, klubb, depå, socken, tätort, arbetarekommun, distrikt', () => {
    const cases: Array<[string, string[], string]> = [
      ['Varje S-förening har en medlemsansvarig', ['medlemsansvarig'], 'S-förening'],
      ['Varje lokalavdelning ska ha en kontaktperson', ['kontaktperson'], 'lokalavdelning'],
      ['Varje klubb ska ha en kassör och en kontaktperson mot distriktet', ['kassör', 'kontaktperson'], 'klubb'],
      ['Varje depå har ett arbetsplatsombud', ['arbetsplatsombud'], 'depå'],
      ['ha en kontaktperson i varje socken', ['kontaktperson'], 'socken'],
      ['ha en kontaktperson i varje tätort', ['kontaktperson'], 'tätort'],
      [
        'Varje lokal hyresgästförening ska ha en kontaktperson för nyinflyttade',
        ['kontaktperson'],
        'hyresgästförening',
      ],
      ['Varje arbetsplatsklubb ska ha en medlemsvärvare', ['medlemsvärvare'], 'arbetsplatsklubb'],
      ['Varje arbetarekommun ska ha en valledare', ['valledare'], 'arbetarekommun'],
      ['Alla arbetarekommuner ska ha en sammankallande för valarbetet', ['sammankallande'], 'arbetarekommun'],
      ['Varje distrikt ska ha en studieansvarig', ['studieansvarig'], 'distrikt'],
    ];
    for (const [text, roles, unit] of cases) {
      expect(readings(titleTargets(text)), text).toEqual([{ kind: 'coverage', roles, unit }]);
    }
  });

  // Issue 9: coverage of any unit the plan names keeps the unit; a plain förening used to be shown as partiförening.
  it('keeps no unit for partiföreningar only, and reads no coverage of people or of kommungrupper', () => {
    expect(readings(activityTargets('Varje förening ska ha ett intressepolitiskt ombud'))).toEqual([
      { kind: 'coverage', roles: ['ombud'], unit: 'förening' },
    ]);
    expect(readings(activityTargets('Varje partiförening ska ha en kassör'))).toEqual([
      { kind: 'coverage', roles: ['kassör'] },
    ]);
    expect(titleTargets('Varje medlem ska ha en fadder')).toEqual([]);
    expect(titleTargets('Varje kommungrupp ska ha en gruppledare')).toEqual([]);
  });
});
