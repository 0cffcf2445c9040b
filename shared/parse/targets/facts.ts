// Which numbers stand in clauses that state facts ("Idag har vi 500 medlemmar"), so no reader takes them for goals.
import type { Token } from '../tokens.ts';
import type { Passage } from './reading.ts';

/**
 * Words that make a sentence state a fact rather than a goal: "Idag har vi 500 medlemmar", "Råden sammanträder oftast
 * fyra gånger om året"; so does "är" not followed by "att" ("Grupperna är 6–8 barn med två ledare", but "Ambitionen är
 * att värva 30 medlemmar").
 */
const FACT_WORDS = new Set([
  'idag',
  'har',
  'hade',
  'fanns',
  'nu',
  'förra',
  'fjol',
  'nuvarande',
  'tidigare',
  'oftast',
  'vanligtvis',
  'brukar',
  'normalt',
]);
const GOAL_WORDS = new Set(['ska', 'skall', 'vill', 'mål', 'målet', 'målsättningen', 'ambitionen']);
const CLAUSE_BREAKS = new Set([',', 'och', 'men', 'samt', 'medan']);

/** Marks tokens [start, end) when they form a clause that states a fact and no goal. */
function markClause(tokens: readonly Token[], factual: Uint8Array, start: number, end: number): void {
  let fact = false;
  for (let index = start; index < end; index++) {
    const word = (tokens[index] as Token).lower;
    if (GOAL_WORDS.has(word)) return;
    fact ||= FACT_WORDS.has(word) || (word === 'är' && tokens[index + 1]?.lower !== 'att');
  }
  if (fact) factual.fill(1, start, end);
}

/** Per token, true in clauses that state facts: a bare number there is not a target. */
export function factualTokens({ tokens, sentences }: Passage): Uint8Array {
  const factual = new Uint8Array(tokens.length);
  for (const [start, end] of sentences) {
    let clauseStart = start;
    for (let index = start; index <= end; index++) {
      if (index === end || CLAUSE_BREAKS.has((tokens[index] as Token).lower)) {
        markClause(tokens, factual, clauseStart, index);
        clauseStart = index + 1;
      }
    }
  }
  return factual;
}
