// Categories: a quoted list after a plural cue, "prioritera områdena: ”Facklig politisk” ”Feministisk” samt ”Miljö”".
import type { Token } from '../tokens.ts';
import { type Found, isFree, type Passage } from './reading.ts';

/** Plural cues only: "för område ”Facklig politisk” och ”Feministisk”" names areas, it sets no priorities. */
const CUES = new Set([
  'områdena',
  'områden',
  'fokusområdena',
  'fokusområden',
  'kategorierna',
  'kategorier',
  'temana',
  'teman',
  'frågorna',
  'frågor',
  'prioriteringarna',
  'prioriteringar',
  'prioritera',
  'prioriterar',
]);
const LIST_JOINERS = new Set([',', 'och', 'samt', 'eller', '&']);
const MAX_ITEM_TOKENS = 12;
const MIN_ITEMS = 2;

interface Quoted {
  open: number;
  close: number;
}

function quotedItems(tokens: readonly Token[]): Quoted[] {
  const items: Quoted[] = [];
  let open = -1;
  tokens.forEach((token, index) => {
    if (token.kind !== 'quote') return;
    if (open === -1) open = index;
    else {
      if (index - open > 1 && index - open <= MAX_ITEM_TOKENS) items.push({ open, close: index });
      open = -1;
    }
  });
  return items;
}

export function readCategories(passage: Passage): Found[] {
  const { text, tokens } = passage;
  const found: Found[] = [];
  const items = quotedItems(tokens);
  let index = 0;
  while (index < items.length) {
    const group = [items[index] as Quoted];
    while (index + group.length < items.length) {
      const next = items[index + group.length] as Quoted;
      const between = tokens.slice((group[group.length - 1] as Quoted).close + 1, next.open);
      if (!between.every((token) => LIST_JOINERS.has(token.lower))) break;
      group.push(next);
    }
    index += group.length;
    const first = (group[0] as Quoted).open;
    const cueIndex = tokens[first - 1]?.text === ':' ? first - 2 : first - 1;
    const to = (group[group.length - 1] as Quoted).close + 1;
    if (group.length < MIN_ITEMS || !CUES.has(tokens[cueIndex]?.lower ?? '') || !isFree(passage, cueIndex, to))
      continue;
    const categories = group.map((item) =>
      text.slice((tokens[item.open] as Token).end, (tokens[item.close] as Token).start).trim(),
    );
    found.push({ from: cueIndex, to, reading: { kind: 'categories', categories } });
  }
  return found;
}
