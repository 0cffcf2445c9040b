// Cadence periods in Swedish: "i kvartalet", "per månad", "varje termin", "om året", "veckovis".
import type { CadencePeriod } from '../../model/target.ts';
import type { Token } from '../tokens.ts';

const PERIOD_NOUNS: Record<string, CadencePeriod> = {
  vecka: 'week',
  veckan: 'week',
  månad: 'month',
  månaden: 'month',
  kvartal: 'quarter',
  kvartalet: 'quarter',
  termin: 'term',
  terminen: 'term',
  år: 'year',
  året: 'year',
};
/** "i"/"om" need the definite form: "i året" is a cadence, "i år" (this year) is not. */
const DEFINITE = new Set(['veckan', 'månaden', 'kvartalet', 'terminen', 'året']);
const PERIOD_ADVERBS: Record<string, CadencePeriod> = {
  veckovis: 'week',
  månadsvis: 'month',
  kvartalsvis: 'quarter',
  terminsvis: 'term',
  årligen: 'year',
  årsvis: 'year',
};

export interface Period {
  per: CadencePeriod;
  /** Token index after the phrase. */
  end: number;
}

/** The period phrase starting at `index`. "under året" is deliberately none: over the plan's year it is a count. */
export function periodAt(tokens: readonly Token[], index: number): Period | undefined {
  const word = tokens[index]?.lower ?? '';
  const adverb = PERIOD_ADVERBS[word];
  if (adverb) return { per: adverb, end: index + 1 };
  const noun = tokens[index + 1]?.lower ?? '';
  const per = PERIOD_NOUNS[noun];
  if (!per) return undefined;
  const fits =
    word === 'per' || word === 'varje' || word === 'varenda' || ((word === 'i' || word === 'om') && DEFINITE.has(noun));
  return fits ? { per, end: index + 2 } : undefined;
}
