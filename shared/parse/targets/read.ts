// Reads the measurable targets in a piece of plan text, each reader taking only words no earlier reader took.
import type { Target } from '../../model/target.ts';
import { tokenize } from '../tokens.ts';
import { readCadences } from './cadence.ts';
import { readCategories } from './categories.ts';
import { readCounts } from './count.ts';
import { readCoverage } from './coverage.ts';
import { type Found, isFree, type Passage } from './reading.ts';
import { readShares } from './share.ts';
import { readTrends } from './trend.ts';

/**
 * Most specific first: a quoted list, a vote share and a coverage phrase contain numbers ("minst en person som
 * ansvarar för den") that must not also become counts; a cadence is a number with a period, a count is what is left.
 */
const READERS: ReadonlyArray<(passage: Passage) => Found[]> = [
  readCategories,
  readShares,
  readCoverage,
  readCadences,
  readTrends,
  readCounts,
];

function readPassage(text: string): Array<{ found: Found; passage: Passage }> {
  const tokens = tokenize(text);
  const passage: Passage = { text, tokens, claimed: new Array<boolean>(tokens.length).fill(false) };
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
export function readTargets(source: string, texts: readonly string[]): Target[] {
  return texts.flatMap(readPassage).map(({ found, passage }, index) => {
    const text = passage.text.slice(
      passage.tokens[found.from]?.start ?? 0,
      passage.tokens[found.to - 1]?.end ?? passage.text.length,
    );
    return { ...found.reading, id: `${source}.M${index + 1}`, source, text };
  });
}
