// Which numbers stand in clauses that state facts ("Idag har vi 500 medlemmar"), so no reader takes them for goals.
import type { Token } from '../tokens.ts';
import type { Passage } from './reading.ts';

/**
 * Words that make a sentence state a fact rather than a goal: "Idag har vi 500 medlemmar", "Råden sammanträder oftast
 * fyra gånger om året".
 */
const FACT_WORDS = [
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
];
const GOAL_WORDS = ['ska', 'skall', 'vill', 'mål', 'målet', 'målsättningen'];
const CLAUSE_BREAKS = new Set([',', 'och', 'men', 'samt', 'medan']);

/** Token indices in clauses that state facts: a bare number there is not a target. */
export function factualTokens({ tokens, sentences }: Passage): Set<number> {
  const factual = new Set<number>();
  const markClause = (start: number, end: number) => {
    const words = new Set(tokens.slice(start, end).map((token) => token.lower));
    if (FACT_WORDS.some((word) => words.has(word)) && !GOAL_WORDS.some((word) => words.has(word))) {
      for (let index = start; index < end; index++) factual.add(index);
    }
  };
  for (const [start, end] of sentences) {
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
