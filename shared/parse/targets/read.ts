// Reads the measurable targets in a piece of plan text, each reader taking only words no earlier reader took.
import type { Target } from '../../model/target.ts';
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
import { readTrends } from './trend.ts';

/**
 * Most specific first: a quoted list, a vote share and a coverage phrase contain numbers ("minst en person som
 * ansvarar för den") that must not also become counts; a level ("400 medlemmar vid årets slut") is no count, a cadence
 * is a number with a period, a count is what is left.
 */
const READERS: ReadonlyArray<(passage: Passage) => Found[]> = [
  readCategories,
  readShares,
  readCoverage,
  readLevels,
  readCadences,
  readTrends,
  readCounts,
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

/** Tokens of the stretches of `text` short enough to be sentences; `breaks` are where a left-out stretch was. */
function readableTokens(text: string): { tokens: Token[]; breaks: Set<number> } {
  const tokens: Token[] = [];
  const breaks = new Set<number>();
  if (text.length <= MAX_SENTENCE_LENGTH) return { tokens: tokenize(text, 0, text.length, tokens), breaks };
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

function readPassage({ text, prose }: TargetText): Array<{ found: Found; passage: Passage }> {
  const { tokens, breaks } = readableTokens(text);
  const ranges = sentences(tokens, breaks);
  const sentenceOf = new Int32Array(tokens.length);
  const claimed = new Array<boolean>(tokens.length).fill(false);
  ranges.forEach(([start, end], index) => {
    sentenceOf.fill(index, start, end);
    const tooLong =
      end > start && (tokens[end - 1] as Token).end - (tokens[start] as Token).start > MAX_SENTENCE_LENGTH;
    if (tooLong) claimed.fill(true, start, end);
    else if (prose && !statesGoal(tokens, start, end)) {
      for (let index = start; index < end; index++) if (tokenNumber(tokens[index]) !== undefined) claimed[index] = true;
    }
  });
  const passage: Passage = { text, tokens, claimed, sentences: ranges, sentenceOf };
  const accepted: Found[] = [];
  for (const read of READERS) {
    for (const found of read(passage)) {
      if (!isFree(passage, found.from, found.to)) continue;
      accepted.push(found);
      passage.claimed.fill(true, found.from, found.to);
    }
  }
  return accepted.sort((a, b) => a.from - b.from).map((found) => ({ found, passage }));
}

/** The targets in `texts` (read in order), with ids `<source>.M1`, `<source>.M2` … */
export function readTargets(source: string, texts: readonly TargetText[]): Target[] {
  return texts
    .flatMap((text) => readPassage(text).map((read) => ({ ...read, prose: text.prose })))
    .map(({ found, passage, prose }, index) => {
      const text = passage.text.slice(
        passage.tokens[found.from]?.start ?? 0,
        passage.tokens[found.to - 1]?.end ?? passage.text.length,
      );
      const unsure = found.unsure ?? (prose ? PROSE_UNSURE : undefined);
      return { ...found.reading, id: `${source}.M${index + 1}`, source, text, ...(unsure ? { unsure } : {}) };
    });
}
