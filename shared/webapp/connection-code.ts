// The connection code a board hands to a member: `MALKOLL1:` + base64url of {"url","token"}. The one encoder and
// decoder, for the add-on and the extension alike; zod-free and platform-free so the extension's options page stays small.

const CONNECTION_CODE_PREFIX = 'MALKOLL1:';

export type Connection = { url: string; token: string };

/** Why a pasted code cannot be used; the extension says each in Swedish (for `url`, the decoder's own message). */
export type ConnectionCodeProblem = 'empty' | 'prefix' | 'damaged' | 'incomplete' | 'url';

export type ReadConnectionCode =
  | {
      ok: true;
      connection: Connection;
      /** The web app is `malkoll serve` on this computer rather than a deployed Apps Script web app. */
      local: boolean;
    }
  | { ok: false; problem: Exclude<ConnectionCodeProblem, 'url'>; url?: undefined }
  | {
      ok: false;
      problem: 'url';
      url: string;
      /** Why the address cannot be used, in Swedish, for the member to read as it is (webAppUrlProblem). */
      message: string;
    };

const MIN_TOKEN_LENGTH = 16;
const MAX_TOKEN_LENGTH = 200;
const MAX_URL_LENGTH = 2048;
/**
 * A versioned deployment's address, also in the form Google gives a Workspace domain. Only `/exec`: the `/dev` address
 * runs the head deployment, which "can only be accessed by users who have edit access to the script"
 * (developers.google.com/apps-script/guides/web#test_a_web_app_deployment), so a member's extension would get Google's
 * sign-in page for ever.
 */
const APPS_SCRIPT_EXEC_URL = /^https:\/\/script\.google\.com\/(?:a\/macros\/[^/\s?#]+|macros)\/s\/[\w-]+\/exec$/;
const APPS_SCRIPT_DEV_URL =
  /^https:\/\/script\.google\.com\/(?:a\/macros\/[^/\s?#]+|macros)\/s\/[\w-]+\/dev(?:[/?#]|$)/;
const APPS_SCRIPT_ANY_URL = /^https:\/\/script\.google\.com\//;
/** `malkoll serve`'s web app, which listens on loopback only. */
const LOCAL_EXEC_URL = /^http:\/\/127\.0\.0\.1:([1-9]\d{0,4})\/exec$/;
const LOCAL_ANY_URL = /^http:\/\/127\.0\.0\.1(?::\d+)?(?:[/?#]|$)/;
const LOCAL_MAX_PORT = 65535;

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

function isLocalExecUrl(url: string): boolean {
  const port = LOCAL_EXEC_URL.exec(url)?.[1];
  return port !== undefined && Number(port) <= LOCAL_MAX_PORT;
}

/**
 * Why a web app address cannot go into a connection code, in Swedish as a member reads it (the extension's options
 * page shows it as it is; the add-on and the CLI refuse with it); null when a member's extension can use it.
 */
export function webAppUrlProblem(url: string): string | null {
  if (url.length > MAX_URL_LENGTH) return 'Koden pekar på en adress som är för lång för att vara en webbapps adress.';
  if (APPS_SCRIPT_EXEC_URL.test(url) || isLocalExecUrl(url)) return null;
  if (APPS_SCRIPT_DEV_URL.test(url)) {
    return `Koden pekar på webbappens testadress (den slutar på /dev), som bara den som får redigera skriptet kan öppna – inte ditt tillägg: ${url}. Be styrelsen om en ny kod med webbappens driftsatta adress, den som slutar på /exec.`;
  }
  if (APPS_SCRIPT_ANY_URL.test(url)) {
    return `Koden pekar på en Apps Script-adress som inte är en driftsatt webbapp (en sådan slutar på /exec): ${url}. Be styrelsen om en ny kod.`;
  }
  if (LOCAL_ANY_URL.test(url)) {
    return `Koden pekar på den här datorn men inte på malkoll serves webbapp (http://127.0.0.1:<port>/exec): ${url}.`;
  }
  return `Koden pekar på en adress som Målkoll inte kan använda: ${url}. Målkoll skickar bara till en Apps Script-webbapp (https://script.google.com/…/exec) eller till malkoll serve på den här datorn (http://127.0.0.1:<port>/exec).`;
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
  const message = webAppUrlProblem(url);
  if (message !== null) return { ok: false, problem: 'url', url, message };
  return { ok: true, connection: { url, token }, local: isLocalExecUrl(url) };
}

/** The url and token in a code, or null for any code readConnectionCode refuses. */
export function decodeConnectionCode(code: string): Connection | null {
  const read = readConnectionCode(code);
  return read.ok ? read.connection : null;
}

/** The code for a web app address and token; throws for one no member's extension could use. */
export function encodeConnectionCode(connection: Connection): string {
  const { url, token } = connection;
  const problem = webAppUrlProblem(url);
  if (problem !== null) throw new Error(problem);
  if (!isToken(token)) throw new Error(`A token is ${MIN_TOKEN_LENGTH} to ${MAX_TOKEN_LENGTH} characters long.`);
  return `${CONNECTION_CODE_PREFIX}${base64UrlEncode(utf8Bytes(JSON.stringify({ url, token })))}`;
}
