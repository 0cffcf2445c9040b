// The connection code a board hands to a member: `MALKOLL1:` + base64url of {"url","token"}. The one encoder and
// decoder, for the add-on and the extension alike; zod-free and platform-free so the extension's options page stays small.

const CONNECTION_CODE_PREFIX = 'MALKOLL1:';

export type Connection = { url: string; token: string };

/** Why a pasted code cannot be used; the extension says each in Swedish. */
export type ConnectionCodeProblem = 'empty' | 'prefix' | 'damaged' | 'incomplete' | 'url';

export type ReadConnectionCode =
  | {
      ok: true;
      connection: Connection;
      /** The web app is `malkoll serve` on this computer rather than a deployed Apps Script web app. */
      local: boolean;
    }
  | { ok: false; problem: ConnectionCodeProblem /** The address, when it is the problem. */; url?: string };

const MIN_TOKEN_LENGTH = 16;
const MAX_TOKEN_LENGTH = 200;
const MAX_URL_LENGTH = 2048;
/** A deployed web app, also on a Workspace domain; `/dev` is the owner's test deployment. */
const APPS_SCRIPT_URL = /^https:\/\/script\.google\.com\/(?:a\/macros\/[^/\s]+|macros)\/s\/[\w-]+\/(?:exec|dev)$/;
/** `malkoll serve`, which listens on loopback only. */
const LOCAL_URL = /^http:\/\/127\.0\.0\.1:\d{1,5}(?:\/[^\s?#]*)?$/;

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
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
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

/** The JSON object a payload carries, or null when it is not base64url of a UTF-8 JSON object. */
function payloadObject(payload: string): Record<string, unknown> | null {
  const bytes = base64UrlDecode(payload.replace(/=+$/, ''));
  const json = bytes && utf8Decode(bytes);
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function isToken(token: unknown): token is string {
  return typeof token === 'string' && token.length >= MIN_TOKEN_LENGTH && token.length <= MAX_TOKEN_LENGTH;
}

function isUsableUrl(url: string): boolean {
  return url.length <= MAX_URL_LENGTH && (APPS_SCRIPT_URL.test(url) || LOCAL_URL.test(url));
}

/** What a pasted code holds (whitespace anywhere and `=` padding tolerated), or why it cannot be used. */
export function readConnectionCode(input: string): ReadConnectionCode {
  const code = input.replace(/\s+/g, '');
  if (code === '') return { ok: false, problem: 'empty' };
  if (!code.startsWith(CONNECTION_CODE_PREFIX)) return { ok: false, problem: 'prefix' };
  const payload = payloadObject(code.slice(CONNECTION_CODE_PREFIX.length));
  // Anything besides url and token means this is not a code Målkoll made.
  if (!payload || Object.keys(payload).some((key) => key !== 'url' && key !== 'token')) {
    return { ok: false, problem: 'damaged' };
  }
  const { url, token } = payload;
  if (typeof url !== 'string' || url === '' || !isToken(token)) return { ok: false, problem: 'incomplete' };
  if (!isUsableUrl(url)) return { ok: false, problem: 'url', url };
  return { ok: true, connection: { url, token }, local: LOCAL_URL.test(url) };
}

/** The url and token in a code, or null for any code readConnectionCode refuses. */
export function decodeConnectionCode(code: string): Connection | null {
  const read = readConnectionCode(code);
  return read.ok ? read.connection : null;
}

/** The code for a web app address and token; throws for one no member's extension could use. */
export function encodeConnectionCode(connection: Connection): string {
  const { url, token } = connection;
  if (!isUsableUrl(url)) throw new Error(`Not a web app address a connection code can carry: ${url}`);
  if (!isToken(token)) throw new Error(`A token is ${MIN_TOKEN_LENGTH} to ${MAX_TOKEN_LENGTH} characters long.`);
  return `${CONNECTION_CODE_PREFIX}${base64UrlEncode(utf8Bytes(JSON.stringify({ url, token })))}`;
}
