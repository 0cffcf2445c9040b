// Counts of the shapes boards write: "stycken", "N gånger under året", two plurals joined by "och", and what is no count.
import { describe, expect, it } from 'vitest';
import { readings, titleTargets } from '../helpers.ts';

describe('count targets', () => {
  it('reads "fyra stycken", "två gånger under året" and plurals joined by "och"', () => {
    expect(readings(titleTargets('Under året kallar styrelsen till fyra stycken medlemsmöten'))).toEqual([
      { kind: 'count', target: 4, unit: 'medlemsmöten', approximate: false },
    ]);
    expect(readings(titleTargets('Styrelsen ska två gånger under året stämma av läget'))).toEqual([
      { kind: 'count', target: 2, unit: 'gånger', approximate: false },
    ]);
    expect(readings(titleTargets('Få minst 20 debattartiklar och insändare publicerade'))).toEqual([
      { kind: 'count', target: 20, unit: 'debattartiklar och insändare', approximate: false },
    ]);
    expect(readings(titleTargets('Genomföra minst en utåtriktad aktivitet under året'))).toEqual([
      { kind: 'count', target: 1, unit: 'utåtriktad aktivitet', approximate: false },
    ]);
  });

  it('reads no count from a clause that says what something is, unless it goes on with "att"', () => {
    expect(titleTargets('Grupperna är 6–8 barn med två ledare')).toEqual([]);
    expect(titleTargets('Kursen är två kvällar med en ledare')).toEqual([]);
    expect(readings(titleTargets('Ambitionen är att värva 30 nya medlemmar'))).toEqual([
      { kind: 'count', target: 30, unit: 'nya medlemmar', approximate: false },
    ]);
    expect(readings(titleTargets('Målet är två medlemsmöten per termin'))).toEqual([
      { kind: 'cadence', min: 2, per: 'term', unit: 'medlemsmöten' },
    ]);
  });

  it('reads an adjective with a name joined to its noun as the unit', () => {
    expect(readings(titleTargets('Starta två nya Skogsmulle-grupper'))).toEqual([
      { kind: 'count', target: 2, unit: 'nya Skogsmulle-grupper', approximate: false },
    ]);
    expect(readings(titleTargets('Bilda tre nya S-föreningar under året'))).toEqual([
      { kind: 'count', target: 3, unit: 'nya S-föreningar', approximate: false },
    ]);
  });

  it('keeps an amount due by each person, and reads none from topics, dates, decades, ranges and phone numbers', () => {
    expect(readings(titleTargets('Alla förtroendevalda ska skriva två insändare under året'))).toEqual([
      {
        kind: 'count',
        target: 2,
        unit: 'insändare',
        approximate: false,
        each: { unit: 'förtroendevald', kind: 'person' },
      },
    ]);
    for (const text of [
      'Planen bygger på tre prioriterade områden',
      'Vi deltar på 1:a maj i Umeå',
      'Många gick med på 80-talet',
      'Vi arbetar i grupper om 3–4 personer',
      'Ring 070-123 45 67 för mer information',
      'Klubben firar 50 år i år',
    ]) {
      expect(titleTargets(text), text).toEqual([]);
    }
  });
});
