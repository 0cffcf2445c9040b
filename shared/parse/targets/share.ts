// Share of the vote: "över 10% i valresultat i regionvalet" at "valet 2026" → 10 % in "regionvalet 2026".
import { isYear, qualifierBefore } from '../numbers.ts';
import type { Token } from '../tokens.ts';
import { type Found, isFree, isPunctuation, type Passage } from './reading.ts';

const ELECTION = /^(?:(eu|europaparlaments|europa|riksdags|regions?|landstings|kommunal|kommun|kyrko)-?)?valet$/u;
const PHRASE_STOPS = new Set(['och', 'samt', 'men', 'ska', 'att', 'för', 'genom']);
const MAX_PHRASE_TAIL = 6;

/**
 * The election the passage names: its first specific election ("EU-valet", "regionvalet"), else "valet"; with the
 * year written after any election word ("valet 2026"). Undefined when no election is named: a percentage without an
 * election is not read.
 */
function electionNamed(tokens: readonly Token[]): string | undefined {
  let specific: { name: string; year?: string } | undefined;
  let generic: { name: string; year?: string } | undefined;
  tokens.forEach((token, index) => {
    const match = ELECTION.exec(token.lower);
    if (!match) return;
    const next = tokens[index + 1];
    const year = next && isYear(next) ? next.text : undefined;
    const election = year ? { name: token.text, year } : { name: token.text };
    if (match[1]) specific ??= election;
    else generic ??= election;
  });
  const chosen = specific ?? generic;
  if (!chosen) return undefined;
  const year = chosen.year ?? specific?.year ?? generic?.year;
  return year ? `${chosen.name} ${year}` : chosen.name;
}

export function readShares(passage: Passage): Found[] {
  const { tokens } = passage;
  const found: Found[] = [];
  let election: string | undefined | null = null;
  tokens.forEach((token, index) => {
    const sign = tokens[index + 1];
    if (token.kind !== 'number' || !(sign?.kind === 'percent' || sign?.lower === 'procent')) return;
    const qualifier = qualifierBefore(tokens, index);
    if (qualifier.kind === 'ceiling' || token.value <= 0 || token.value > 100) return;
    election = election === null ? electionNamed(tokens) : election;
    if (election === undefined) return;
    let to = index + 2;
    const continues = (token: Token | undefined) =>
      !isPunctuation(token) && !passage.claimed[to] && !PHRASE_STOPS.has(token?.lower ?? '');
    while (to - index - 2 < MAX_PHRASE_TAIL && continues(tokens[to])) to++;
    if (!isFree(passage, qualifier.start, to)) return;
    found.push({ from: qualifier.start, to, reading: { kind: 'share', percent: token.value, election } });
  });
  return found;
}
