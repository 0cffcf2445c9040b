// Sheets' value rules: typed text → number/date/boolean/formula per the spreadsheet locale, date serials, display formats.

import { instantOf, utcWallTime, type WallTime, wallTimeAsUtc, wallTimeOf } from './timezone.ts';

export type Scalar = number | string | boolean;

/** What a cell receives from a write: a literal, or a formula, plus the number format Sheets picks for typed input. */
export interface Entry {
  value?: Scalar;
  formula?: string;
  quoted?: true;
  numberFormat?: string;
}

export interface LocaleRules {
  id: string;
  intl: string;
  decimal: string;
  group: string;
  dateOrder: 'ISO' | 'MDY' | 'DMY';
  dateFormat: string;
  dateTimeFormat: string;
  timeFormat: string;
}

const LOCALES: Record<string, LocaleRules> = {
  sv_SE: {
    id: 'sv_SE',
    intl: 'sv-SE',
    decimal: ',',
    group: '\u00a0',
    dateOrder: 'ISO',
    dateFormat: 'yyyy-mm-dd',
    dateTimeFormat: 'yyyy-mm-dd hh:mm:ss',
    timeFormat: 'hh:mm:ss',
  },
  en_US: {
    id: 'en_US',
    intl: 'en-US',
    decimal: '.',
    group: ',',
    dateOrder: 'MDY',
    dateFormat: 'M/d/yyyy',
    dateTimeFormat: 'M/d/yyyy H:mm:ss',
    timeFormat: 'h:mm:ss am/pm',
  },
  en_GB: {
    id: 'en_GB',
    intl: 'en-GB',
    decimal: '.',
    group: ',',
    dateOrder: 'DMY',
    dateFormat: 'dd/mm/yyyy',
    dateTimeFormat: 'dd/mm/yyyy hh:mm:ss',
    timeFormat: 'hh:mm:ss',
  },
};

export function localeRules(locale: string): LocaleRules {
  const rules = LOCALES[locale];
  if (!rules) throw new Error(`Okänd språkinställning ${locale} / Unsupported spreadsheet locale ${locale}`);
  return rules;
}

/** The number format Apps Script reports for a cell whose format was never set. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const PLAIN_TEXT_FORMAT = '@';

const DAY_MS = 86400000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function wallToSerial(w: WallTime): number {
  return (wallTimeAsUtc(w) - SERIAL_EPOCH) / DAY_MS;
}

function serialToWall(serial: number): WallTime {
  return utcWallTime(SERIAL_EPOCH + Math.round(serial * DAY_MS));
}

export function dateToSerial(instant: number, timeZone: string): number {
  return wallToSerial(wallTimeOf(instant, timeZone));
}

export function serialToInstant(serial: number, timeZone: string): number {
  return instantOf(serialToWall(serial), timeZone);
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Strips quoted literals and escapes so pattern letters can be inspected. */
function patternLetters(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === PLAIN_TEXT_FORMAT) return false;
  const letters = patternLetters(format.split(';')[0] ?? '').toLowerCase();
  return /[ydhs]/.test(letters) || /am\/pm|a\/p/.test(letters);
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function timeSerial(h: string | undefined, m: string | undefined, s: string | undefined): number | null {
  if (h === undefined || m === undefined) return 0;
  const hour = Number(h);
  const minute = Number(m);
  const second = Number(s ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return (hour * 3600 + minute * 60 + second) / 86400;
}

const CLOCK = '(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
const ISO_DATE = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${CLOCK}$`);
const SLASH_DATE = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${CLOCK}$`);
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function parseDateText(text: string, rules: LocaleRules): Entry | null {
  const iso = ISO_DATE.exec(text);
  const slash = iso ? null : SLASH_DATE.exec(text);
  let year: number;
  let month: number;
  let day: number;
  let clock: (string | undefined)[];
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    clock = [iso[4], iso[5], iso[6]];
  } else if (slash && rules.dateOrder !== 'ISO') {
    const a = Number(slash[1]);
    const b = Number(slash[2]);
    [month, day] = rules.dateOrder === 'MDY' ? [a, b] : [b, a];
    year = Number(slash[3]);
    clock = [slash[4], slash[5], slash[6]];
  } else {
    const onlyTime = TIME_ONLY.exec(text);
    if (!onlyTime) return null;
    const t = timeSerial(onlyTime[1], onlyTime[2], onlyTime[3]);
    return t === null ? null : { value: t, numberFormat: rules.timeFormat };
  }
  if (!validDate(year, month, day)) return null;
  const t = timeSerial(clock[0], clock[1], clock[2]);
  if (t === null) return null;
  const serial = wallToSerial({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }) + t;
  return { value: serial, numberFormat: clock[0] === undefined ? rules.dateFormat : rules.dateTimeFormat };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const numberPatterns = new Map<string, RegExp>();

/** Sign, digits with optional group separators, decimal part, exponent, percent — in the locale's marks. */
function numberPattern(rules: LocaleRules): RegExp {
  let re = numberPatterns.get(rules.id);
  if (!re) {
    const dec = escapeRegExp(rules.decimal);
    const groups = rules.group === '\u00a0' ? '[ \u00a0]' : escapeRegExp(rules.group);
    re = new RegExp(`^([+-])?((?:\\d{1,3}(?:${groups}\\d{3})+)|\\d*)(?:${dec}(\\d*))?(?:[eE]([+-]?\\d+))?(\\s?%)?$`);
    numberPatterns.set(rules.id, re);
  }
  return re;
}

function parseNumberText(text: string, rules: LocaleRules): Entry | null {
  if (!/\d/.test(text)) return null;
  const re = numberPattern(rules);
  const m = re.exec(text);
  if (!m) return null;
  const intPart = m[2] ?? '';
  const fracPart = m[3];
  if (intPart === '' && (fracPart === undefined || fracPart === '')) return null;
  const digits = intPart.replace(/[^\d]/g, '');
  let value = Number(`${digits || '0'}.${fracPart || '0'}${m[4] !== undefined ? `e${m[4]}` : ''}`);
  if (m[1] === '-') value = -value;
  const grouped = digits.length !== intPart.length;
  const decimals = fracPart ? fracPart.length : 0;
  const entry: Entry = { value };
  if (m[5] !== undefined) {
    entry.value = value / 100;
    entry.numberFormat = decimals > 0 ? '0.00%' : '0%';
  } else if (m[4] !== undefined) {
    entry.numberFormat = '0.00E+00';
  } else if (grouped) {
    entry.numberFormat = decimals > 0 ? '#,##0.00' : '#,##0';
  }
  return entry;
}

/**
 * Interprets text as Sheets does when a person types it into a cell (and when a script writes a string):
 * `'…` is quoted text, `=…` a formula, TRUE/FALSE booleans, numbers and dates in the spreadsheet's locale.
 * A cell formatted as plain text (`@`) keeps the text as it is.
 */
export function parseTyped(text: string, rules: LocaleRules, plainText: boolean): Entry {
  if (text === '') return {};
  if (plainText) return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1), quoted: true };
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  const trimmed = text.trim();
  if (/^true$/i.test(trimmed)) return { value: true };
  if (/^false$/i.test(trimmed)) return { value: false };
  return parseNumberText(trimmed, rules) ?? parseDateText(trimmed, rules) ?? { value: text };
}

/** Numbers in the General format: up to 10 significant digits, scientific beyond 1e15, locale decimal mark. */
export function formatGeneralNumber(n: number, rules: LocaleRules): string {
  if (!Number.isFinite(n)) return '#NUM!';
  const abs = Math.abs(n);
  let text: string;
  if (Number.isInteger(n) && abs < 1e15) text = String(n);
  else if (abs >= 1e15 || (abs < 1e-9 && n !== 0)) {
    const [mantissa = '', exp = '0'] = n.toExponential(5).split('e');
    const trimmedMantissa = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
    const e = Number(exp);
    text = `${trimmedMantissa}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  } else {
    text = n.toPrecision(10);
    if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  }
  return text.replace('.', rules.decimal);
}

/** `percent`: the literal holds an unquoted `%`, which scales the number by 100; a quoted or escaped one does not. */
type FormatToken = { literal: string; percent?: true } | { placeholder: string };

function tokenizeNumberFormat(section: string): FormatToken[] {
  const tokens: FormatToken[] = [];
  let i = 0;
  const pushLiteral = (s: string, percent = false) => {
    const last = tokens[tokens.length - 1];
    if (last && 'literal' in last) last.literal += s;
    else tokens.push({ literal: s });
    const token = tokens[tokens.length - 1];
    if (percent && token && 'literal' in token) token.percent = true;
  };
  while (i < section.length) {
    const ch = section[i] as string;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      pushLiteral(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '\\') {
      pushLiteral(section[i + 1] ?? '');
      i += 2;
    } else if (ch === '_') {
      pushLiteral(' ');
      i += 2;
    } else if (ch === '*') {
      i += 2;
    } else if ('0#?,.'.includes(ch)) {
      let j = i;
      while (j < section.length && '0#?,.'.includes(section[j] as string)) j++;
      if (/^[eE][+-]0+/.test(section.slice(j))) {
        const exp = /^[eE][+-]0+/.exec(section.slice(j))?.[0] ?? '';
        j += exp.length;
      }
      tokens.push({ placeholder: section.slice(i, j) });
      i = j;
    } else {
      pushLiteral(ch, ch === '%');
      i++;
    }
  }
  return tokens;
}

function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function formatPlaceholder(abs: number, placeholder: string, rules: LocaleRules): string {
  const expMatch = /[eE]([+-])(0+)$/.exec(placeholder);
  const body = expMatch ? placeholder.slice(0, expMatch.index) : placeholder;
  const [intPattern = '', fracPattern = ''] = body.split('.');
  const decimals = (fracPattern.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fracPattern.match(/0/g) ?? []).length;
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const grouping = /[0#?],[0#?]/.test(intPattern);
  let value = abs;
  let exponent = 0;
  if (expMatch && value !== 0) {
    exponent = Math.floor(Math.log10(value));
    value /= 10 ** exponent;
  }
  const fixed = value.toFixed(decimals);
  let [intDigits = '0', frac = ''] = fixed.split('.');
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (intDigits === '0' && minInt === 0) intDigits = '';
  intDigits = intDigits.padStart(minInt, '0');
  if (grouping) intDigits = groupDigits(intDigits, rules.group);
  let out = frac ? `${intDigits}${rules.decimal}${frac}` : intDigits;
  if (expMatch) {
    const expDigits = String(Math.abs(exponent)).padStart(expMatch[2]?.length ?? 2, '0');
    out += `E${exponent < 0 ? '-' : expMatch[1] === '+' ? '+' : ''}${expDigits}`;
  }
  return out;
}

function formatNumberWithPattern(n: number, format: string, rules: LocaleRules): string {
  const sections = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  let section = sections[0] ?? '';
  let sign = n < 0 ? '-' : '';
  if (n < 0 && sections[1] !== undefined) {
    section = sections[1];
    sign = '';
  } else if (n === 0 && sections[2] !== undefined) section = sections[2];
  const tokens = tokenizeNumberFormat(section);
  // Google's number format reference: `%` multiplies by 100; text in quotes ("…") or after `\` is shown as it is.
  const percent = tokens.some((t) => 'literal' in t && t.percent === true);
  const abs = Math.abs(n) * (percent ? 100 : 1);
  if (!tokens.some((t) => 'placeholder' in t)) return tokens.map((t) => ('literal' in t ? t.literal : '')).join('');
  let placed = false;
  const out = tokens
    .map((t) => {
      if ('literal' in t) return t.literal;
      if (placed) return '';
      placed = true;
      return formatPlaceholder(abs, t.placeholder, rules);
    })
    .join('');
  return sign + out;
}

function monthName(month: number, style: 'long' | 'short', rules: LocaleRules): string {
  return new Intl.DateTimeFormat(rules.intl, { month: style, timeZone: 'UTC' }).format(Date.UTC(2001, month - 1, 1));
}

function weekdayName(w: WallTime, style: 'long' | 'short', rules: LocaleRules): string {
  return new Intl.DateTimeFormat(rules.intl, { weekday: style, timeZone: 'UTC' }).format(
    Date.UTC(w.year, w.month - 1, w.day),
  );
}

/** Formats a date serial with a Sheets date pattern (yyyy, m/mm/mmm/mmmm, d/dd/ddd/dddd, h/hh, mm, ss, am/pm). */
function formatDateWithPattern(serial: number, format: string, rules: LocaleRules): string {
  const w = serialToWall(serial);
  const pattern = format.split(';')[0] ?? '';
  type Tok = { kind: 'lit'; text: string } | { kind: 'code'; code: string };
  const toks: Tok[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      toks.push({ kind: 'lit', text: pattern.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? pattern.length : end + 1;
    } else if (ch === '\\') {
      toks.push({ kind: 'lit', text: pattern[i + 1] ?? '' });
      i += 2;
    } else if (/am\/pm/i.test(pattern.slice(i, i + 5))) {
      toks.push({ kind: 'code', code: 'am/pm' });
      i += 5;
    } else if (/[ymdhsaMYDHS]/.test(ch)) {
      let j = i;
      while (j < pattern.length && (pattern[j] as string).toLowerCase() === ch.toLowerCase()) j++;
      toks.push({ kind: 'code', code: pattern.slice(i, j).toLowerCase() });
      i = j;
    } else {
      toks.push({ kind: 'lit', text: ch });
      i++;
    }
  }
  const twelveHour = toks.some((t) => t.kind === 'code' && t.code === 'am/pm');
  const codes = toks.filter((t): t is { kind: 'code'; code: string } => t.kind === 'code');
  const isMinute = (tok: { kind: 'code'; code: string }) => {
    const at = codes.indexOf(tok);
    const prev = codes[at - 1]?.code ?? '';
    const next = codes[at + 1]?.code ?? '';
    return prev.startsWith('h') || next.startsWith('s');
  };
  const pad = (n: number, len: number) => String(n).padStart(len, '0');
  return toks
    .map((t) => {
      if (t.kind === 'lit') return t.text;
      const c = t.code;
      if (c === 'am/pm') return w.hour < 12 ? 'AM' : 'PM';
      if (c.startsWith('y')) return c.length <= 2 ? pad(w.year % 100, 2) : String(w.year);
      if (c.startsWith('m')) {
        if (c.length <= 2 && isMinute(t)) return pad(w.minute, c.length);
        if (c.length === 1) return String(w.month);
        if (c.length === 2) return pad(w.month, 2);
        if (c.length === 3) return monthName(w.month, 'short', rules);
        return monthName(w.month, 'long', rules);
      }
      if (c.startsWith('d')) {
        if (c.length === 1) return String(w.day);
        if (c.length === 2) return pad(w.day, 2);
        if (c.length === 3) return weekdayName(w, 'short', rules);
        return weekdayName(w, 'long', rules);
      }
      if (c.startsWith('h')) {
        const hour = twelveHour ? ((w.hour + 11) % 12) + 1 : w.hour;
        return c.length === 1 ? String(hour) : pad(hour, 2);
      }
      if (c.startsWith('s')) return c.length === 1 ? String(w.second) : pad(w.second, 2);
      return c;
    })
    .join('');
}

/** What the cell shows: the value formatted by its number format in the spreadsheet's locale. */
export function displayValue(value: Scalar | undefined, format: string | undefined, rules: LocaleRules): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!format || format === DEFAULT_NUMBER_FORMAT || format === PLAIN_TEXT_FORMAT || /^general$/i.test(format)) {
    return formatGeneralNumber(value, rules);
  }
  if (isDateFormat(format)) return formatDateWithPattern(value, format, rules);
  return formatNumberWithPattern(value, format, rules);
}
