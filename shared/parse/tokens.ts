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

const TOKEN = /(\d+(?:[.,]\d+)?)|([\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*)|(%)|([”“"„«»])|(\S)/gu;
const THOUSANDS_GROUP = /^\d{3}$/;

/** The tokens of `text` from `from` to `to`, appended to `tokens`; offsets are into the whole text. */
export function tokenize(text: string, from = 0, to = text.length, tokens: Token[] = []): Token[] {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  // An exec loop rather than matchAll (ES2020): shared/ compiles to ES2019, the newest lib Apps Script is held to.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(part); match !== null; match = TOKEN.exec(part)) {
    const [whole, number, word, percent, quote] = match;
    const start = match.index + from;
    const kind: TokenKind = number ? 'number' : word ? 'word' : percent ? 'percent' : quote ? 'quote' : 'punct';
    const previous = tokens[tokens.length - 1];
    // "1 000": a group of three digits one space after a short whole number continues it.
    if (
      kind === 'number' &&
      previous?.kind === 'number' &&
      THOUSANDS_GROUP.test(whole) &&
      /^\d{1,3}$/.test(previous.text) &&
      start === previous.end + 1
    ) {
      previous.text = text.slice(previous.start, start + whole.length);
      previous.lower = previous.text;
      previous.end = start + whole.length;
      previous.value = previous.value * 1000 + Number(whole);
      continue;
    }
    tokens.push({
      kind,
      text: whole,
      lower: whole.toLowerCase(),
      start,
      end: start + whole.length,
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
