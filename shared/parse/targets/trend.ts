// Trend: "öka antalet följare på Facebooksidan" → up, "följare på Facebooksidan"; "minska andelen …" → down.
import type { Token } from '../tokens.ts';
import { type Found, FUNCTION_WORDS, isFree, isPunctuation, type Passage } from './reading.ts';

const DIRECTIONS: Record<string, 'up' | 'down'> = {
  öka: 'up',
  ökar: 'up',
  höja: 'up',
  höjer: 'up',
  minska: 'down',
  minskar: 'down',
  sänka: 'down',
  sänker: 'down',
};
const AMOUNT = new Set(['antalet', 'andelen', 'mängden']);
const COMPOUND_AMOUNT = /\p{L}(?:antalet|andelen)$/u;
/** Prepositions that may stay inside a metric: "följare på Facebooksidan", "medlemmar i Sundsvall". */
const METRIC_LINKS = new Set(['på', 'i', 'hos', 'inom', 'av']);
const MAX_METRIC_TOKENS = 6;

function metricEnd(tokens: readonly Token[], start: number): number {
  let end = start;
  while (end - start < MAX_METRIC_TOKENS) {
    const token = tokens[end];
    if (isPunctuation(token) || token?.kind !== 'word') break;
    if (FUNCTION_WORDS.has(token.lower) && !METRIC_LINKS.has(token.lower)) break;
    end++;
  }
  while (end > start && METRIC_LINKS.has((tokens[end - 1] as Token).lower)) end--;
  return end;
}

/** Only amounts are read ("öka antalet …", "öka medlemsantalet"); "öka engagemanget" is too vague to measure. */
export function readTrends(passage: Passage): Found[] {
  const { text, tokens } = passage;
  const found: Found[] = [];
  tokens.forEach((token, index) => {
    const direction = DIRECTIONS[token.lower];
    const next = tokens[index + 1];
    if (!direction || !next) return;
    let metricStart: number;
    let to: number;
    if (AMOUNT.has(next.lower)) {
      metricStart = index + 2;
      to = metricEnd(tokens, metricStart);
    } else if (COMPOUND_AMOUNT.test(next.lower)) {
      metricStart = index + 1;
      to = index + 2;
    } else return;
    if (to <= metricStart || !isFree(passage, index, to)) return;
    const metric = text.slice((tokens[metricStart] as Token).start, (tokens[to - 1] as Token).end);
    found.push({ from: index, to, reading: { kind: 'trend', direction, metric } });
  });
  return found;
}
