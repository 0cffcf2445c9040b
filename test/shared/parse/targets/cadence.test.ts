// Cadences of months taken two or three at a time, per term as "per vår och höst", and amounts due by each person.
import { describe, expect, it } from 'vitest';
import { activityTargets, readings, titleTargets } from '../helpers.ts';

describe('cadence targets', () => {
  it('reads every other month or week and every third month as an interval', () => {
    expect(readings(activityTargets('Distriktsstyrelsen bjuder in till ett ordförandemöte varannan månad'))).toEqual([
      { kind: 'cadence', min: 1, per: 'month', every: 2, unit: 'ordförandemöte' },
    ]);
    expect(readings(titleTargets('Vi ska hålla ett medlemsmöte var tredje månad'))).toEqual([
      { kind: 'cadence', min: 1, per: 'month', every: 3, unit: 'medlemsmöte' },
    ]);
    // Issue 9 asks for "varannan vecka" (this used to give no target): reports tick it in runs of two weeks.
    expect(readings(titleTargets('Vi ska hålla minst ett möte varannan vecka'))).toEqual([
      { kind: 'cadence', min: 1, per: 'week', every: 2, unit: 'möte' },
    ]);
    expect(readings(activityTargets('Styrelsen träffas en gång var tredje vecka'))).toEqual([
      { kind: 'cadence', min: 1, per: 'week', every: 3, unit: 'gång' },
    ]);
    // Over part of the year it is still no target.
    expect(titleTargets('Vi ska hålla ett möte varannan vecka under hösten')).toEqual([]);
  });

  it('keeps an amount of the whole year a count when a later clause names a period of its own', () => {
    expect(
      readings(titleTargets('Vi ska skriva minst tio insändare under året och synas på Facebook varannan vecka')),
    ).toEqual([{ kind: 'count', target: 10, unit: 'insändare', approximate: false }]);
  });

  it('reads "per vår och höst" and a period some words after the thing counted as per term', () => {
    expect(
      readings(titleTargets('Vi ska erbjuda minst en utbildning för nya styrelseledamöter per vår och höst')),
    ).toEqual([{ kind: 'cadence', min: 1, per: 'term', unit: 'utbildning' }]);
    expect(readings(titleTargets('Minst två studiecirklar om digital vardag ska startas per termin'))).toEqual([
      { kind: 'cadence', min: 2, per: 'term', unit: 'studiecirklar' },
    ]);
  });

  it('keeps an amount due by each person or unit apart, partiföreningar too', () => {
    expect(readings(titleTargets('Varje fullmäktigeledamot ska hålla ett öppet möte per termin'))).toEqual([
      {
        kind: 'cadence',
        min: 1,
        per: 'term',
        unit: 'öppet möte',
        each: { unit: 'fullmäktigeledamot', kind: 'person' },
      },
    ]);
    expect(readings(activityTargets('Varje klubb lägger upp minst ett inlägg i veckan'))).toEqual([
      { kind: 'cadence', min: 1, per: 'week', unit: 'inlägg', each: { unit: 'klubb', kind: 'branch' } },
    ]);
    expect(readings(titleTargets('Hålla ett distriktsmöte för alla klubbar minst en gång per termin'))).toEqual([
      { kind: 'cadence', min: 1, per: 'term', unit: 'distriktsmöte' },
    ]);
    expect(readings(titleTargets('Varje partiförening ska genomföra minst två medlemsmöten per termin'))).toEqual([
      {
        kind: 'cadence',
        min: 2,
        per: 'term',
        unit: 'medlemsmöten',
        each: { unit: 'partiförening', kind: 'branch' },
      },
    ]);
    // Some of the units, not which: neither each of them nor the district as a whole.
    expect(titleTargets('Minst hälften av lokalavdelningarna ska ha ett medlemsmöte varje kvartal')).toEqual([]);
    expect(titleTargets('Hälften av föreningarna ska ha en hemsidesansvarig')).toEqual([]);
  });

  it('takes a group as the doer first in its clause or after ska; one that is done to is gathered (alla) or not read (varje)', () => {
    expect(readings(titleTargets('Under året ska varje klubb hålla ett medlemsmöte per termin'))).toEqual([
      { kind: 'cadence', min: 1, per: 'term', unit: 'medlemsmöte', each: { unit: 'klubb', kind: 'branch' } },
    ]);
    expect(readings(activityTargets('Vi vill att varje klubb ska hålla ett medlemsmöte per termin'))).toEqual([
      { kind: 'cadence', min: 1, per: 'term', unit: 'medlemsmöte', each: { unit: 'klubb', kind: 'branch' } },
    ]);
    // The members are called, not calling: one round of calls for all of them each quarter, as "för alla klubbar".
    expect(readings(activityTargets('Ringa alla medlemmar över 85 år minst en gång per kvartal'))).toEqual([
      { kind: 'cadence', min: 1, per: 'quarter', unit: 'gång' },
    ]);
    // A visit to each partiförening is no partiförening's own action: not read.
    expect(activityTargets('Besöka varje partiförening minst en gång per termin')).toEqual([]);
  });

  it('reads no cadence up to an election, nor one the sentence tells as a habit', () => {
    expect(titleTargets('Hålla ett öppet möte i månaden fram till valet')).toEqual([]);
    expect(titleTargets('Pensionärsråden sammanträder oftast fyra gånger om året')).toEqual([]);
  });
});
