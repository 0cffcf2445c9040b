// Count: a number of things over the plan year, "cirka 15 debattartiklar", "minst en utbildning för respektive område".
import { isYear, qualifierBefore, tokenNumber } from '../numbers.ts';
import { sentenceAround, sentences, type Token } from '../tokens.ts';
import { namesEveryBranch } from './coverage.ts';
import { endsClause, periodAt, periodNear } from './periods.ts';
import { type Found, FUNCTION_WORDS, isFree, type Passage } from './reading.ts';
import { isReferenceOrRange, readUnit } from './units.ts';

const PER_EACH = new Set(['respektive', 'varje']);
/** Words that make a sentence state a fact rather than a goal: "Idag har vi 500 medlemmar". */
const FACT_WORDS = ['idag', 'har', 'hade', 'fanns', 'nu', 'förra', 'fjol', 'nuvarande', 'tidigare'];
const GOAL_WORDS = ['ska', 'skall', 'vill', 'mål', 'målet', 'målsättningen'];
const PER_EACH_WINDOW = 8;
/** Periods a cadence cannot hold ("varannan vecka", "per dag"): an amount with one of these is no yearly count either. */
const UNREADABLE_PERIOD = /^(?:varannan|vartannat|dag|dagen|dagligen)$/u;
const UNREADABLE_PERIOD_WINDOW = 6;

function hasUnreadablePeriod(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at < from + UNREADABLE_PERIOD_WINDOW && !endsClause(tokens[at]); at++) {
    if (UNREADABLE_PERIOD.test((tokens[at] as Token).lower)) return true;
  }
  return false;
}

/** "… för respektive område" → " per område", so a per-category amount is not mistaken for a total. */
function perEach(tokens: readonly Token[], from: number): { suffix: string; end: number } | undefined {
  for (let at = from; at < from + PER_EACH_WINDOW && !endsClause(tokens[at]); at++) {
    const noun = tokens[at + 1];
    const isEach = PER_EACH.has((tokens[at] as Token).lower) && periodAt(tokens, at) === undefined;
    if (isEach && noun?.kind === 'word' && !FUNCTION_WORDS.has(noun.lower)) {
      return { suffix: ` per ${noun.lower}`, end: at + 2 };
    }
  }
  return undefined;
}

const CLAUSE_BREAKS = new Set([',', 'och', 'men', 'samt', 'medan']);

/** Token indices in clauses that state facts: a bare number there is not a target. */
function factualTokens(tokens: readonly Token[]): Set<number> {
  const factual = new Set<number>();
  const markClause = (start: number, end: number) => {
    const words = new Set(tokens.slice(start, end).map((token) => token.lower));
    if (FACT_WORDS.some((word) => words.has(word)) && !GOAL_WORDS.some((word) => words.has(word))) {
      for (let index = start; index < end; index++) factual.add(index);
    }
  };
  for (const [start, end] of sentences(tokens)) {
    let clauseStart = start;
    for (let index = start; index <= end; index++) {
      if (index === end || CLAUSE_BREAKS.has((tokens[index] as Token).lower)) {
        markClause(clauseStart, index);
        clauseStart = index + 1;
      }
    }
  }
  return factual;
}

/**
 * A count needs a qualifier ("minst", "cirka", "fler än" …) or a number above one: a bare "en"/"ett"/"1" is an article
 * or a date ("1 maj"). A bare number in a sentence that states a fact ("Idag har vi 500 medlemmar") is no target.
 * Numbers after "de", "dessa" … or before a definite plural ("de 15 debattartiklarna") refer to a count made elsewhere
 * and are skipped, as are years, dates, money and durations.
 */
export function readCounts(passage: Passage): Found[] {
  const { text, tokens } = passage;
  const found: Found[] = [];
  let factual: Set<number> | undefined;
  tokens.forEach((token, index) => {
    const value = tokenNumber(token);
    if (value === undefined || value <= 0 || passage.claimed[index]) return;
    const qualifier = qualifierBefore(tokens, index);
    if (qualifier.kind === 'ceiling') return;
    if (qualifier.kind === 'none') {
      if (value === 1 || isYear(token)) return;
      factual ??= factualTokens(tokens);
      if (factual.has(index)) return;
    }
    if (isReferenceOrRange(tokens, qualifier.start)) return;
    const unit = readUnit(text, tokens, index + 1, false);
    if (!unit || /na$/u.test(unit.head) || hasUnreadablePeriod(tokens, unit.end)) return;
    // A period the cadence reader left ("två möten i månaden under hösten") makes it no yearly count either; one a
    // cadence took belongs to that cadence ("en artikel i månaden och två krönikor").
    const period = periodNear(tokens, qualifier.start, unit.end);
    if (period && isFree(passage, period.start, period.end)) return;
    const [sentenceStart, sentenceEnd] = sentenceAround(tokens, index);
    if (namesEveryBranch(tokens, sentenceStart, sentenceEnd)) return;
    const each = perEach(tokens, unit.end);
    const to = each ? each.end : unit.end;
    if (!isFree(passage, qualifier.start, to)) return;
    found.push({
      from: qualifier.start,
      to,
      reading: {
        kind: 'count',
        target: value,
        unit: unit.text + (each?.suffix ?? ''),
        approximate: qualifier.kind === 'approximate',
      },
    });
  });
  return found;
}
