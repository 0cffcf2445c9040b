// Share of the vote: "över 10% i valresultat i regionvalet" at "valet 2026" → 10 % in "regionvalet 2026".
import { isYear, qualifierBefore } from '../numbers.ts';
import type { Token } from '../tokens.ts';
import { type Found, isFree, isPunctuation, type Passage } from './reading.ts';

const ELECTION = /^(?:(eu|europaparlaments|europa|riksdags|regions?|landstings|kommunal|kommun|kyrko)-?)?valet$/u;
const PHRASE_STOPS = new Set(['och', 'samt', 'men', 'ska', 'att', 'för', 'genom']);
const MAX_PHRASE_TAIL = 6;
/** "valet den 13 september 2026": the year may close a date after "valet". */
const ELECTION_YEAR_WINDOW = 5;

function yearAfter(tokens: readonly Token[], index: number): string | undefined {
  for (let at = index + 1; at <= index + ELECTION_YEAR_WINDOW && !isPunctuation(tokens[at]); at++) {
    const token = tokens[at] as Token;
    if (isYear(token)) return token.text;
    if (token.kind === 'word' && at === index + 1 && token.lower !== 'den' && token.lower !== 'i') return undefined;
  }
  return undefined;
}

type Election = { name: string; specific: boolean; year: string | undefined };

function elections(tokens: readonly Token[]): Array<Election & { index: number }> {
  const named: Array<Election & { index: number }> = [];
  tokens.forEach((token, index) => {
    const match = ELECTION.exec(token.lower);
    if (!match) return;
    named.push({ index, name: token.text, specific: match[1] !== undefined, year: yearAfter(tokens, index) });
  });
  return named;
}

/**
 * The election a share at token `from` is about: the first specific election ("EU-valet", "regionvalet") between it
 * and the next share, so "9 procent i regionvalet och 10 % i riksdagsvalet" are two elections; else the passage's
 * first specific election, else "valet". The year is the election's own, else the one written after "valet"
 * ("valet 2026"). Undefined when no election is named: a percentage without an election is not read.
 */
function electionFor(named: ReadonlyArray<Election & { index: number }>, from: number, to: number): string | undefined {
  const own = named.find((election) => election.specific && election.index >= from && election.index < to);
  const chosen = own ?? named.find((election) => election.specific) ?? named[0];
  if (!chosen) return undefined;
  const year = chosen.year ?? named.find((election) => !election.specific && election.year)?.year;
  return year ? `${chosen.name} ${year}` : chosen.name;
}

function isPercent(tokens: readonly Token[], index: number): boolean {
  const sign = tokens[index + 1];
  return tokens[index]?.kind === 'number' && (sign?.kind === 'percent' || sign?.lower === 'procent');
}

export function readShares(passage: Passage): Found[] {
  const { tokens } = passage;
  const found: Found[] = [];
  const percents = passage.numbers.filter((index) => isPercent(tokens, index));
  if (percents.length === 0) return found;
  const named = elections(tokens);
  percents.forEach((index, ordinal) => {
    const token = tokens[index] as Token;
    const qualifier = qualifierBefore(tokens, index);
    if (qualifier.kind === 'ceiling' || token.value <= 0 || token.value > 100) return;
    const election = electionFor(named, index, percents[ordinal + 1] ?? tokens.length);
    if (election === undefined) return;
    let to = index + 2;
    const continues = (next: Token | undefined) =>
      !isPunctuation(next) && !passage.claimed[to] && !PHRASE_STOPS.has(next?.lower ?? '');
    while (to - index - 2 < MAX_PHRASE_TAIL && continues(tokens[to])) to++;
    if (!isFree(passage, qualifier.start, to)) return;
    found.push({ from: qualifier.start, to, reading: { kind: 'share', percent: token.value, election } });
  });
  return found;
}
