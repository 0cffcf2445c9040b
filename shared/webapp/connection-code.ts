// The connection code a board hands to a member: `MALKOLL1:` + base64url of {"url","token"}. Pure, no platform APIs.
import { HTTP_URL } from '../model/action.ts';
import { z } from '../zod.ts';

export const CONNECTION_CODE_PREFIX = 'MALKOLL1:';

export const Connection = z.strictObject({
  url: z.string().max(2048).regex(HTTP_URL),
  token: z.string().min(16).max(200),
});
export type Connection = z.infer<typeof Connection>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** UTF-8 bytes of a string (Apps Script and the extension's service worker differ in what encoders they offer). */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return bytes;
}

/** Strict UTF-8 decoding: null for any malformed, overlong or surrogate sequence. */
function utf8Decode(bytes: number[]): string | null {
  let text = '';
  let index = 0;
  while (index < bytes.length) {
    const first = bytes[index] ?? 0;
    const length = first < 0x80 ? 1 : first >= 0xc2 && first < 0xe0 ? 2 : first >= 0xe0 && first < 0xf0 ? 3 : 4;
    if (first >= 0xf5 || (first >= 0x80 && first < 0xc2)) return null;
    let code = length === 1 ? first : first & (0xff >> (length + 1));
    for (let offset = 1; offset < length; offset++) {
      const next = bytes[index + offset];
      if (next === undefined || (next & 0xc0) !== 0x80) return null;
      code = (code << 6) | (next & 63);
    }
    const minimum = [0, 0, 0x80, 0x800, 0x10000][length] ?? 0;
    if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    text += String.fromCodePoint(code);
    index += length;
  }
  return text;
}

function base64UrlEncode(bytes: number[]): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const count = Math.min(3, bytes.length - index) + 1;
    for (let position = 0; position < count; position++) text += ALPHABET[(chunk >> (18 - 6 * position)) & 63];
  }
  return text;
}

function base64UrlDecode(text: string): number[] | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 4) {
    const group = text.slice(index, index + 4);
    let chunk = 0;
    for (let position = 0; position < 4; position++)
      chunk = (chunk << 6) | Math.max(0, ALPHABET.indexOf(group[position] ?? 'A'));
    for (let position = 0; position < group.length - 1; position++) bytes.push((chunk >> (16 - 8 * position)) & 255);
  }
  return bytes;
}

export function encodeConnectionCode(connection: Connection): string {
  const valid = Connection.parse(connection);
  return `${CONNECTION_CODE_PREFIX}${base64UrlEncode(utf8Bytes(JSON.stringify({ url: valid.url, token: valid.token })))}`;
}

/** The url and token in a pasted code (whitespace and `=` padding tolerated), or null when it is not a valid code. */
export function decodeConnectionCode(code: string): Connection | null {
  const trimmed = code.trim();
  if (!trimmed.startsWith(CONNECTION_CODE_PREFIX)) return null;
  const bytes = base64UrlDecode(trimmed.slice(CONNECTION_CODE_PREFIX.length).replace(/=+$/, ''));
  const json = bytes && utf8Decode(bytes);
  if (json === null || json === undefined) return null;
  try {
    const parsed = Connection.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
