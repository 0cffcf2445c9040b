// Cadence periods in Swedish: "i kvartalet", "per månad", "varje termin", "om året", "veckovis", "per vår och höst",
// "varannan månad".
import type { CadencePeriod } from '../../model/target.ts';
import type { Token } from '../tokens.ts';
import { isPunctuation } from './reading.ts';

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
  halvår: 'term',
  halvåret: 'term',
};
/** "i"/"om" need the definite form: "i året" is a cadence, "i år" (this year) is not. */
const DEFINITE = new Set(['veckan', 'månaden', 'kvartalet', 'terminen', 'året', 'halvåret']);
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
  /** Every n-th period ("varannan månad" → 2); undefined for every period. */
  every?: number;
  /** Token index after the phrase. */
  end: number;
}

/**
 * "varannan månad", "var tredje vecka": every n-th month or week. A report ticks them as runs of n periods from the
 * year's first (the last run of a 53-week year may be one week short), as a board counts "varannan vecka".
 */
const INTERVALS: Record<string, number> = { varannan: 2, tredje: 3, fjärde: 4, sjätte: 6 };
const INTERVAL_NOUNS: Record<string, CadencePeriod> = {
  månad: 'month',
  månaden: 'month',
  vecka: 'week',
  veckan: 'week',
};
/** "per vår och höst", "varje höst och vår": once in each term. */
const SEASON_PAIRS = [
  ['vår', 'och', 'höst'],
  ['höst', 'och', 'vår'],
];

function intervalAt(tokens: readonly Token[], index: number): Period | undefined {
  const word = tokens[index]?.lower ?? '';
  const other = INTERVAL_NOUNS[tokens[index + 1]?.lower ?? ''];
  if (word === 'varannan' && other) return { per: other, every: 2, end: index + 2 };
  const nth = INTERVALS[tokens[index + 1]?.lower ?? ''];
  const per = INTERVAL_NOUNS[tokens[index + 2]?.lower ?? ''];
  if (word === 'var' && nth !== undefined && nth > 2 && per) return { per, every: nth, end: index + 3 };
  return undefined;
}

function seasonsAt(tokens: readonly Token[], index: number): Period | undefined {
  const word = tokens[index]?.lower ?? '';
  if (word !== 'per' && word !== 'varje') return undefined;
  const pair = SEASON_PAIRS.find((words) =>
    words.every((season, offset) => tokens[index + 1 + offset]?.lower === season),
  );
  return pair ? { per: 'term', end: index + 1 + pair.length } : undefined;
}

/** The words a period phrase can start with, so most words are turned down with one lookup. */
const PERIOD_STARTS = new Set([
  'per',
  'varje',
  'varenda',
  'i',
  'om',
  'varannan',
  'var',
  ...Object.keys(PERIOD_ADVERBS),
]);

/** The period phrase starting at `index`. "under året" is deliberately none: over the plan's year it is a count. */
export function periodAt(tokens: readonly Token[], index: number): Period | undefined {
  const word = tokens[index]?.lower ?? '';
  if (!PERIOD_STARTS.has(word)) return undefined;
  const adverb = PERIOD_ADVERBS[word];
  if (adverb) return { per: adverb, end: index + 1 };
  const special = intervalAt(tokens, index) ?? seasonsAt(tokens, index);
  if (special) return special;
  const noun = tokens[index + 1]?.lower ?? '';
  const per = PERIOD_NOUNS[noun];
  if (!per) return undefined;
  const fits =
    word === 'per' || word === 'varje' || word === 'varenda' || ((word === 'i' || word === 'om') && DEFINITE.has(noun));
  return fits ? { per, end: index + 2 } : undefined;
}

/** How far from the amount a period may stand: "minst två studiecirklar om digital vardag ska startas per termin". */
const PERIOD_AFTER_WINDOW = 7;
const PERIOD_BEFORE_WINDOW = 4;
/** Words that open another clause: "ett skrivschema så att någon skriver varje vecka" is no weekly schema. */
const CLAUSE_OPENERS = new Set(['att', 'som', 'så', 'när', 'där', 'medan', 'eftersom', 'men']);

/** The end of the words that can belong to an amount: punctuation or the start of another clause. */
export function endsClause(token: Token | undefined): boolean {
  return isPunctuation(token) || CLAUSE_OPENERS.has(token?.lower ?? '');
}

/** "under året", "under hela verksamhetsåret": the amount is the year's, a count, whatever period a later clause names. */
const YEAR_NOUNS = new Set(['året', 'verksamhetsåret', 'kalenderåret']);
function yearSpanAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'under') return false;
  const next = tokens[at + 1]?.lower === 'hela' ? at + 2 : at + 1;
  return YEAR_NOUNS.has(tokens[next]?.lower ?? '');
}

/**
 * The period of an amount whose qualifier starts at `from` and whose unit ends at `to`: within seven words after the
 * unit or four before the amount, in the same clause, and not past a span of the whole year ("minst tio insändare
 * under året och synas på Facebook varannan vecka" is ten letters in the year).
 */
export function periodNear(
  tokens: readonly Token[],
  from: number,
  to: number,
): (Period & { start: number }) | undefined {
  for (let at = to; at < to + PERIOD_AFTER_WINDOW && !endsClause(tokens[at]) && !yearSpanAt(tokens, at); at++) {
    const after = periodAt(tokens, at);
    if (after) return { ...after, start: at };
  }
  for (let at = from - 1; at >= from - PERIOD_BEFORE_WINDOW && !endsClause(tokens[at]); at--) {
    const before = periodAt(tokens, at);
    if (before && before.end <= from) return { ...before, start: at };
  }
  return undefined;
}

const SEASONS = /^(?:våren|sommaren|hösten|vintern|julen|valrörelsen|valspurten|sommarhalvåret|vinterhalvåret)$/u;
const MONTHS = /^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$/u;
const SPAN_WORDS = new Set(['från', 'till', 'under', 'mellan', 'efter', 'före', 'inför', 'fram']);
/** "fram till valet", "inför valet": the weeks before an election, not the whole year. */
const ELECTION_SPAN_WORDS = new Set(['till', 'inför', 'före']);

/**
 * True when tokens [from, to) limit the time to part of the year ("under hösten", "från augusti till valdagen", "fram
 * till valet"): a
 * cadence over part of the year cannot be checked period by period over the whole year, so it is not read.
 */
export function limitsSpan(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const word = (tokens[at] as Token).lower;
    if (SEASONS.test(word) || word === 'valdagen') return true;
    if (word === 'valet' && ELECTION_SPAN_WORDS.has(tokens[at - 1]?.lower ?? '')) return true;
    if (MONTHS.test(word) && SPAN_WORDS.has(tokens[at - 1]?.lower ?? '')) return true;
  }
  return false;
}
