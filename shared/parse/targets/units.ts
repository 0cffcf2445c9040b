// The counted thing after a number ("15 debattartiklar", "två nya medlemmar"), and the words that rule a number out.
import { tokenNumber } from '../numbers.ts';
import type { Token } from '../tokens.ts';
import { FUNCTION_WORDS } from './reading.ts';

/** Time, money and calendar words: "de kommande tre åren", "800 mkr", "9 juni" are not targets. */
const NOT_A_UNIT =
  /^(?:år|åren|året|års|månad|månader|månaden|vecka|veckor|veckan|dag|dagar|dagen|timme|timmar|minut|minuter|kvartal|kvartalet|kvartalen|termin|terminer|terminen|veckovis|månadsvis|kvartalsvis|terminsvis|årligen|årsvis|kr|kronor|mkr|tkr|miljon|miljoner|miljard|miljarder|euro|procent|procentenheter|st|stycken|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$/u;
const MONTH_COMPOUND = /^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)-/u;
const TIMES = new Set(['gång', 'gånger']);
/** Words before a number that make it a reference to something counted elsewhere ("de 15 debattartiklarna"). */
const REFERENCE_WORDS = new Set([
  'de',
  'dessa',
  'våra',
  'sina',
  'era',
  'deras',
  'dom',
  'alla',
  'samtliga',
  'den',
  'det',
  'av',
  'delmål',
  'punkt',
  'aktivitet',
  'nummer',
  'nr',
  'kapitel',
  'sida',
  'rad',
  'vecka',
]);

const RANGE_JOINERS = new Set(['-', '–', '—', 'till']);

/** A number that refers to an amount given elsewhere, or ends a range ("10–15 artiklar"): neither is a target. */
export function isReferenceOrRange(tokens: readonly Token[], numberStart: number): boolean {
  const before = tokens[numberStart - 1]?.lower ?? '';
  return (
    REFERENCE_WORDS.has(before) || (RANGE_JOINERS.has(before) && tokenNumber(tokens[numberStart - 2]) !== undefined)
  );
}

function isContentWord(token: Token | undefined, allowTimes: boolean): token is Token {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    !FUNCTION_WORDS.has(token.lower) &&
    !NOT_A_UNIT.test(token.lower) &&
    !MONTH_COMPOUND.test(token.lower) &&
    tokenNumber(token) === undefined &&
    (allowTimes || !TIMES.has(token.lower))
  );
}

export interface Unit {
  text: string;
  /** The noun the unit is about ("debattartiklar" in "nya debattartiklar"). */
  head: string;
  /** Token index after the unit. */
  end: number;
}

/** Adjectives before the noun: -a, -ad(e), -ig, -isk and neuter forms ("nya", "utåtriktad", "öppet", "politiskt"). */
const ADJECTIVE = /(?:a|ad|ade|ig|isk|igt|iskt|et)$/u;
/** "tre prioriterade områden" are the plan's topics, not a number of things to do. */
const TOPIC_ADJECTIVES = new Set(['prioriterade', 'viktiga', 'centrala', 'övergripande']);
const TOPICS = new Set(['områden', 'frågor', 'teman', 'fokusområden']);
/** A lower-case word, or a name joined to a lower-case noun ("Skogsmulle-grupper", "S-föreningar", "Facebook-inlägg"). */
const LOWER_CASE_NOUN = /^(?:[\p{L}\d]+-)?\p{Ll}/u;
/** Plural nouns ("debattartiklar", "insändare"), which "och" joins into one unit: "20 debattartiklar och insändare". */
const PLURAL = /(?:ar|er|or|are)$/u;
/** "fyra stycken medlemsmöten": the counting word is not the unit. */
const COUNTING_WORDS = new Set(['st', 'stycken']);

/**
 * The unit starting at `index`: a noun, an adjective and its noun ("nya medlemmar", "facklig träff", "öppet möte"), a
 * list of nouns ("utbildning, föreläsning eller webbinarium"), or two plural nouns joined by "och" ("debattartiklar
 * och insändare"). `allowTimes` lets "gång/gånger" through for cadences ("en gång i månaden").
 */
export function readUnit(text: string, tokens: readonly Token[], index: number, allowTimes: boolean): Unit | undefined {
  const start = COUNTING_WORDS.has(tokens[index]?.lower ?? '') ? index + 1 : index;
  const first = tokens[start];
  if (!isContentWord(first, allowTimes)) return undefined;
  let end = start + 1;
  const second = tokens[end];
  // "ordförandemöte hålls" is no pair: the second word must be lower case, or a name joined to a lower-case noun.
  if (ADJECTIVE.test(first.lower) && isContentWord(second, allowTimes) && LOWER_CASE_NOUN.test(second.text)) end++;
  const head = (tokens[end - 1] as Token).lower;
  if (TOPIC_ADJECTIVES.has(first.lower) && TOPICS.has(head)) return undefined;
  // A list of single nouns ends in "eller"/"och" + noun: "utbildning, föreläsning eller webbinarium".
  let listEnd = end;
  while (tokens[listEnd]?.text === ',' && isContentWord(tokens[listEnd + 1], false)) listEnd += 2;
  const joiner = tokens[listEnd]?.lower;
  const last = tokens[listEnd + 1];
  // Without commas "eller" joins, and "och" two plurals: "15 debattartiklar och fortsätta …" is no list.
  const closesList =
    listEnd > end
      ? joiner === 'eller' || joiner === 'och'
      : joiner === 'eller' || (joiner === 'och' && PLURAL.test(head) && PLURAL.test(last?.lower ?? ''));
  if (closesList && isContentWord(last, false)) end = listEnd + 2;
  return { text: text.slice(first.start, (tokens[end - 1] as Token).end), head, end };
}
