// Plan files as bytes: UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1252 from Word on Windows.
import { describe, expect, it } from 'vitest';
import { decodePlanBytes, parsePlan, parsePlanBytes } from '../../../shared/parse/index.ts';
import { SEED_TEXT } from '../../support/seed.ts';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** Encodes text the way Word's "Text only" does on Swedish Windows; throws on characters 1252 lacks. */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = {
    '€': 0x80,
    '‚': 0x82,
    '„': 0x84,
    '…': 0x85,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '•': 0x95,
    '–': 0x96,
    '—': 0x97,
    '™': 0x99,
  };
  return new Uint8Array(
    [...text].map((char) => {
      const code = char.codePointAt(0) ?? 0;
      const byte = high[char] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
      if (byte === undefined) throw new Error(`not in Windows-1252: ${char}`);
      return byte;
    }),
  );
}

describe('decodePlanBytes', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodePlanBytes(utf8('Delmål 1: ”Miljö” – 10 € 🌱'))).toBe('Delmål 1: ”Miljö” – 10 € 🌱');
    expect(decodePlanBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Åsa')]))).toBe('Åsa');
    expect(decodePlanBytes(new Uint8Array())).toBe('');
  });

  it('decodes Windows-1252, including the bytes 0x80–0x9F', () => {
    const text = 'Delmål 1: Fortsatt prioritera områdena: ”Miljö” • ‚x„ … ’ “ — ™ € ÅÄÖåäöé';
    expect(decodePlanBytes(windows1252(text))).toBe(text);
  });

  it('falls back to Windows-1252 on overlong, surrogate and truncated UTF-8', () => {
    expect(decodePlanBytes(new Uint8Array([0xc0, 0xaf]))).toBe('À¯');
    expect(decodePlanBytes(new Uint8Array([0xed, 0xa0, 0x80]))).toBe('í\u00a0€');
    expect(decodePlanBytes(new Uint8Array([0x41, 0xc3]))).toBe('AÃ');
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const little = Buffer.from('\uFEFFDelmål ”1”', 'utf16le');
    expect(decodePlanBytes(new Uint8Array(little))).toBe('Delmål ”1”');
    const big = Buffer.from(little).swap16();
    expect(decodePlanBytes(new Uint8Array(big))).toBe('Delmål ”1”');
  });

  it('reads the seed plan saved as UTF-8, UTF-8 with BOM and Windows-1252 to the same plan', () => {
    const expected = parsePlan(SEED_TEXT);
    expect(expected.ok).toBe(true);
    expect(parsePlanBytes(utf8(SEED_TEXT))).toEqual(expected);
    expect(parsePlanBytes(utf8(`\uFEFF${SEED_TEXT}`))).toEqual(expected);
    expect(parsePlanBytes(windows1252(SEED_TEXT))).toEqual(expected);
  });

  it('decodes a large file in one go', () => {
    const text = `${'Åäö ”x” '.repeat(200_000)}\n`;
    expect(decodePlanBytes(utf8(text))).toBe(text);
  });
});
