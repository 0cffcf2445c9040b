// Connection codes: what a pasted code decodes to, and the Swedish message a broken one shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeConnectionCode } from '../../extension/connection.ts';
import { type Messages, translator } from '../../extension/i18n.ts';
import { encodeConnectionCode } from '../../shared/webapp/connection-code.ts';

const sv = translator(JSON.parse(readFileSync('extension/_locales/sv/messages.json', 'utf8')) as Messages);
const APPS_SCRIPT = 'https://script.google.com/macros/s/AKfycbx-Example_Deployment123/exec';
const TOKEN = 'tok_6b9f1c2d3e4f5a6b7c8d';

function errorText(code: string): string {
  const decoded = decodeConnectionCode(code);
  if (decoded.ok) throw new Error('expected a bad code');
  return sv(decoded.error.key, decoded.error.detail ?? '');
}

describe('decodeConnectionCode', () => {
  it('reads an Apps Script web app code, even with spaces and line breaks pasted around it', () => {
    const code = encodeConnectionCode({ url: APPS_SCRIPT, token: TOKEN });
    expect(decodeConnectionCode(`  ${code.slice(0, 20)}\n${code.slice(20)} `)).toEqual({
      ok: true,
      connection: { url: APPS_SCRIPT, token: TOKEN },
      needsLocalPermission: false,
    });
  });

  it('accepts a Workspace domain deployment', () => {
    const url = 'https://script.google.com/a/macros/vansterpartiet.se/s/AKfycbz123/exec';
    expect(decodeConnectionCode(encodeConnectionCode({ url, token: TOKEN })).ok).toBe(true);
  });

  it('reads a local web app code and says it needs the local permission', () => {
    const decoded = decodeConnectionCode(encodeConnectionCode({ url: 'http://127.0.0.1:8787/exec', token: TOKEN }));
    expect(decoded).toMatchObject({ ok: true, needsLocalPermission: true });
  });

  it('decodes non-ASCII tokens through UTF-8', () => {
    const decoded = decodeConnectionCode(encodeConnectionCode({ url: APPS_SCRIPT, token: 'ÅÄÖ-nyckel-0123456789' }));
    expect(decoded).toMatchObject({ ok: true, connection: { token: 'ÅÄÖ-nyckel-0123456789' } });
  });

  it('explains bad codes in Swedish', () => {
    expect(errorText('   ')).toBe('Klistra in anslutningskoden.');
    expect(errorText('https://script.google.com/macros/s/x/exec')).toBe(
      'Koden ska börja med MALKOLL1: – kopiera hela koden från styrelsen.',
    );
    expect(errorText('MALKOLL1:inte%base64')).toBe('Koden är skadad och går inte att läsa. Kopiera den igen, hela.');
    expect(errorText(encodeConnectionCode({ url: APPS_SCRIPT, token: TOKEN }).slice(0, 30))).toBe(
      'Koden är skadad och går inte att läsa. Kopiera den igen, hela.',
    );
    expect(errorText(`MALKOLL1:${Buffer.from('{"url":"x"}').toString('base64url')}`)).toBe(
      'Koden saknar adress eller nyckel. Be styrelsen om en ny kod.',
    );
    expect(errorText(encodeConnectionCode({ url: 'https://evil.example/exec', token: TOKEN }))).toBe(
      'Koden pekar på en adress som Målkoll inte kan använda: https://evil.example/exec',
    );
    expect(errorText(encodeConnectionCode({ url: 'http://192.168.1.5:8787/exec', token: TOKEN }))).toContain(
      'Målkoll inte kan använda',
    );
  });
});
