// Swedish numbers and the words that qualify them ("cirka 15", "minst ett", "fler än tre").
import type { Token } from './tokens.ts';

const ONES: Record<string, number> = {
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
};
const TEENS: Record<string, number> = {
  tio: 10,
  elva: 11,
  tolv: 12,
  tretton: 13,
  fjorton: 14,
  femton: 15,
  sexton: 16,
  sjutton: 17,
  arton: 18,
  aderton: 18,
  nitton: 19,
  hundra: 100,
  etthundra: 100,
  tusen: 1000,
  ettusen: 1000,
};
const TENS: Record<string, number> = {
  tjugo: 20,
  trettio: 30,
  fyrtio: 40,
  femtio: 50,
  sextio: 60,
  sjuttio: 70,
  åttio: 80,
  nittio: 90,
};
/** Every number word with its value, compounds included ("tjugofem"), so a lookup is one map access. */
const NUMBER_WORDS = new Map<string, number>([...Object.entries(ONES), ...Object.entries(TEENS)]);
for (const [tensWord, tensValue] of Object.entries(TENS)) {
  NUMBER_WORDS.set(tensWord, tensValue);
  for (const [onesWord, onesValue] of Object.entries(ONES))
    NUMBER_WORDS.set(tensWord + onesWord, tensValue + onesValue);
}

/** The value of a digit token or a number word: en … nio, tio … nitton, tjugo … nittio, compounds, hundra, tusen. */
export function tokenNumber(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  if (token.kind === 'number') return token.value;
  return token.kind === 'word' ? NUMBER_WORDS.get(token.lower) : undefined;
}

export function isArticle(token: Token): boolean {
  return token.lower === 'en' || token.lower === 'ett';
}

/** min: "minst", "över", "fler än"; approximate: "ca", "cirka"; ceiling: "högst", "upp till" (never a target). */
export type QualifierKind = 'min' | 'approximate' | 'ceiling';

const QUALIFIERS: Array<{ words: string[]; kind: QualifierKind; bound?: 'minst' | 'över' }> = [
  { words: ['minst'], kind: 'min', bound: 'minst' },
  { words: ['åtminstone'], kind: 'min', bound: 'minst' },
  { words: ['över'], kind: 'min', bound: 'över' },
  { words: ['drygt'], kind: 'min', bound: 'över' },
  { words: ['mer', 'än'], kind: 'min', bound: 'över' },
  { words: ['fler', 'än'], kind: 'min', bound: 'över' },
  { words: ['ca', '.'], kind: 'approximate' },
  { words: ['ca'], kind: 'approximate' },
  { words: ['cirka'], kind: 'approximate' },
  { words: ['ungefär'], kind: 'approximate' },
  { words: ['omkring'], kind: 'approximate' },
  { words: ['runt'], kind: 'approximate' },
  { words: ['närmare'], kind: 'approximate' },
  { words: ['högst'], kind: 'ceiling' },
  { words: ['max'], kind: 'ceiling' },
  { words: ['maximalt'], kind: 'ceiling' },
  { words: ['upp', 'till'], kind: 'ceiling' },
  { words: ['under'], kind: 'ceiling' },
];

export interface Qualifier {
  kind: QualifierKind | 'none';
  /** For a lower bound: "minst" reaches the number, "över" must pass it. */
  bound?: 'minst' | 'över';
  /** Index of the qualifier's first token; the number's own index when there is none. */
  start: number;
}

/** The qualifiers by their last word, so a number without one is passed by one lookup. */
const QUALIFIERS_BY_LAST_WORD = new Map<string, typeof QUALIFIERS>();
for (const qualifier of QUALIFIERS) {
  const last = qualifier.words[qualifier.words.length - 1] as string;
  QUALIFIERS_BY_LAST_WORD.set(last, [...(QUALIFIERS_BY_LAST_WORD.get(last) ?? []), qualifier]);
}

/** The qualifier right before the number at `index`. */
export function qualifierBefore(tokens: readonly Token[], index: number): Qualifier {
  for (const { words, kind, bound } of QUALIFIERS_BY_LAST_WORD.get(tokens[index - 1]?.lower ?? '') ?? []) {
    const start = index - words.length;
    if (start >= 0 && words.every((word, offset) => tokens[start + offset]?.lower === word)) {
      return bound ? { kind, start, bound } : { kind, start };
    }
  }
  return { kind: 'none', start: index };
}

/** A bare four-digit number from 1900 to 2100 is a year ("valet 2026"), not an amount. */
export function isYear(token: Token): boolean {
  return token.kind === 'number' && /^\d{4}$/.test(token.text) && token.value >= 1900 && token.value <= 2100;
}
