// The connection code the board hands out: `MALKOLL1:` + base64url of {"url", "token"}. Decoded here, zod-free for the options page.
import type { MessageKey } from './i18n.ts';

export const CODE_PREFIX = 'MALKOLL1:';
/** The local web app (`npm start`) is reached through this optional host permission, asked for on connect. */
export const LOCAL_ORIGIN_PATTERN = 'http://127.0.0.1/*';

export type Connection = { url: string; token: string };
export type CodeError = { key: MessageKey; detail?: string };
export type DecodedCode =
  | { ok: true; connection: Connection; needsLocalPermission: boolean }
  | { ok: false; error: CodeError };

const APPS_SCRIPT_URL = /^https:\/\/script\.google\.com\/(?:a\/macros\/[^/\s]+|macros)\/s\/[\w-]+\/(?:exec|dev)$/;
const LOCAL_URL = /^http:\/\/127\.0\.0\.1:\d{1,5}(?:\/[^\s?#]*)?$/;

export function decodeConnectionCode(input: string): DecodedCode {
  const code = input.replace(/\s+/g, '');
  if (code === '') return { ok: false, error: { key: 'codeEmpty' } };
  if (!code.startsWith(CODE_PREFIX)) return { ok: false, error: { key: 'codePrefix' } };
  const payload = parsePayload(code.slice(CODE_PREFIX.length));
  if (payload === undefined) return { ok: false, error: { key: 'codeDamaged' } };
  const { url, token } = (payload ?? {}) as Record<string, unknown>;
  if (typeof url !== 'string' || typeof token !== 'string' || url === '' || token.length < 16 || token.length > 200) {
    return { ok: false, error: { key: 'codeIncomplete' } };
  }
  const isLocal = LOCAL_URL.test(url);
  if (!isLocal && !APPS_SCRIPT_URL.test(url)) return { ok: false, error: { key: 'codeBadUrl', detail: url } };
  return { ok: true, connection: { url, token }, needsLocalPermission: isLocal };
}

/** The parsed JSON, or undefined when the text is not base64url of UTF-8 JSON. */
function parsePayload(text: string): unknown {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, ''));
    const json = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (char) => char.charCodeAt(0)),
    );
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}
