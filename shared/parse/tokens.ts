// Cuts a plan sentence into words, numbers, percent signs, quotes and punctuation, keeping each one's position.

export type TokenKind = 'word' | 'number' | 'percent' | 'quote' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  lower: string;
  /** Character offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** The value of a `number` token, else NaN. */
  value: number;
}

const QUOTES = new Set(['”', '“', '"', '„', '«', '»']);
/** Joins word parts: "S-förening", "partiföreningarnas", "Vänsterpartiets". */
const WORD_JOINERS = new Set(['-', "'", '’']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Beyond Latin-1 a code point is looked up once per plan, not tested per occurrence. */
const letterOrDigitCache = new Map<number, boolean>();
const spaceCache = new Map<number, boolean>();

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return isAsciiDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0xc0 && code <= 0xff) return code !== 0xd7 && code !== 0xf7;
  let known = letterOrDigitCache.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(code));
    letterOrDigitCache.set(code, known);
  }
  return known;
}

function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  let known = spaceCache.get(code);
  if (known === undefined) {
    known = SPACE.test(String.fromCodePoint(code));
    spaceCache.set(code, known);
  }
  return known;
}

/** The code point at `at` and how many UTF-16 units it takes. */
function codeAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(at) as number) : code;
}

function spacesEnd(text: string, at: number, to: number): number {
  let end = at;
  while (end < to) {
    const code = text.charCodeAt(end);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) end++;
    else if (code >= 0x80 && isSpace(codeAt(text, end))) end += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    else break;
  }
  return end;
}

function digitsEnd(text: string, at: number, to: number): number {
  let end = at;
  while (end < to && isAsciiDigit(text.charCodeAt(end))) end++;
  return end;
}

function lettersEnd(text: string, at: number, to: number): number {
  let end = at;
  while (end < to) {
    const code = text.charCodeAt(end);
    if (code < 0x80) {
      if (!isLetterOrDigit(code)) break;
      end++;
    } else {
      const point = codeAt(text, end);
      if (!isLetterOrDigit(point)) break;
      end += point > 0xffff ? 2 : 1;
    }
  }
  return end;
}

/** Where the number starting at `start` ends: digits, and a decimal part after "," or ".". */
function numberEnd(text: string, start: number, to: number): number {
  const end = digitsEnd(text, start, to);
  const mark = text.charCodeAt(end);
  if ((mark === 0x2e || mark === 0x2c) && end + 1 < to && isAsciiDigit(text.charCodeAt(end + 1))) {
    return digitsEnd(text, end + 1, to);
  }
  return end;
}

/** Where the word starting at `start` ends: letters and digits, joined by - or '. */
function wordEnd(text: string, start: number, to: number): number {
  let end = lettersEnd(text, start, to);
  while (end + 1 < to && WORD_JOINERS.has(text[end] as string) && isLetterOrDigit(codeAt(text, end + 1)))
    end = lettersEnd(text, end + 1, to);
  return end;
}

const THOUSANDS_GROUP = /^\d{3}$/;

/**
 * The tokens of `text` from `from` to `to`, appended to `tokens`; offsets are into the whole text. Numbers are digits
 * with a decimal part after "," or "."; words are letters and digits joined by - or '. Scanned by character code, as
 * a regular expression with Unicode classes is the slowest step of reading a large plan.
 */
export function tokenize(text: string, from = 0, to = text.length, tokens: Token[] = []): Token[] {
  let at = from;
  while (at < to) {
    at = spacesEnd(text, at, to);
    if (at >= to) break;
    const start = at;
    const code = codeAt(text, start);
    let kind: TokenKind = 'word';
    let end: number;
    if (isAsciiDigit(code)) {
      kind = 'number';
      end = numberEnd(text, start, to);
    } else if (isLetterOrDigit(code)) end = wordEnd(text, start, to);
    else {
      end = start + (code > 0xffff ? 2 : 1);
      const char = text.slice(start, end);
      kind = char === '%' ? 'percent' : QUOTES.has(char) ? 'quote' : 'punct';
    }
    at = end;
    const whole = text.slice(start, end);
    const previous = tokens[tokens.length - 1];
    // "1 000": a group of three digits one space after a short whole number continues it.
    if (
      kind === 'number' &&
      previous?.kind === 'number' &&
      THOUSANDS_GROUP.test(whole) &&
      /^\d{1,3}$/.test(previous.text) &&
      start === previous.end + 1
    ) {
      previous.text = text.slice(previous.start, end);
      previous.lower = previous.text;
      previous.end = end;
      previous.value = previous.value * 1000 + Number(whole);
      continue;
    }
    tokens.push({
      kind,
      text: whole,
      lower: kind === 'word' ? whole.toLowerCase() : whole,
      start,
      end,
      value: kind === 'number' ? Number(whole.replace(',', '.')) : Number.NaN,
    });
  }
  return tokens;
}

const SENTENCE_END = new Set(['!', '?', ';']);
const ABBREVIATIONS = new Set([
  'ca',
  't',
  'ex',
  'bl',
  'a',
  'm',
  'fl',
  'tex',
  'dvs',
  'osv',
  'etc',
  'inkl',
  'st',
  'nr',
  'kl',
]);

const UPPER_CASE_START = /^\p{Lu}/u;

/**
 * Token index ranges [start, end) of the sentences; a full stop after an abbreviation or before lower case is none.
 * A sentence also ends after each token index in `breaks` (where text was left out between two tokens).
 */
export function sentences(tokens: readonly Token[], breaks?: ReadonlySet<number>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  tokens.forEach((token, index) => {
    const ends =
      SENTENCE_END.has(token.text) ||
      (token.text === '.' &&
        !ABBREVIATIONS.has(tokens[index - 1]?.lower ?? '') &&
        (index === tokens.length - 1 || UPPER_CASE_START.test(tokens[index + 1]?.text ?? '')));
    if (ends) {
      ranges.push([start, index]);
      start = index + 1;
    } else if (breaks?.has(index)) {
      ranges.push([start, index + 1]);
      start = index + 1;
    }
  });
  if (start < tokens.length) ranges.push([start, tokens.length]);
  return ranges;
}
