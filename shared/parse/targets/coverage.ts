// Coverage: every partiförening (or klubb, socken, S-förening …) should have someone or something, "varje
// partiförening utser en valledare", "ha en kontaktperson i varje socken".
import { isArticle } from '../numbers.ts';
import type { Token } from '../tokens.ts';
import { groupIn } from './groups.ts';
import { type Found, FUNCTION_WORDS, isFree, type Passage } from './reading.ts';

/** Role nouns by their endings: studieansvarig, valledare, kontaktperson, kassör, underorganisation … */
const ROLE =
  /^\p{L}*(?:ansvarig|ansvariga|ledare|samordnare|ombud|kontaktperson|kontaktpersoner|ordförande|kassör|kassörer|sekreterare|organisatör|organisatörer|underorganisation|underorganisationer|värvare|representant|representanter|fadder|faddrar|sammankallande)$/u;
const PLURAL_ENDINGS: Array<[RegExp, string]> = [
  [/ansvariga$/u, 'ansvarig'],
  [/(kassör|organisatör|kontaktperson|underorganisation|representant)er$/u, '$1'],
  [/faddrar$/u, 'fadder'],
];
/** Tools a role can live in: "en underorganisation i Zetkin" → "zetkin-underorganisation". */
const SYSTEMS = new Set(['zetkin', 'facebook', 'instagram', 'slack', 'signal', 'discord', 'whatsapp', 'teams']);
const PEOPLE = new Set(['person', 'personer', 'någon']);
const PRONOUNS = new Set(['den', 'det', 'dem', 'denna', 'detta', 'dessa']);
/** "ansvarig" alone names no role: only "ansvarig för X" or "ansvarig i Zetkin" does. */
const BARE_RESPONSIBLE = new Set(['ansvarig', 'ansvariga']);

function singular(role: string): string {
  return PLURAL_ENDINGS.reduce((word, [plural, replacement]) => word.replace(plural, replacement), role);
}

/** What someone is responsible for, starting at `index`: a noun or an adjective and its noun ("sociala medier"). */
function responsibility(tokens: readonly Token[], index: number): { name: string; last: number } | undefined {
  const isNoun = (token: Token | undefined): token is Token =>
    token?.kind === 'word' && !FUNCTION_WORDS.has(token.lower) && !PRONOUNS.has(token.lower);
  const first = tokens[index];
  if (!isNoun(first)) return undefined;
  const second = tokens[index + 1];
  if (/(?:a|ade)$/u.test(first.lower) && isNoun(second) && /^\p{Ll}/u.test(second.text)) {
    return { name: `${first.lower} ${second.lower}`, last: index + 1 };
  }
  return { name: first.lower, last: index };
}

/** Token index of the object in "person som ansvarar för X" / "person som är ansvarig för X" starting at `index`. */
function responsibleFor(tokens: readonly Token[], index: number): number | undefined {
  const words = (offset: number, count: number) =>
    tokens
      .slice(index + offset, index + offset + count)
      .map((token) => token.lower)
      .join(' ');
  if (!PEOPLE.has(tokens[index]?.lower ?? '')) return undefined;
  if (words(1, 3) === 'som ansvarar för') return index + 4;
  if (words(1, 4) === 'som är ansvarig för') return index + 5;
  return undefined;
}

/** Where a role phrase starts, taking in "en", "minst en" before it. */
function phraseStart(tokens: readonly Token[], index: number): number {
  const before = tokens[index - 1];
  if (!before || !isArticle(before)) return index;
  return tokens[index - 2]?.lower === 'minst' ? index - 2 : index - 1;
}

function readSentence(passage: Passage, start: number, end: number): Found | undefined {
  const { tokens } = passage;
  // Roles are kept per unit of the organisation in the register; people have no roles of their own there.
  const group = groupIn(tokens, start, end, 'branch');
  if (!group) return undefined;
  const roles: string[] = [];
  let from = group.start;
  let to = group.end;
  let previous: { role: string; system?: string } | undefined;
  const add = (role: string, first: number, last: number) => {
    if (!roles.includes(role)) roles.push(role);
    from = Math.min(from, phraseStart(tokens, first));
    to = Math.max(to, last + 1);
  };
  for (let index = start; index < end; index++) {
    const token = tokens[index] as Token;
    if ((index >= group.start && index < group.end) || passage.claimed[index]) continue;
    const object = responsibleFor(tokens, index);
    if (ROLE.test(token.lower)) {
      const role = singular(token.lower);
      const system = tokens[index + 1]?.lower === 'i' ? tokens[index + 2]?.lower : undefined;
      const duty = tokens[index + 1]?.lower === 'för' ? responsibility(tokens, index + 2) : undefined;
      if (system !== undefined && SYSTEMS.has(system)) {
        add(`${system}-${role}`, index, index + 2);
        previous = { role, system };
      } else if (BARE_RESPONSIBLE.has(token.lower)) {
        if (duty) add(`${duty.name}-ansvarig`, index, duty.last);
      } else {
        add(role, index, index);
        previous = { role };
      }
    } else if (object !== undefined && tokens[object]?.kind === 'word') {
      const duty = responsibility(tokens, object);
      if (duty) add(`${duty.name}-ansvarig`, index, duty.last);
      else if (PRONOUNS.has((tokens[object] as Token).lower) && previous)
        add(`${previous.system ?? previous.role}-ansvarig`, index, object);
    }
  }
  if (roles.length === 0 || !isFree(passage, from, to)) return undefined;
  const unit = group.partiförening ? {} : { unit: group.unit };
  return { from, to, reading: { kind: 'coverage', roles, ...unit } };
}

export function readCoverage(passage: Passage): Found[] {
  const found: Found[] = [];
  for (const [start, end] of passage.sentences) {
    const sentence = readSentence(passage, start, end);
    if (sentence) found.push(sentence);
  }
  return found;
}
