// The one action validator's plan-year rule: which days count towards a plan, and the Swedish reason for the rest.
import { describe, expect, it } from 'vitest';
import { outsidePlanYears, planYears, planYearsText } from '../../../shared/model/action-rules.ts';

const at = (iso: string) => new Date(iso).getTime();

describe('the plan-year rule', () => {
  it('takes a one-year plan’s year as its only year', () => {
    expect(planYears({ year: 2024 })).toEqual({ first: 2024, last: 2024 });
    expect(planYearsText({ first: 2024, last: 2024 })).toBe('2024');
  });

  it('accepts every Stockholm day of the year, and nothing either side of it', () => {
    const years = { first: 2024, last: 2024 };
    expect(outsidePlanYears(at('2024-01-01T00:00:00+01:00'), years)).toBeUndefined();
    expect(outsidePlanYears(at('2024-12-31T23:59:00+01:00'), years)).toBeUndefined();
    expect(outsidePlanYears(at('2024-06-15T12:00:00Z'), years)).toBeUndefined();
    expect(outsidePlanYears(at('2023-12-31T23:59:00+01:00'), years)).toBe(
      'Datumet 2023-12-31 ligger utanför planens år 2024: bara det som görs under 2024 räknas.',
    );
    expect(outsidePlanYears(at('2025-01-01T00:00:00+01:00'), years)).toContain('2025-01-01 ligger utanför');
  });

  it('follows a span of years when a plan covers several', () => {
    const years = { first: 2025, last: 2027 };
    expect(outsidePlanYears(at('2026-07-01T12:00:00Z'), years)).toBeUndefined();
    expect(outsidePlanYears(at('2027-12-31T12:00:00Z'), years)).toBeUndefined();
    expect(outsidePlanYears(at('2028-01-01T12:00:00Z'), years)).toBe(
      'Datumet 2028-01-01 ligger utanför planens år 2025–2027: bara det som görs under 2025–2027 räknas.',
    );
  });
});
