// Each delmål's standing in the snapshot, worded as a member reads it beside the delmål ("5 av cirka 15").
import { describe, expect, it } from 'vitest';
import type { Target } from '../../../shared/model/target.ts';
import { progressText } from '../../../shared/webapp/snapshot.ts';

const base = { id: 'X.M1', source: 'X', text: 'x' };
const standing = (result: number | string, percent: number | null = null) => ({
  result,
  percent,
  status: 'open' as const,
});
const count = (approximate: boolean, unit = 'debattartiklar'): Target => ({
  ...base,
  kind: 'count',
  target: 15,
  unit,
  approximate,
});

const share = (): Extract<Target, { kind: 'share' }> => ({
  ...base,
  text: 'över 8 %',
  kind: 'share',
  percent: 8,
  election: 'EU-valet',
});

describe('progressText', () => {
  it('says how far each kind of target has come, out of what the plan asks', () => {
    expect(progressText(count(true), standing(5, 33), 2024)).toBe('5 av cirka 15');
    expect(progressText(count(false), standing(5, 33), 2024)).toBe('5 av 15');
    expect(progressText(count(false, 'debattartikel per område'), standing(1, 25), 2024)).toBe('25 %');
    const cadence: Target = { ...base, kind: 'cadence', min: 1, per: 'quarter', unit: 'möte' };
    expect(progressText(cadence, standing(2), 2024)).toBe('2 av 4 kvartal');
    expect(progressText({ ...cadence, per: 'month' }, standing(5), 2024)).toBe('5 av 12 månader');
    expect(progressText(share(), standing(7.5, 94), 2024)).toBe('7,5 % av över 8 %');
    expect(progressText({ ...share(), text: 'minst 40 procent', percent: 40 }, standing(38, 95), 2024)).toBe(
      '38 % av minst 40 %',
    );
    expect(progressText({ ...cadence, per: 'month', every: 2 }, standing(2), 2024)).toBe('2 av 6 perioder');
    const level: Target = { ...base, kind: 'level', target: 400, unit: 'medlemmar', percent: false };
    expect(progressText(level, standing(320, 80), 2024)).toBe('320 av 400');
    expect(progressText({ ...level, target: 75, percent: true, bound: 'minst' }, standing(62, 83), 2024)).toBe(
      '62 % av minst 75 %',
    );
    const each: Target = { ...base, kind: 'count', target: 1, unit: 'öppet möte', approximate: false };
    expect(progressText({ ...each, each: { unit: 'ledamot', kind: 'person' } }, standing(3, 50), 2024)).toBe('50 %');
    const coverage: Target = { ...base, kind: 'coverage', roles: ['valledare'] };
    expect(progressText(coverage, standing(3, 37.5), 2024)).toBe('37,5 %');
    const trend: Target = { ...base, kind: 'trend', direction: 'up', metric: 'följare' };
    expect(progressText(trend, standing(1350), 2024)).toBe('1\u00a0350');
  });

  it('counts what was logged for a delmål without a target, and says nothing while Mål has no Utfall', () => {
    expect(progressText(undefined, standing(3), 2024)).toBe('3 loggade');
    expect(progressText(share(), standing(''), 2024)).toBe('');
    // Mål's own words, from a register Uppdatera utfall has recomputed, are the member's words too.
    expect(progressText(count(true), standing('5 av cirka 15', 33), 2024)).toBe('5 av cirka 15');
    expect(progressText(share(), standing('8,4 %', 105), 2024)).toBe('8,4 %');
  });
});
