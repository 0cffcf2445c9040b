// Level: a value to reach or hold by the end of the plan year, recorded by hand — "400 medlemmar vid årets slut",
// "Öka antalet medlemmar till 420", "Organisationsgraden ska vara minst 75 procent", "ha 120 medlemmar i kretsen".
import { isArticle, isYear, type Qualifier, qualifierBefore, tokenNumber } from '../numbers.ts';
import type { Token } from '../tokens.ts';
import { factualTokens } from './facts.ts';
import { type Found, FUNCTION_WORDS, isFree, type Passage, sentenceAround, type TargetReading } from './reading.ts';
import { amountBefore, amountPhrase, amountSubject, CHANGE_WORDS, MODALS } from './trend.ts';
import { isReferenceOrRange, readUnit } from './units.ts';

/** What a level measures: members, followers, how organised a workplace is, the units an organisation has. */
const STOCK =
  /(?:medlem|medlemmar|följare|prenumeranter|abonnenter|grad|graden|antal|antalet|aktiva|föreningar|klubbar|avdelningar|kretsar|ledamöter|mandat|platser|kandidater)$/;
/** A flow, not a stock: "30 nya medlemmar" are recruited, a count. */
const FLOW = /^(?:nya|värvade)$/u;
/**
 * Verbs of a state to be in: "vara 400 medlemmar", "ha 120 medlemmar". "nå 600 medlemmar" and "bli 600 medlemmar"
 * without a point in time stay counts, as they always were.
 */
const STATE_VERBS = new Set(['vara', 'ha']);
/** What an amount subject should stand at: "Antalet medlemmar ska uppgå till 900", "… ska vara 300". */
const SUBJECT_STATES = [['uppgå', 'till'], ['vara'], ['nå'], ['ligga', 'på']];
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
/** The whole a percentage is of: "minst 40 procent av medlemmarna ska …" (people or units, in the definite plural). */
const DEFINITE_PLURAL = /\p{L}{3}(?:arna|erna|orna)$/u;
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

/** The metric's words, one compound in its base form ("Organisationsgraden" → "organisationsgrad"). */
function metricOf(text: string, tokens: readonly Token[], phrase: { metricStart: number; metricEnd: number }): string {
  const first = tokens[phrase.metricStart] as Token;
  if (phrase.metricEnd - phrase.metricStart === 1) return baseForm(first.lower);
  return text.slice(first.start, (tokens[phrase.metricEnd - 1] as Token).end);
}

/**
 * The amount subject a value at `start` is given for: "Antalet medlemmar ska uppgå till 900", "Medlemsantalet ska
 * vara 300". Returns its token range, or undefined.
 */
function subjectAmount(
  tokens: readonly Token[],
  start: number,
): { start: number; metricStart: number; metricEnd: number } | undefined {
  for (const words of SUBJECT_STATES) {
    const verb = start - words.length;
    if (!phraseAt(tokens, verb, words) || !MODALS.has(tokens[verb - 1]?.lower ?? '')) continue;
    return amountSubject(tokens, verb - 1);
  }
  return undefined;
}

/**
 * What a percentage at `index` (its qualifier from `start`) measures: the whole it is of, in a goal ("minst 40
 * procent av medlemmarna ska ha deltagit …"), the stock noun after it ("75 % organisationsgrad"), the one it is given for ("en organisationsgrad på minst 70 procent"), else the sentence's
 * subject ("Organisationsgraden ska vara minst 75 procent"). `named` when the noun stands right by the number.
 */
function percentUnit(
  passage: Passage,
  index: number,
  start: number,
  [sentenceStart, sentenceEnd]: [number, number],
): { unit: string; end: number; named: boolean } | undefined {
  const { text, tokens } = passage;
  const whole = tokens[index + 3];
  if (
    tokens[index + 2]?.lower === 'av' &&
    whole &&
    DEFINITE_PLURAL.test(whole.lower) &&
    hasModal(tokens, sentenceStart, sentenceEnd)
  )
    return { unit: `av ${whole.lower}`, end: index + 4, named: true };
  const after = readUnit(text, tokens, index + 2, false);
  if (after && STOCK.test(after.head)) return { unit: after.text, end: after.end, named: true };
  const given = tokens[start - 2];
  if (tokens[start - 1]?.lower === 'på' && given && STOCK.test(given.lower))
    return { unit: baseForm(given.lower), end: index + 2, named: true };
  const subject = tokens[sentenceStart];
  if (subject?.kind !== 'word' || FUNCTION_WORDS.has(subject.lower) || !STOCK.test(subject.lower)) return undefined;
  return { unit: baseForm(subject.lower), end: index + 2, named: false };
}

function hasModal(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (MODALS.has((tokens[index] as Token).lower)) return true;
  return false;
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
    const to = percent ? at + 2 : (after?.end ?? at + 1);
    if (!isFree(passage, from, to)) return;
    found.push(
      level(from, to, value, after?.text ?? metricOf(text, tokens, phrase), percent, qualifierBefore(tokens, at)),
    );
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
    let measured: { unit: string; end: number; named?: boolean; subject?: number } | undefined;
    if (percent) measured = percentUnit(passage, index, qualifier.start, [sentenceStart, sentenceEnd]);
    else {
      const unit = readUnit(text, tokens, index + 1, false);
      const first = tokens[index + 1]?.lower ?? '';
      if (unit && STOCK.test(unit.head) && !FLOW.test(first)) measured = { unit: unit.text, end: unit.end };
    }
    const subject = measured?.named ? undefined : subjectAmount(tokens, qualifier.start);
    if (subject) {
      const end = percent ? index + 2 : index + 1;
      measured = { unit: metricOf(text, tokens, subject), end, named: true, subject: subject.start };
    }
    if (!measured) continue;
    factual ??= factualTokens(passage);
    if (factual[index]) continue;
    const point = pointInTime(tokens, sentenceStart, sentenceEnd);
    const state = STATE_VERBS.has(tokens[qualifier.start - 1]?.lower ?? '');
    if (!point && !state && !measured.named) continue;
    let from = measured.subject ?? (state ? qualifier.start - 1 : qualifier.start);
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
