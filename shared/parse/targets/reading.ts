// What every target reader shares: the passage being read, which tokens are taken, and the found-target shape.
import type { Target } from '../../model/target.ts';
import type { Token } from '../tokens.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A target's own fields; the id, source and quoted text are added once the reading is accepted. */
export type TargetReading = DistributiveOmit<Target, 'id' | 'source' | 'text' | 'unsure'>;

/** A reading over the tokens [from, to). */
export interface Found {
  from: number;
  to: number;
  reading: TargetReading;
  /** Why the reader is unsure of it, for the board (Swedish). */
  unsure?: string;
}

export interface Passage {
  text: string;
  /** The text in lower case, for the patterns that decide whether a reader runs at all. */
  lower: string;
  tokens: Token[];
  /** Tokens already part of an accepted target, or in a sentence not read; later readers must leave them alone. */
  claimed: Uint8Array;
  /** Token ranges [start, end) of the sentences, found once so no reader scans the passage per number. */
  sentences: Array<[number, number]>;
  /** The index into `sentences` of each token's sentence. */
  sentenceOf: Int32Array;
  /** Indices of the tokens that are numbers, digits or words ("15", "två"), for the readers that start at one. */
  numbers: number[];
}

/** A fact about each sentence, worked out once per sentence however many numbers it holds: keyed by token index. */
export function perSentence<T>(passage: Passage, compute: (start: number, end: number) => T): (index: number) => T {
  let cache: Map<number, T> | undefined;
  return (index) => {
    const sentence = passage.sentenceOf[index] ?? 0;
    cache ??= new Map();
    if (!cache.has(sentence)) {
      const [start, end] = passage.sentences[sentence] ?? [0, passage.tokens.length];
      cache.set(sentence, compute(start, end));
    }
    return cache.get(sentence) as T;
  };
}

/** The sentence [start, end) holding token `index`. */
export function sentenceAround(passage: Passage, index: number): [number, number] {
  return passage.sentences[passage.sentenceOf[index] ?? 0] ?? [0, passage.tokens.length];
}

export function isFree(passage: Passage, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (passage.claimed[index]) return false;
  return true;
}

export function isPunctuation(token: Token | undefined): boolean {
  return token === undefined || token.kind === 'punct' || token.kind === 'quote';
}

/** Words that never name a unit, a metric or a role. */
export const FUNCTION_WORDS = new Set([
  'att',
  'och',
  'i',
  'på',
  'för',
  'med',
  'som',
  'till',
  'av',
  'under',
  'per',
  'varje',
  'om',
  'från',
  'eller',
  'samt',
  'men',
  'inom',
  'vid',
  'hos',
  'mot',
  'ska',
  'kan',
  'är',
  'har',
  'blir',
  'en',
  'ett',
  'den',
  'det',
  'de',
  'sin',
  'sina',
  'vår',
  'våra',
  'vårt',
  'så',
  'genom',
  'efter',
  'innan',
  'där',
  'när',
  'respektive',
]);
