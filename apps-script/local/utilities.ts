// Utilities: UUIDs, digests and HMACs as signed bytes, base64, Java SimpleDateFormat dates, blobs, CSV, sleep.

import { createHash, createHmac, randomUUID } from 'node:crypto';
import { type Context, ServiceObject } from './context.ts';
import { countCalls } from './counters.ts';
import { ScriptException, signatureError } from './errors.ts';
import { enumOf, type Google } from './google.ts';
import { isValidTimeZone, offsetMinutes, wallTimeOf, zoneAbbreviation } from './timezone.ts';
import { isDate } from './values.ts';

const DIGESTS = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' } as const;
const MACS = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
} as const;
type DigestName = keyof typeof DIGESTS;
type MacName = keyof typeof MACS;
type CharsetName = 'UTF_8' | 'US_ASCII';

export const DigestAlgorithm = enumOf(Object.keys(DIGESTS) as DigestName[]);
const MacAlgorithm = enumOf(Object.keys(MACS) as MacName[]);
export const Charset = enumOf<CharsetName>(['UTF_8', 'US_ASCII']);

/** Apps Script's Byte[] is Java's: signed, -128…127. */
function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

/** A string in a charset, or a Byte[] as given. US-ASCII turns other characters into `?`, as Java does. */
function bytesOf(value: unknown, charset: CharsetName = 'UTF_8'): Buffer {
  if (Array.isArray(value)) return Buffer.from(value.map((b) => Number(b) & 0xff));
  const text = String(value);
  if (charset === 'US_ASCII') return Buffer.from(text.replace(/[^\x00-\x7f]/gu, '?'), 'latin1');
  return Buffer.from(text, 'utf8');
}

function decodeBase64(encoded: string, webSafe: boolean): Buffer {
  const cleaned = encoded.replace(/\s/g, '');
  const alphabet = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!alphabet.test(cleaned) || cleaned.replace(/=+$/, '').length % 4 === 1) {
    throw new ScriptException('Could not decode string.');
  }
  return Buffer.from(cleaned, webSafe ? 'base64url' : 'base64');
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function zoneLongName(instant: number, timeZone: string): string {
  return (
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' })
      .formatToParts(new Date(instant))
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}

function offsetText(minutes: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  if (style === 'X') return `${sign}${hh}`;
  if (style === 'XXX') return `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

/**
 * Java SimpleDateFormat in English: G y Y M L d D E u a H k K h m s S z Z X and 'quoted' text.
 * An unknown time zone falls back to GMT, as Java's TimeZone.getTimeZone does.
 */
function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'GMT';
  const instant = date.getTime();
  const w = wallTimeOf(instant, zone);
  const offset = offsetMinutes(instant, zone);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  const dayOfYear = Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86400000) + 1;
  const num = (n: number, width: number) => String(n).padStart(width, '0');
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else out += pattern[j++];
      }
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'G':
        out += w.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? num(w.year % 100, 2) : num(w.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1]?.slice(0, 3) : num(w.month, n);
        break;
      case 'd':
        out += num(w.day, n);
        break;
      case 'D':
        out += num(dayOfYear, n);
        break;
      case 'E':
        out += n >= 4 ? WEEKDAYS[weekday] : WEEKDAYS[weekday]?.slice(0, 3);
        break;
      case 'u':
        out += num(weekday === 0 ? 7 : weekday, n);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += num(w.hour, n);
        break;
      case 'k':
        out += num(w.hour === 0 ? 24 : w.hour, n);
        break;
      case 'K':
        out += num(w.hour % 12, n);
        break;
      case 'h':
        out += num(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'm':
        out += num(w.minute, n);
        break;
      case 's':
        out += num(w.second, n);
        break;
      case 'S':
        out += num(w.millisecond, n);
        break;
      case 'z':
        out += n >= 4 ? zoneLongName(instant, zone) : zoneAbbreviation(instant, zone);
        break;
      case 'Z':
        out += offsetText(offset, 'Z');
        break;
      case 'X':
        out += offsetText(offset, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
        break;
      default:
        throw new ScriptException(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

/** RFC 4180 CSV into rows of strings. */
function parseCsvText(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i] as string;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class Blob extends ServiceObject implements Google<Blob> {
  static gasName = 'Blob';
  declare readonly _google: GoogleAppsScript.Base.Blob;

  constructor(
    ctx: Context,
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {
    super(ctx);
  }

  getBytes(): number[] {
    return toSignedBytes(this.bytes);
  }

  setBytes(data: number[]): Blob {
    this.bytes = bytesOf(data);
    return this;
  }

  getDataAsString(charset?: string): string {
    return charset === 'US-ASCII' || charset === 'US_ASCII'
      ? this.bytes.toString('latin1')
      : this.bytes.toString('utf8');
  }

  setDataFromString(string: string, charset?: string): Blob {
    this.bytes = bytesOf(string, charset === 'US-ASCII' || charset === 'US_ASCII' ? 'US_ASCII' : 'UTF_8');
    return this;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string): Blob {
    this.contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): Blob {
    this.name = name;
    return this;
  }

  copyBlob(): Blob {
    return new Blob(this.ctx, Buffer.from(this.bytes), this.contentType, this.name);
  }

  isGoogleType(): boolean {
    return false;
  }
}

export class Utilities extends ServiceObject implements Google<Utilities> {
  static gasName = 'Utilities';
  declare readonly _google: GoogleAppsScript.Utilities.Utilities;
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly Charset = Charset;

  getUuid(): string {
    return randomUUID();
  }

  computeDigest(algorithm: DigestName, value: string | number[], charset?: CharsetName): number[] {
    const name = DIGESTS[algorithm];
    if (!name) throw signatureError('Utilities.computeDigest', [algorithm, value]);
    return toSignedBytes(createHash(name).update(bytesOf(value, charset)).digest());
  }

  computeHmacSignature(
    algorithm: MacName,
    value: string | number[],
    key: string | number[],
    charset?: CharsetName,
  ): number[] {
    const name = MACS[algorithm];
    if (!name) throw signatureError('Utilities.computeHmacSignature', [algorithm, value, key]);
    return toSignedBytes(createHmac(name, bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }

  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: CharsetName): number[] {
    return this.computeHmacSignature('HMAC_SHA_256', value, key, charset);
  }

  base64Encode(data: string | number[], charset?: CharsetName): string {
    return bytesOf(data, charset).toString('base64');
  }

  /** Web-safe alphabet (- and _) with `=` padding kept, as Apps Script produces. */
  base64EncodeWebSafe(data: string | number[], charset?: CharsetName): string {
    return bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string, _charset?: CharsetName): number[] {
    return toSignedBytes(decodeBase64(encoded, false));
  }

  base64DecodeWebSafe(encoded: string, _charset?: CharsetName): number[] {
    return toSignedBytes(decodeBase64(encoded, true));
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError('Utilities.formatDate', [date, timeZone, format]);
    }
    return formatJavaDate(date, timeZone, format);
  }

  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    return new Blob(this.ctx, bytesOf(data), contentType ?? null, name ?? null);
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsvText(String(csv), delimiter ?? ',');
  }

  /** Waits like Apps Script's sleep (at most 5 minutes), on the runtime's clock: it counts towards the run time. */
  sleep(milliseconds: number): void {
    this.ctx.sleep(Math.min(Math.max(0, milliseconds), 300000));
  }
}

for (const cls of [Blob, Utilities]) countCalls(cls);
