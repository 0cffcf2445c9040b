// Stockholm day bucketing, ISO weeks and the plan year's periods, cross-checked against Node's time-zone data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  dayReader,
  dayToIso,
  isoDateToDay,
  isoWeek,
  parseInstant,
  parseQuarter,
  periodSpans,
  quarterSpan,
  stockholmDay,
} from '../../../shared/model/calendar.ts';

const stockholmDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const readDay = dayReader();

describe('Stockholm days', () => {
  it('puts an action at 2024-03-31T23:30:00Z on 1 April, in the second quarter', () => {
    const day = readDay('2024-03-31T23:30:00Z');
    expect(dayToIso(day)).toBe('2024-04-01');
    const q2 = quarterSpan(2024, 2);
    expect(day >= q2.first && day <= q2.last).toBe(true);
  });

  it('uses winter time before and summer time after the March switch, and back in October', () => {
    expect(dayToIso(readDay('2024-03-30T23:30:00Z'))).toBe('2024-03-31'); // 00:30 CET
    expect(dayToIso(readDay('2024-03-31T22:30:00Z'))).toBe('2024-04-01'); // 00:30 CEST
    expect(dayToIso(readDay('2024-03-31T21:59:59Z'))).toBe('2024-03-31'); // 23:59:59 CEST
    expect(dayToIso(readDay('2024-10-26T22:30:00Z'))).toBe('2024-10-27'); // 00:30 CEST
    expect(dayToIso(readDay('2024-10-27T22:30:00Z'))).toBe('2024-10-27'); // 23:30 CET
    expect(dayToIso(readDay('2024-12-31T23:00:00Z'))).toBe('2025-01-01');
    expect(dayToIso(readDay('2024-12-31T22:59:59.999Z'))).toBe('2024-12-31');
  });

  it('honours offsets and fractions in the stored form', () => {
    expect(dayToIso(readDay('2024-06-30T23:30:00.5+02:00'))).toBe('2024-06-30');
    expect(dayToIso(readDay('2024-06-30T21:30:00-03:00'))).toBe('2024-07-01');
    expect(parseInstant('2024-06-30T23:30:00.123+02:00')).toBe(Date.parse('2024-06-30T23:30:00.123+02:00'));
    expect(Number.isNaN(parseInstant('30 juni 2024'))).toBe(true);
  });

  it('agrees with the time-zone database for any instant 2000–2040', () => {
    const from = Date.UTC(2000, 0, 1);
    const to = Date.UTC(2040, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: from / 1000, max: to / 1000 }), (seconds) => {
        const at = new Date(seconds * 1000).toISOString();
        expect(dayToIso(stockholmDay(parseInstant(at)))).toBe(stockholmDate.format(new Date(seconds * 1000)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads plain dates as themselves and a caller-supplied dayOf instead of the built-in rule', () => {
    expect(dayToIso(readDay('2024-06-09'))).toBe('2024-06-09');
    const utcDay = dayReader((at) => at.slice(0, 10));
    expect(dayToIso(utcDay('2024-03-31T23:30:00Z'))).toBe('2024-03-31');
  });

  it('rejects impossible dates', () => {
    expect(Number.isNaN(isoDateToDay('2024-02-30'))).toBe(true);
    expect(isoDateToDay('2024-02-29')).toBe(dayNumber(2024, 2, 29));
  });
});

describe('periods of the plan year', () => {
  it('splits 2024 into quarters, months, terms and Monday weeks clipped to the year', () => {
    expect(periodSpans(2024, 'quarter').map((span) => [span.label, dayToIso(span.first), dayToIso(span.last)])).toEqual(
      [
        ['Q1', '2024-01-01', '2024-03-31'],
        ['Q2', '2024-04-01', '2024-06-30'],
        ['Q3', '2024-07-01', '2024-09-30'],
        ['Q4', '2024-10-01', '2024-12-31'],
      ],
    );
    expect(periodSpans(2024, 'term').map((span) => [span.label, dayToIso(span.last)])).toEqual([
      ['VT', '2024-06-30'],
      ['HT', '2024-12-31'],
    ]);
    const months = periodSpans(2024, 'month');
    expect(months.map((span) => span.last - span.first + 1)).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(months.map((span) => span.label)).toEqual([
      'jan',
      'feb',
      'mar',
      'apr',
      'maj',
      'jun',
      'jul',
      'aug',
      'sep',
      'okt',
      'nov',
      'dec',
    ]);
    // 2024 starts on a Monday; 30–31 December belong to ISO week 1 of 2025.
    const weeks = periodSpans(2024, 'week');
    expect(weeks).toHaveLength(53);
    expect(weeks[0]?.label).toBe('v. 1');
    expect(weeks.at(-1)).toEqual({ label: 'v. 1 2025', first: dayNumber(2024, 12, 30), last: dayNumber(2024, 12, 31) });
    expect(periodSpans(2024, 'year')).toEqual([
      { label: '2024', first: dayNumber(2024, 1, 1), last: dayNumber(2024, 12, 31) },
    ]);
  });

  it('numbers ISO weeks like the calendar', () => {
    expect(isoWeek(dayNumber(2024, 4, 1))).toEqual({ year: 2024, week: 14 });
    expect(isoWeek(dayNumber(2021, 1, 3))).toEqual({ year: 2020, week: 53 });
  });
});

describe('parseQuarter', () => {
  it('reads 2024Q2', () => {
    expect(parseQuarter('2024Q2')).toEqual({ year: 2024, quarter: 2, id: '2024Q2' });
  });

  it('explains in Swedish what a quarter looks like', () => {
    expect(() => parseQuarter('2024Q5')).toThrow('Ogiltigt kvartal "2024Q5": skriv år och kvartal som 2024Q2 (Q1–Q4).');
    expect(() => parseQuarter('Q2 2024')).toThrow(/Ogiltigt kvartal/);
  });
});
