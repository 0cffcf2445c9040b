// Calendar arithmetic for reports: Stockholm days as integers, and the plan year's quarters, months, weeks and terms.
import { InputError } from './input-error.ts';
import type { CadencePeriod } from './target.ts';

/**
 * Days are counted as integers since 1970-01-01 (a "day number"), so bucketing an action is one subtraction.
 *
 * Time zone decision: which day an action falls on is decided in Europe/Stockholm local time, computed here from the
 * EU summer-time rule Sweden has followed since 1996 (UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of
 * October 01:00 UTC, otherwise UTC+1). No Intl time-zone data is needed, so Apps Script, the extension and Node agree.
 * A caller with another source of truth passes `dayOf(at) => 'YYYY-MM-DD'` in the report input instead.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** Days since 1970-01-01 for a proleptic Gregorian date (Hinnant's days_from_civil; month and day may overflow). */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  const monthIndex = month - 1;
  const y = year + Math.floor(monthIndex / 12);
  const m = (((monthIndex % 12) + 12) % 12) + 1;
  const shifted = m <= 2 ? y - 1 : y;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  return (
    era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468
  );
}

export function dayToIso(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; NaN when it is not a real calendar date. */
export function isoDateToDay(date: string): DayNumber {
  const match = ISO_DATE.exec(date);
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = dayNumber(year, month, day);
  return dayToIso(result) === date ? result : Number.NaN;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

const digit = (text: string, index: number) => text.charCodeAt(index) - 48;
const twoDigits = (text: string, index: number) => digit(text, index) * 10 + digit(text, index + 1);

/** Milliseconds since the epoch for an ISO 8601 date-time with `Z` or an offset; NaN when malformed. */
export function parseInstant(at: string): number {
  return parseCanonicalInstant(at) ?? parseAnyInstant(at);
}

const CANONICAL_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18] as const;

/**
 * The form the web app stores (`2024-03-31T23:30:00Z`, `…00.123+02:00`) read by character codes: reports read every
 * action's time, and a regex per action is the slowest step of a 100 000-action report. Undefined for other forms.
 */
function parseCanonicalInstant(at: string): number | undefined {
  if (at.length < 20 || at[4] !== '-' || at[7] !== '-' || at[10] !== 'T' || at[13] !== ':' || at[16] !== ':') {
    return undefined;
  }
  let position = 19;
  let fraction = 0;
  if (at[position] === '.') {
    let scale = 100;
    for (position += 1; position < at.length; position += 1) {
      const value = digit(at, position);
      if (value < 0 || value > 9) break;
      fraction += value * scale;
      scale /= 10;
    }
    fraction = Math.floor(fraction);
  }
  let offsetMinutes = 0;
  const zone = at[position];
  if (zone === 'Z' && position === at.length - 1) offsetMinutes = 0;
  else if ((zone === '+' || zone === '-') && position === at.length - 6 && at[position + 3] === ':') {
    if (!/^\d\d:\d\d$/.test(at.slice(position + 1))) return undefined;
    offsetMinutes = (zone === '-' ? -1 : 1) * (twoDigits(at, position + 1) * 60 + twoDigits(at, position + 4));
  } else return undefined;
  for (const index of CANONICAL_DIGITS) {
    const value = digit(at, index);
    if (!(value >= 0 && value <= 9)) return undefined;
  }
  const day = dayNumber(twoDigits(at, 0) * 100 + twoDigits(at, 2), twoDigits(at, 5), twoDigits(at, 8));
  const seconds = twoDigits(at, 11) * 3600 + twoDigits(at, 14) * 60 + twoDigits(at, 17);
  return (day * 86_400 + seconds) * 1000 + fraction - offsetMinutes * 60_000;
}

function parseAnyInstant(at: string): number {
  const match = ISO_DATE_TIME.exec(at);
  if (!match) return Number.NaN;
  const fraction = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0;
  const zone = match[8] ?? 'Z';
  const sign = zone[0] === '-' ? -1 : 1;
  const zoneDigits = zone.slice(1).replace(':', '');
  const offsetMinutes = zone.length === 1 ? 0 : twoDigits(zoneDigits, 0) * 60 + (Number(zoneDigits.slice(2)) || 0);
  const day = dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
  const seconds = Number(match[4]) * 3600 + Number(match[5]) * 60 + Number(match[6] ?? 0);
  return (day * 86_400 + seconds) * 1000 + fraction - sign * offsetMinutes * 60_000;
}

/** 01:00 UTC on the last Sunday of the month (the EU switch moment), in ms. */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = dayNumber(year, month + 1, 0);
  const weekday = (lastDay + 4) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
  return (lastDay - weekday) * MS_PER_DAY + MS_PER_HOUR;
}

const summerTimeCache = new Map<number, readonly [number, number]>();

function summerTime(year: number): readonly [number, number] {
  let span = summerTimeCache.get(year);
  if (!span) {
    span = [lastSundayOneUtc(year, 3), lastSundayOneUtc(year, 10)];
    summerTimeCache.set(year, span);
  }
  return span;
}

const MS_PER_AVERAGE_YEAR = 31_556_952_000;

/** The Stockholm calendar day an instant falls on. */
export function stockholmDay(instant: number): DayNumber {
  // The year may be off by one within a day of New Year; both switch moments then lie on one side, giving winter time,
  // which is right at New Year.
  const [start, end] = summerTime(1970 + Math.floor(instant / MS_PER_AVERAGE_YEAR));
  const offset = instant >= start && instant < end ? 2 * MS_PER_HOUR : MS_PER_HOUR;
  return Math.floor((instant + offset) / MS_PER_DAY);
}

/** Turns an action's or a recorded value's `at` into a day number, honouring a caller-supplied `dayOf`. */
export function dayReader(dayOf?: (at: string) => string): (at: string) => DayNumber {
  if (dayOf) return (at) => isoDateToDay(dayOf(at));
  return (at) => {
    if (at.length === 10) return isoDateToDay(at);
    return stockholmDay(parseInstant(at));
  };
}

/** Monday = 0 … Sunday = 6. */
function weekday(day: DayNumber): number {
  return (day + 3) % 7;
}

/** ISO 8601 week number and week-year of a day. */
export function isoWeek(day: DayNumber): { year: number; week: number } {
  const thursday = day - weekday(day) + 3;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

/** A closed range of days with a Swedish label. */
export type Span = { label: string; first: DayNumber; last: DayNumber };

const MONTH_LABELS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

export function yearSpan(year: number): Span {
  return { label: String(year), first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
}

export function quarterSpan(year: number, quarter: 1 | 2 | 3 | 4): Span {
  const firstMonth = (quarter - 1) * 3 + 1;
  return { label: `Q${quarter}`, first: dayNumber(year, firstMonth, 1), last: dayNumber(year, firstMonth + 3, 0) };
}

export function monthSpans(year: number): Span[] {
  return MONTH_LABELS.map((label, index) => ({
    label,
    first: dayNumber(year, index + 1, 1),
    last: dayNumber(year, index + 2, 0),
  }));
}

/** Monday-to-Sunday weeks clipped to [first, last], labelled by ISO week ("v. 14"; "v. 1 2025" when the week-year differs). */
export function weekSpans(first: DayNumber, last: DayNumber, labelYear: number): Span[] {
  const spans: Span[] = [];
  for (let start = first; start <= last; ) {
    const end = Math.min(last, start + 6 - weekday(start));
    const week = isoWeek(start);
    spans.push({
      label: week.year === labelYear ? `v. ${week.week}` : `v. ${week.week} ${week.year}`,
      first: start,
      last: end,
    });
    start = end + 1;
  }
  return spans;
}

/** The periods of a plan year a cadence target is checked in: VT is January–June, HT July–December. */
export function periodSpans(year: number, per: CadencePeriod): Span[] {
  const whole = yearSpan(year);
  switch (per) {
    case 'year':
      return [whole];
    case 'term':
      return [
        { label: 'VT', first: whole.first, last: dayNumber(year, 6, 30) },
        { label: 'HT', first: dayNumber(year, 7, 1), last: whole.last },
      ];
    case 'quarter':
      return ([1, 2, 3, 4] as const).map((quarter) => quarterSpan(year, quarter));
    case 'month':
      return monthSpans(year);
    case 'week':
      return weekSpans(whole.first, whole.last, year);
  }
}

export type QuarterId = `${number}Q${1 | 2 | 3 | 4}`;
export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4; id: QuarterId };

const QUARTER = /^(\d{4})[Qq]([1-4])$/;

/** Reads `2024Q2`; throws an Error with a Swedish message for anything else. */
export function parseQuarter(text: string): Quarter {
  const match = QUARTER.exec(text.trim());
  if (!match) throw new InputError(`Ogiltigt kvartal "${text}": skriv år och kvartal som 2024Q2 (Q1–Q4).`);
  const year = Number(match[1]);
  const quarter = Number(match[2]) as 1 | 2 | 3 | 4;
  return { year, quarter, id: `${year}Q${quarter}` };
}
