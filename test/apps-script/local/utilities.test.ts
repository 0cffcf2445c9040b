// Utilities against known values: digests as Java's signed bytes, base64, HMAC, SimpleDateFormat in real zones.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../apps-script/local/index.ts';

const { Utilities } = createRuntime();

function signedBytes(hex: string): number[] {
  return (hex.match(/../g) ?? []).map((h) => {
    const b = Number.parseInt(h, 16);
    return b > 127 ? b - 256 : b;
  });
}

describe('Utilities', () => {
  it('computes SHA-256 and MD5 of "abc" as signed bytes', () => {
    const sha = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(sha.slice(0, 4)).toEqual([-70, 120, 22, -65]);
    expect(sha).toEqual(signedBytes('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'));
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc')).toEqual(
      signedBytes('900150983cd24fb0d6963f7d28e17f72'),
    );
  });

  it('hashes text as UTF-8, or US-ASCII with ? for other characters, and bytes as given', () => {
    const utf8 = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_1, 'å', Utilities.Charset.UTF_8);
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_1, [-61, -91])).toEqual(utf8);
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_1, 'å', Utilities.Charset.US_ASCII)).toEqual(
      Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_1, '?'),
    );
  });

  it('computes HMAC-SHA256 of the standard test vector', () => {
    expect(Utilities.computeHmacSha256Signature('The quick brown fox jumps over the lazy dog', 'key')).toEqual(
      signedBytes('f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8'),
    );
  });

  it('encodes and decodes base64, web-safe keeping the padding', () => {
    expect(Utilities.base64Encode('Hello, world!')).toBe('SGVsbG8sIHdvcmxkIQ==');
    expect(Utilities.base64Encode([-5, -1])).toBe('+/8=');
    expect(Utilities.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(Utilities.base64Decode('SGVq')).toEqual([72, 101, 106]);
    expect(Utilities.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
    expect(() => Utilities.base64Decode('not base64!')).toThrow('Could not decode string.');
  });

  it('formats dates with SimpleDateFormat patterns in Europe/Stockholm across the DST change', () => {
    const beforeDst = new Date('2024-03-31T00:30:00Z');
    const afterDst = new Date('2024-03-31T01:30:00Z');
    const pattern = 'yyyy-MM-dd HH:mm:ss EEE z Z XXX';
    expect(Utilities.formatDate(beforeDst, 'Europe/Stockholm', pattern)).toBe(
      '2024-03-31 01:30:00 Sun CET +0100 +01:00',
    );
    expect(Utilities.formatDate(afterDst, 'Europe/Stockholm', pattern)).toBe(
      '2024-03-31 03:30:00 Sun CEST +0200 +02:00',
    );
    expect(Utilities.formatDate(afterDst, 'Europe/Stockholm', "EEEE d MMMM yy 'kl.' H.mm, hh a, D, u, ''")).toBe(
      "Sunday 31 March 24 kl. 3.30, 03 AM, 91, 7, '",
    );
    expect(Utilities.formatDate(afterDst, 'UTC', 'yyyy-MM-dd HH:mm X')).toBe('2024-03-31 01:30 Z');
    expect(Utilities.formatDate(afterDst, 'Not/AZone', 'HH:mm z')).toBe('01:30 GMT');
    expect(() => Utilities.formatDate('2024' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  it('makes UUIDs, blobs and parses CSV', () => {
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const blob = Utilities.newBlob('Hej då', 'text/plain', 'a.txt');
    expect(blob.getBytes().slice(0, 3)).toEqual([72, 101, 106]);
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual(['Hej då', 'text/plain', 'a.txt']);
    expect(Utilities.parseCsv('a,"b ""c""",d\r\n1,,3')).toEqual([
      ['a', 'b "c"', 'd'],
      ['1', '', '3'],
    ]);
  });
});
