// The connection code a member pastes into the extension: round trip, tolerance for pasting, and refusal of junk.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeConnectionCode, encodeConnectionCode } from '../../shared/webapp/connection-code.ts';

describe('connection code', () => {
  it('is MALKOLL1: and base64url of the url and token JSON', () => {
    const code = encodeConnectionCode({ url: 'https://script.google.com/macros/s/abc/exec', token: 'a'.repeat(64) });
    expect(code).toMatch(/^MALKOLL1:[A-Za-z0-9_-]+$/);
    const json = Buffer.from(code.slice('MALKOLL1:'.length), 'base64url').toString('utf8');
    expect(JSON.parse(json)).toEqual({ url: 'https://script.google.com/macros/s/abc/exec', token: 'a'.repeat(64) });
  });

  it('round-trips any valid url and token, including non-ASCII', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.string({ minLength: 16, maxLength: 200 }), (url, token) => {
        expect(decodeConnectionCode(encodeConnectionCode({ url, token }))).toEqual({ url, token });
      }),
      { numRuns: 40 },
    );
    const url = 'http://127.0.0.1:8787/exec?ö=å';
    expect(decodeConnectionCode(encodeConnectionCode({ url, token: '😀'.repeat(16) }))).toEqual({
      url,
      token: '😀'.repeat(16),
    });
  });

  it('tolerates surrounding whitespace and base64 padding from a copy-paste', () => {
    const code = encodeConnectionCode({ url: 'http://127.0.0.1:8787/exec', token: 'x'.repeat(20) });
    expect(decodeConnectionCode(`  ${code}==\n`)).toEqual({ url: 'http://127.0.0.1:8787/exec', token: 'x'.repeat(20) });
  });

  it('refuses codes that are not ours or carry a bad url or token', () => {
    const wrap = (json: string) => `MALKOLL1:${Buffer.from(json).toString('base64url')}`;
    expect(decodeConnectionCode('hello')).toBeNull();
    expect(decodeConnectionCode('MALKOLL1:!!!')).toBeNull();
    expect(decodeConnectionCode(`MALKOLL1:${Buffer.from([0xff, 0xfe, 0x80]).toString('base64url')}`)).toBeNull();
    expect(decodeConnectionCode(wrap('{"url":"javascript:alert(1)","token":"aaaaaaaaaaaaaaaaaaaa"}'))).toBeNull();
    expect(decodeConnectionCode(wrap('{"url":"https://x.se/exec","token":"short"}'))).toBeNull();
    expect(decodeConnectionCode(wrap('{"url":"https://x.se/exec","token":"aaaaaaaaaaaaaaaaaaaa","x":1}'))).toBeNull();
    expect(decodeConnectionCode(wrap('not json'))).toBeNull();
    expect(() => encodeConnectionCode({ url: 'ftp://x', token: 'a'.repeat(20) })).toThrow();
  });
});
