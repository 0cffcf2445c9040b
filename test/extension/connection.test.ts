// Connection codes as a member pastes them on the options page: what a good code connects to, and the Swedish message a
// broken one shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeProblemText } from '../../extension/connection.ts';
import { type Messages, translator } from '../../extension/i18n.ts';
import { encodeConnectionCode, readConnectionCode } from '../../shared/webapp/connection-code.ts';

const sv = translator(JSON.parse(readFileSync('extension/_locales/sv/messages.json', 'utf8')) as Messages);
const APPS_SCRIPT = 'https://script.google.com/macros/s/AKfycbx-Example_Deployment123/exec';
const TOKEN = 'tok_6b9f1c2d3e4f5a6b7c8d';
const base64url = (text: string) => Buffer.from(text).toString('base64url');

function errorText(code: string): string {
  const read = readConnectionCode(code);
  if (read.ok) throw new Error('expected a bad code');
  return codeProblemText(read, sv);
}

describe('pasting a connection code', () => {
  it('reads an Apps Script web app code, even with spaces and line breaks pasted around it', () => {
    const code = encodeConnectionCode({ url: APPS_SCRIPT, token: TOKEN });
    expect(readConnectionCode(`  ${code.slice(0, 20)}\n${code.slice(20)} `)).toEqual({
      ok: true,
      connection: { url: APPS_SCRIPT, token: TOKEN },
      local: false,
    });
  });

  it('reads a local web app code and says it is local', () => {
    const read = readConnectionCode(encodeConnectionCode({ url: 'http://127.0.0.1:8787/exec', token: TOKEN }));
    expect(read).toMatchObject({ ok: true, local: true });
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
    expect(errorText(`MALKOLL1:${base64url('{"url":"x"}')}`)).toBe(
      'Koden saknar adress eller nyckel. Be styrelsen om en ny kod.',
    );
    expect(
      errorText(`MALKOLL1:${base64url(JSON.stringify({ url: 'https://evil.example/exec', token: TOKEN }))}`),
    ).toMatch(/^Koden pekar på en adress som Målkoll inte kan använda: https:\/\/evil\.example\/exec\./);
    // A test deployment's address: the decoder's own reason, as it is.
    const dev = APPS_SCRIPT.replace(/exec$/, 'dev');
    expect(errorText(`MALKOLL1:${base64url(JSON.stringify({ url: dev, token: TOKEN }))}`)).toContain(
      'Koden pekar på webbappens testadress (den slutar på /dev)',
    );
  });
});
