// What every target reader shares: the passage being read, which tokens are taken, and the found-target shape.
import type { Target } from '../../model/target.ts';
import type { Token } from '../tokens.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A target's own fields; the id, source and quoted text are added once the reading is accepted. */
export type TargetReading = DistributiveOmit<Target, 'id' | 'source' | 'text'>;

/** A reading over the tokens [from, to). */
export interface Found {
  from: number;
  to: number;
  reading: TargetReading;
}

export interface Passage {
  text: string;
  tokens: Token[];
  /** Tokens already part of an accepted target; later readers must leave them alone. */
  claimed: boolean[];
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
