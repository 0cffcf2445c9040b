// Turns the bytes of a plan file into text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.
// Written by hand because Apps Script has no TextDecoder.

/** Windows-1252 bytes 0x80–0x9F; the five undefined bytes map to the C1 control of the same value, as browsers do. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Collects UTF-16 code units and turns them into a string in chunks, so big files do not overflow the call stack. */
class CodeUnits {
  private readonly units: Uint16Array;
  private length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
  }

  push(unit: number): void {
    this.units[this.length++] = unit;
  }

  pushCodePoint(codePoint: number): void {
    if (codePoint < 0x10000) {
      this.push(codePoint);
      return;
    }
    const offset = codePoint - 0x10000;
    this.push(0xd800 + (offset >> 10));
    this.push(0xdc00 + (offset & 0x3ff));
  }

  toString(): string {
    const chunk = 0x2000;
    const parts: string[] = [];
    for (let start = 0; start < this.length; start += chunk) {
      parts.push(String.fromCharCode(...this.units.subarray(start, Math.min(start + chunk, this.length))));
    }
    return parts.join('');
  }
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/** Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF); null when the bytes are not UTF-8. */
function decodeUtf8(bytes: Uint8Array, start: number): string | null {
  const out = new CodeUnits(bytes.length - start);
  let index = start;
  while (index < bytes.length) {
    const first = bytes[index] as number;
    if (first < 0x80) {
      out.push(first);
      index += 1;
      continue;
    }
    const second = bytes[index + 1];
    const third = bytes[index + 2];
    const fourth = bytes[index + 3];
    if (first >= 0xc2 && first <= 0xdf && isContinuation(second)) {
      out.push(((first & 0x1f) << 6) | ((second as number) & 0x3f));
      index += 2;
    } else if (first >= 0xe0 && first <= 0xef && isContinuation(second) && isContinuation(third)) {
      const codePoint = ((first & 0x0f) << 12) | (((second as number) & 0x3f) << 6) | ((third as number) & 0x3f);
      if (codePoint < 0x800 || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return null;
      out.push(codePoint);
      index += 3;
    } else if (
      first >= 0xf0 &&
      first <= 0xf4 &&
      isContinuation(second) &&
      isContinuation(third) &&
      isContinuation(fourth)
    ) {
      const codePoint =
        ((first & 0x07) << 18) |
        (((second as number) & 0x3f) << 12) |
        (((third as number) & 0x3f) << 6) |
        ((fourth as number) & 0x3f);
      if (codePoint < 0x10000 || codePoint > 0x10ffff) return null;
      out.pushCodePoint(codePoint);
      index += 4;
    } else {
      return null;
    }
  }
  return out.toString();
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const out = new CodeUnits(bytes.length >> 1);
  for (let index = 2; index + 1 < bytes.length; index += 2) {
    const low = bytes[index] as number;
    const high = bytes[index + 1] as number;
    out.push(littleEndian ? (high << 8) | low : (low << 8) | high);
  }
  return out.toString();
}

function decodeWindows1252(bytes: Uint8Array): string {
  const out = new CodeUnits(bytes.length);
  for (const byte of bytes) out.push(byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] as number) : byte);
  return out.toString();
}

/** Decodes a plan file. Never throws: bytes that are not UTF-8 are read as Windows-1252 (Word's "Text only" on Windows). */
export function decodePlanBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return decodeUtf8(bytes, bom) ?? decodeWindows1252(bytes);
}
