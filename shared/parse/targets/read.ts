// Reads the measurable targets in a piece of plan text, each reader taking only words no earlier reader took.
import type { Target } from '../../model/target.ts';
import { oncePerText } from '../memo.ts';
import { tokenNumber } from '../numbers.ts';
import { sentences, type Token, tokenize } from '../tokens.ts';
import { readCadences } from './cadence.ts';
import { readCategories } from './categories.ts';
import { readCounts } from './count.ts';
import { readCoverage } from './coverage.ts';
import { readLevels } from './level.ts';
import { periodAt } from './periods.ts';
import { type Found, isFree, type Passage } from './reading.ts';
import { readShares } from './share.ts';
import { CHANGE_WORDS, readTrends } from './trend.ts';

/**
 * Most specific first: a quoted list, a vote share and a coverage phrase contain numbers ("minst en person som
 * ansvarar för den") that must not also become counts; a level ("400 medlemmar vid årets slut") is no count, a cadence
 * is a number with a period, a count is what is left. A reader whose words the text lacks (its `gate`) is not run.
 */
const READERS: ReadonlyArray<{ read: (passage: Passage) => Found[]; gate?: RegExp }> = [
  { read: readCategories, gate: /[”“"„«»]/ },
  { read: readShares, gate: /%|procent/ },
  { read: readCoverage, gate: /varje|varenda|alla|samtliga|respektive/ },
  { read: readLevels },
  { read: readCadences },
  { read: readTrends, gate: CHANGE_WORDS },
  { read: readCounts },
];

/** A text to read targets from; `prose` for running text (a description), where a number is less often a goal. */
export interface TargetText {
  text: string;
  prose: boolean;
}

/**
 * No sentence a board writes is this long: a longer stretch without a sentence end is a list or a table flattened
 * into one line, and reading numbers out of it would be guessing. It is not read, which also keeps reading linear.
 */
const MAX_SENTENCE_LENGTH = 2000;
const STRETCH_END = /[.!?;]/g;
/**
 * In running text a number is read only in a sentence that states a goal: it says ska/vill/mål, a plan-year phrase, a
 * period or a lower bound. "Året ligger mellan två val" describes; "Under året kallar styrelsen till fyra
 * medlemsmöten" plans.
 */
const GOAL_CUES = new Set([
  'ska',
  'skall',
  'vill',
  'mål',
  'målet',
  'målsättningen',
  'planerar',
  'planeras',
  'minst',
  'åtminstone',
]);
const PLAN_YEAR_CUES = new Set(['året', 'verksamhetsåret']);
const PROSE_UNSURE = 'Läst ur löptext: kontrollera att det är ett mål och inte en beskrivning.';
/**
 * What some reader needs before it can read anything: a quote, a percentage, a quantifier ("varje"), a change ("öka",
 * "fler"), a bound ("minst", "cirka"), a digit or a number word. Most activities have none of these and are never
 * tokenized. "en"/"ett" count only beside a period word ("en gång i månaden"), as every other sentence has them.
 */
const MAY_HOLD_TARGETS =
  /[\d%”“"„«»]|procent|varje|varenda|alla|samtliga|respektive|öka|höj|väx|minsk|sänk|(?:fler|färre)(?![a-zåäö])|minst|åtminstone|över|drygt|mer än|ca|cirka|ungefär|omkring|runt|närmare|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|fjorton|arton|aderton|nitton|tjugo|hundra|tusen/;
const ARTICLE = /(?:^|[^a-zåäöéü])(?:en|ett)(?![a-zåäöéü])/;
const PERIOD_WORD = /vecka|veckan|veckovis|månad|kvartal|termin|år|vår|höst/;

/** On the lower-cased text, so the patterns need no Unicode case folding. */
function mayHoldTargets(lower: string): boolean {
  return MAY_HOLD_TARGETS.test(lower) || (ARTICLE.test(lower) && PERIOD_WORD.test(lower));
}

const NO_BREAKS: ReadonlySet<number> = new Set();

/** Tokens of the stretches of `text` short enough to be sentences; `breaks` are where a left-out stretch was. */
function readableTokens(text: string): { tokens: Token[]; breaks: ReadonlySet<number> } {
  const tokens: Token[] = [];
  if (text.length <= MAX_SENTENCE_LENGTH) return { tokens: tokenize(text, 0, text.length, tokens), breaks: NO_BREAKS };
  const breaks = new Set<number>();
  let from = 0;
  let kept = 0;
  const cut = (end: number) => {
    if (end - from > MAX_SENTENCE_LENGTH) {
      if (kept < from) tokenize(text, kept, from, tokens);
      if (tokens.length > 0) breaks.add(tokens.length - 1);
      kept = end;
    }
    from = end;
  };
  STRETCH_END.lastIndex = 0;
  for (let match = STRETCH_END.exec(text); match !== null; match = STRETCH_END.exec(text)) cut(match.index + 1);
  cut(text.length);
  if (kept < text.length) tokenize(text, kept, text.length, tokens);
  return { tokens, breaks };
}

/** A goal word, a plan-year phrase, or a period ("i månaden": a routine the plan sets) in tokens [start, end). */
function statesGoal(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const word = (tokens[index] as Token).lower;
    if (GOAL_CUES.has(word) || periodAt(tokens, index) !== undefined) return true;
    if (PLAN_YEAR_CUES.has(word) && tokens[index - 1]?.lower === 'under') return true;
  }
  return false;
}

/** A reading as it is quoted from its passage, before it gets an id and a source. */
interface PassageReading {
  reading: Found['reading'];
  text: string;
  unsure?: string;
}

/** The readings of one passage, in reading order. */
function readPassage({ text, prose }: TargetText): PassageReading[] {
  const lower = text.toLowerCase();
  if (!mayHoldTargets(lower)) return [];
  const { tokens, breaks } = readableTokens(text);
  if (tokens.length === 0) return [];
  const ranges = sentences(tokens, breaks);
  const sentenceOf = new Int32Array(tokens.length);
  const claimed = new Uint8Array(tokens.length);
  for (let sentence = 0; sentence < ranges.length; sentence++) {
    const [start, end] = ranges[sentence] as [number, number];
    sentenceOf.fill(sentence, start, end);
    const tooLong =
      end > start && (tokens[end - 1] as Token).end - (tokens[start] as Token).start > MAX_SENTENCE_LENGTH;
    if (tooLong) claimed.fill(1, start, end);
    else if (prose && !statesGoal(tokens, start, end)) {
      for (let index = start; index < end; index++) if (tokenNumber(tokens[index]) !== undefined) claimed[index] = 1;
    }
  }
  const numbers: number[] = [];
  for (let index = 0; index < tokens.length; index++) if (tokenNumber(tokens[index]) !== undefined) numbers.push(index);
  const passage: Passage = { text, lower, tokens, claimed, sentences: ranges, sentenceOf, numbers };
  const accepted: Found[] = [];
  for (const { read, gate } of READERS) {
    if (gate && !gate.test(lower)) continue;
    for (const found of read(passage)) {
      if (!isFree(passage, found.from, found.to)) continue;
      accepted.push(found);
      passage.claimed.fill(1, found.from, found.to);
    }
  }
  accepted.sort((a, b) => a.from - b.from);
  return accepted.map((found) => {
    const quoted = text.slice(tokens[found.from]?.start ?? 0, tokens[found.to - 1]?.end ?? text.length);
    const unsure = found.unsure ?? (prose ? PROSE_UNSURE : undefined);
    return unsure ? { reading: found.reading, text: quoted, unsure } : { reading: found.reading, text: quoted };
  });
}

/** A fresh copy of a reading's fields (lists and nested fields too), so no two targets share a value. */
function copyReading(reading: Found['reading']): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key in reading) {
    const value = (reading as Record<string, unknown>)[key];
    copy[key] = Array.isArray(value)
      ? value.slice()
      : typeof value === 'object' && value !== null
        ? { ...value }
        : value;
  }
  return copy;
}

/** Appends `readings` to `targets` as targets with ids from `<source>.M<first>`. */
function appendTargets(source: string, readings: readonly PassageReading[], targets: Target[]): void {
  for (const { reading, text, unsure } of readings) {
    const target = copyReading(reading) as Target;
    target.id = `${source}.M${targets.length + 1}`;
    target.source = source;
    target.text = text;
    if (unsure) target.unsure = unsure;
    targets.push(target);
  }
}

/** The targets in `texts` (read in order), with ids `<source>.M1`, `<source>.M2` … */
export type TargetReader = (source: string, texts: readonly TargetText[]) => Target[];

/** A target reader for one plan, reading each distinct text once (see memo.ts). */
export function planTargetReader(): TargetReader {
  const prose = oncePerText((text) => readPassage({ text, prose: true }));
  const other = oncePerText((text) => readPassage({ text, prose: false }));
  return (source, texts) => {
    const targets: Target[] = [];
    for (const text of texts) appendTargets(source, (text.prose ? prose : other)(text.text), targets);
    return targets;
  };
}

/** The targets in `texts` (read in order), with ids `<source>.M1`, `<source>.M2` … */
export function readTargets(source: string, texts: readonly TargetText[]): Target[] {
  const targets: Target[] = [];
  for (const text of texts) appendTargets(source, readPassage(text), targets);
  return targets;
}
