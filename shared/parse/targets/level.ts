// Level: a value to reach or hold by the end of the plan year, recorded by hand — "400 medlemmar vid årets slut",
// "Öka antalet medlemmar till 420", "Organisationsgraden ska vara minst 75 procent", "ha 120 medlemmar i kretsen".
import { isArticle, isYear, type Qualifier, qualifierBefore, tokenNumber } from '../numbers.ts';
import type { Token } from '../tokens.ts';
import { factualTokens } from './facts.ts';
import { type Found, FUNCTION_WORDS, isFree, type Passage, sentenceAround, type TargetReading } from './reading.ts';
import { amountBefore, amountPhrase, CHANGE_WORDS } from './trend.ts';
import { isReferenceOrRange, readUnit } from './units.ts';

/** What a level measures: members, followers, how organised a workplace is, the units an organisation has. */
const STOCK =
  /(?:medlem|medlemmar|följare|prenumeranter|abonnenter|grad|graden|antal|antalet|aktiva|föreningar|klubbar|avdelningar|kretsar|ledamöter|mandat|platser|kandidater)$/;
/** A flow, not a stock: "30 nya medlemmar" are recruited, a count. */
const FLOW = /^(?:nya|värvade)$/u;
/** Verbs of a state to be in: "vara 400 medlemmar", "ha 120 medlemmar". */
const STATE_VERBS = new Set(['vara', 'ha']);
/** A point in time at which the value should stand. */
const POINTS_IN_TIME = [
  ['vid', 'årets', 'slut'],
  ['vid', 'årsskiftet'],
  ['till', 'årsskiftet'],
  ['till', 'årets', 'slut'],
  ['i', 'slutet', 'av', 'året'],
  ['vid', 'utgången', 'av', 'året'],
  ['vid', 'periodens', 'slut'],
  ['vid', 'planperiodens', 'slut'],
  ['vid', 'utgången', 'av', 'perioden'],
  ['den', '31', 'december'],
];
const POINT_WINDOW = 6;
const NO_DATE = 'Planen säger inte när värdet ska nås; Målkoll räknar med planårets slut.';
/** Definite endings of a subject that names what a percentage measures ("Organisationsgraden" → "organisationsgrad"). */
const DEFINITE_SUBJECT: Array<[RegExp, string]> = [
  [/(grad|andel)en$/u, '$1'],
  [/(antal)et$/u, '$1'],
];

function phraseAt(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[index + offset]?.lower === word);
}

/** Token range of a point in time in the sentence, including "År 2027 ska …" at its start. */
function pointInTime(tokens: readonly Token[], start: number, end: number): [number, number] | undefined {
  const first = tokens[start];
  if (first?.lower === 'år' && tokens[start + 1] && isYear(tokens[start + 1] as Token)) return [start, start + 2];
  for (let index = start; index < end; index++) {
    const words = POINTS_IN_TIME.find((phrase) => phraseAt(tokens, index, phrase));
    if (words) return [index, index + words.length];
  }
  return undefined;
}

function baseForm(word: string): string {
  return DEFINITE_SUBJECT.reduce((base, [ending, replacement]) => base.replace(ending, replacement), word);
}

/**
 * What a percentage at `index` (its qualifier from `start`) measures: the stock noun after it ("75 %
 * organisationsgrad"), the one it is given for ("en organisationsgrad på minst 70 procent"), else the sentence's
 * subject ("Organisationsgraden ska vara minst 75 procent"). `named` when the noun stands right by the number.
 */
function percentUnit(
  passage: Passage,
  index: number,
  start: number,
  sentenceStart: number,
): { unit: string; end: number; named: boolean } | undefined {
  const { text, tokens } = passage;
  const after = readUnit(text, tokens, index + 2, false);
  if (after && STOCK.test(after.head)) return { unit: after.text, end: after.end, named: true };
  const given = tokens[start - 2];
  if (tokens[start - 1]?.lower === 'på' && given && STOCK.test(given.lower))
    return { unit: baseForm(given.lower), end: index + 2, named: true };
  const subject = tokens[sentenceStart];
  if (subject?.kind !== 'word' || FUNCTION_WORDS.has(subject.lower) || !STOCK.test(subject.lower)) return undefined;
  return { unit: baseForm(subject.lower), end: index + 2, named: false };
}

/** The level read over tokens [from, to), its bound from the qualifier before its number. */
function level(from: number, to: number, value: number, unit: string, percent: boolean, qualifier: Qualifier): Found {
  const reading: TargetReading = { kind: 'level', target: value, unit, percent };
  if (qualifier.kind === 'min' && qualifier.bound) reading.bound = qualifier.bound;
  return { from, to, reading };
}

/**
 * "Öka antalet medlemmar i distriktet till 1 450", "Antalet medlemmar ska öka till 1 200": a trend with a value to
 * reach is a level.
 */
function raisedTo(passage: Passage): Found[] {
  const { text, tokens } = passage;
  const found: Found[] = [];
  tokens.forEach((_token, index) => {
    const before = amountBefore(tokens, index);
    const phrase = before ?? amountPhrase(tokens, index);
    const till = before ? index + 1 : (phrase?.metricEnd ?? 0);
    if (phrase?.direction !== 'up' || tokens[till]?.lower !== 'till') return;
    const from = before ? phrase.metricStart : index;
    let at = till + 1;
    const qualifier = qualifierBefore(tokens, at + 1);
    if (qualifier.kind === 'min' || qualifier.kind === 'approximate') at++;
    const number = tokens[at];
    const value = tokenNumber(number);
    if (!number || value === undefined || value <= 0 || isYear(number)) return;
    const percent = tokens[at + 1]?.kind === 'percent' || tokens[at + 1]?.lower === 'procent';
    const after = percent ? undefined : readUnit(text, tokens, at + 1, false);
    const metric = text.slice((tokens[phrase.metricStart] as Token).start, (tokens[phrase.metricEnd - 1] as Token).end);
    const to = percent ? at + 2 : (after?.end ?? at + 1);
    if (!isFree(passage, from, to)) return;
    found.push(level(from, to, value, after?.text ?? metric, percent, qualifierBefore(tokens, at)));
  });
  return found;
}

/** A value with a stock unit at a point in time or after "vara"/"ha": "Nå 31 500 medlemmar vid årets slut". */
function valuesToHold(passage: Passage): Found[] {
  const { text, tokens } = passage;
  const found: Found[] = [];
  let factual: Uint8Array | undefined;
  for (const index of passage.numbers) {
    const token = tokens[index] as Token;
    const value = tokenNumber(token);
    if (value === undefined || value <= 0 || passage.claimed[index] || isArticle(token)) continue;
    const qualifier = qualifierBefore(tokens, index);
    if (qualifier.kind === 'ceiling' || (qualifier.kind === 'none' && isYear(token))) continue;
    if (isReferenceOrRange(tokens, qualifier.start)) continue;
    const [sentenceStart, sentenceEnd] = sentenceAround(passage, index);
    const percent = tokens[index + 1]?.kind === 'percent' || tokens[index + 1]?.lower === 'procent';
    let measured: { unit: string; end: number; named?: boolean } | undefined;
    if (percent) measured = percentUnit(passage, index, qualifier.start, sentenceStart);
    else {
      const unit = readUnit(text, tokens, index + 1, false);
      const first = tokens[index + 1]?.lower ?? '';
      if (unit && STOCK.test(unit.head) && !FLOW.test(first)) measured = { unit: unit.text, end: unit.end };
    }
    if (!measured) continue;
    factual ??= factualTokens(passage);
    if (factual[index]) continue;
    const point = pointInTime(tokens, sentenceStart, sentenceEnd);
    const state = STATE_VERBS.has(tokens[qualifier.start - 1]?.lower ?? '');
    if (!point && !state && !measured.named) continue;
    let from = state ? qualifier.start - 1 : qualifier.start;
    let to = measured.end;
    if (point && point[0] >= to && point[0] - to <= POINT_WINDOW) to = point[1];
    else if (point && point[1] <= from && from - point[1] <= POINT_WINDOW) from = point[0];
    if (!isFree(passage, from, to)) continue;
    const read = level(from, to, value, measured.unit, percent, qualifier);
    if (!point) read.unsure = NO_DATE;
    found.push(read);
  }
  return found;
}

export function readLevels(passage: Passage): Found[] {
  const raised = CHANGE_WORDS.test(passage.lower) ? raisedTo(passage) : [];
  return raised.concat(valuesToHold(passage));
}
