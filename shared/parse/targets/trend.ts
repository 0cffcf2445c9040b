// Trend: "öka antalet följare på Facebooksidan" → up, "följare på Facebooksidan"; "medlemsantalet ska öka med 3
// procent" → up by 3 %; "fler medlemmar under 35 år än i dag" → up; "minska andelen …" → down.
import { isYear, qualifierBefore, tokenNumber } from '../numbers.ts';
import type { Token } from '../tokens.ts';
import { factualTokens } from './facts.ts';
import { type Found, FUNCTION_WORDS, isFree, isPunctuation, type Passage } from './reading.ts';
import { readUnit } from './units.ts';

type Direction = 'up' | 'down';

const DIRECTIONS: Record<string, Direction> = {
  öka: 'up',
  ökar: 'up',
  höja: 'up',
  höjer: 'up',
  växa: 'up',
  växer: 'up',
  minska: 'down',
  minskar: 'down',
  sänka: 'down',
  sänker: 'down',
};
/** Any direction or comparative in lower-cased text: without one, no trend (nor a level raised to a value) is read. */
export const CHANGE_WORDS = /öka|höj|väx|minsk|sänk|(?:fler|färre)(?![a-zåäö])/;
const AMOUNT = new Set(['antalet', 'andelen', 'mängden']);
/** "medlemsantalet", "organisationsgraden": the amount in one compound word. */
const COMPOUND_AMOUNT = /\p{L}(?:antalet|andelen|graden)$/u;
/** "Öka följarna på Instagram": people counted in the definite plural (följare → följarna), never "kunskaperna". */
const COUNTED_PEOPLE = /\p{L}{3}arna$/u;
/** Links that may stay inside a metric: "följare på Facebooksidan", "medlemmar som läser nyhetsbrevet". */
const METRIC_LINKS = new Set(['på', 'i', 'hos', 'inom', 'av', 'till', 'bland', 'som']);
/** Whose the thing after a link is: "kvinnor bland våra kandidater". */
const POSSESSIVES = new Set(['vår', 'våra', 'vårt', 'sin', 'sina']);
const MAX_METRIC_TOKENS = 6;
export const MODALS = new Set(['ska', 'skall', 'bör', 'måste']);
const COMPARATIVES: Record<string, Direction> = { fler: 'up', färre: 'down' };
/** What "fler … än" compares with for it to be a change over time: "än i dag", "än förra året". */
const TIME_REFERENCES = [['i', 'dag'], ['idag'], ['nu'], ['i', 'fjol'], ['förra', 'året'], ['tidigare'], ['i', 'år']];
const MAX_COMPARED_TOKENS = 8;

/** The end of a metric starting at `start`: nouns and linking prepositions, "TikTok och Instagram" included. */
function metricEnd(tokens: readonly Token[], start: number): number {
  let end = start;
  while (end - start < MAX_METRIC_TOKENS) {
    const token = tokens[end];
    if (isPunctuation(token) || token?.kind !== 'word') break;
    const joinsNames = token.lower === 'och' && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? '') && end > start;
    const owned = POSSESSIVES.has(token.lower) && METRIC_LINKS.has(tokens[end - 1]?.lower ?? '') && end > start;
    if (FUNCTION_WORDS.has(token.lower) && !METRIC_LINKS.has(token.lower) && !joinsNames && !owned) break;
    end++;
  }
  const dangling = (token: Token) =>
    METRIC_LINKS.has(token.lower) || POSSESSIVES.has(token.lower) || token.lower === 'och';
  while (end > start && dangling(tokens[end - 1] as Token)) end--;
  return end;
}

export interface AmountPhrase {
  direction: Direction;
  /** Token range of the metric. */
  metricStart: number;
  metricEnd: number;
}

/** "öka antalet X", "öka medlemsantalet", "öka följarna på Instagram" starting at the verb `index`. */
export function amountPhrase(tokens: readonly Token[], index: number): AmountPhrase | undefined {
  const direction = DIRECTIONS[tokens[index]?.lower ?? ''];
  const next = tokens[index + 1];
  if (!direction || !next) return undefined;
  if (AMOUNT.has(next.lower)) {
    const end = metricEnd(tokens, index + 2);
    return end > index + 2 ? { direction, metricStart: index + 2, metricEnd: end } : undefined;
  }
  if (COMPOUND_AMOUNT.test(next.lower)) return { direction, metricStart: index + 1, metricEnd: index + 2 };
  if (COUNTED_PEOPLE.test(next.lower))
    return { direction, metricStart: index + 1, metricEnd: metricEnd(tokens, index + 1) };
  return undefined;
}

/**
 * The amount a sentence's subject names right before the modal at `modal`: "medlemsantalet", "antalet medlemmar"
 * (the subject from `start`, its metric without "antalet").
 */
export function amountSubject(
  tokens: readonly Token[],
  modal: number,
): { start: number; metricStart: number; metricEnd: number } | undefined {
  const subject = modal - 1;
  if (COMPOUND_AMOUNT.test(tokens[subject]?.lower ?? ''))
    return { start: subject, metricStart: subject, metricEnd: modal };
  for (let at = subject; at >= Math.max(0, subject - MAX_METRIC_TOKENS); at--) {
    if (isPunctuation(tokens[at])) return undefined;
    if (AMOUNT.has((tokens[at] as Token).lower) && at + 1 < modal && metricEnd(tokens, at + 1) === modal)
      return { start: at, metricStart: at + 1, metricEnd: modal };
  }
  return undefined;
}

/** "medlemsantalet ska öka": the verb at `index` with its amount before it, "antalet medlemmar ska öka" too. */
export function amountBefore(tokens: readonly Token[], index: number): AmountPhrase | undefined {
  const direction = DIRECTIONS[tokens[index]?.lower ?? ''];
  if (!direction || !MODALS.has(tokens[index - 1]?.lower ?? '')) return undefined;
  const subject = amountSubject(tokens, index - 1);
  return subject && { direction, metricStart: subject.metricStart, metricEnd: subject.metricEnd };
}

/** "med 5 %", "med 3 procent", "med 50 medlemmar" right after `index`: how much the metric should change. */
function magnitude(
  passage: Passage,
  index: number,
): { by: { amount: number; percent: boolean }; end: number } | undefined {
  const { text, tokens } = passage;
  if (tokens[index]?.lower !== 'med') return undefined;
  const qualifier = qualifierBefore(tokens, index + 2).kind;
  const at = qualifier === 'min' || qualifier === 'approximate' ? index + 2 : index + 1;
  const number = tokens[at];
  const amount = tokenNumber(number);
  if (!number || amount === undefined || amount <= 0 || isYear(number)) return undefined;
  const sign = tokens[at + 1];
  if (sign?.kind === 'percent' || sign?.lower === 'procent') return { by: { amount, percent: true }, end: at + 2 };
  const unit = readUnit(text, tokens, at + 1, false);
  return unit ? { by: { amount, percent: false }, end: unit.end } : { by: { amount, percent: false }, end: at + 1 };
}

function timeReference(tokens: readonly Token[], index: number): number | undefined {
  for (const words of TIME_REFERENCES) {
    if (words.every((word, offset) => tokens[index + offset]?.lower === word)) return index + words.length;
  }
  return undefined;
}

/** "fler medlemmar under 35 år än i dag": a comparison with now is a change to bring about. */
function comparison(tokens: readonly Token[], index: number): (AmountPhrase & { end: number }) | undefined {
  const direction = COMPARATIVES[tokens[index]?.lower ?? ''];
  if (!direction) return undefined;
  for (let at = index + 2; at <= index + MAX_COMPARED_TOKENS && !isPunctuation(tokens[at]); at++) {
    if (tokens[at]?.lower !== 'än') continue;
    const end = timeReference(tokens, at + 1);
    return end === undefined ? undefined : { direction, metricStart: index + 1, metricEnd: at, end };
  }
  return undefined;
}

/** Only amounts are read ("öka antalet …", "öka medlemsantalet"); "öka engagemanget" is too vague to measure. */
export function readTrends(passage: Passage): Found[] {
  const { text, tokens } = passage;
  const found: Found[] = [];
  let factual: Uint8Array | undefined;
  tokens.forEach((_token, index) => {
    let from = index;
    let phrase: AmountPhrase | undefined = amountPhrase(tokens, index);
    let to = phrase?.metricEnd ?? 0;
    if (!phrase) {
      phrase = amountBefore(tokens, index);
      if (phrase) [from, to] = [phrase.metricStart, index + 1];
    }
    if (!phrase) {
      // "fler hushåll än tidigare hör av sig" tells what happened; only a comparison in a goal is a trend.
      const compared = comparison(tokens, index);
      factual ??= compared ? factualTokens(passage) : undefined;
      if (compared && !factual?.[index]) [phrase, to] = [compared, compared.end];
    }
    if (!phrase) return;
    const change = magnitude(passage, to);
    if (change) to = change.end;
    if (!isFree(passage, from, to)) return;
    const metric = text.slice((tokens[phrase.metricStart] as Token).start, (tokens[phrase.metricEnd - 1] as Token).end);
    found.push({
      from,
      to,
      reading: { kind: 'trend', direction: phrase.direction, metric, ...(change ? { by: change.by } : {}) },
    });
  });
  return found;
}
