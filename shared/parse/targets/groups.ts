// Who a role or an amount is due by, each on their own: "varje partiförening", "alla klubbar", "varje socken",
// "varje fullmäktigeledamot".
import type { Token } from '../tokens.ts';
import { isPunctuation } from './reading.ts';

const QUANTIFIERS = new Set(['varje', 'varenda', 'alla', 'samtliga', 'respektive']);
/** "hälften av klubbarna": some of the units, never each of them. */
const PARTS = new Set(['hälften', 'tredjedel', 'tredjedelen', 'fjärdedel', 'majoriteten', 'merparten', 'flertalet']);
/** "alla"/"samtliga" after a preposition gather the units: "ett möte för alla klubbar" is one meeting, not one each. */
const GATHERING = new Set(['alla', 'samtliga']);
const PREPOSITIONS = new Set(['för', 'med', 'till', 'i', 'på', 'från', 'bland', 'hos', 'inom', 'av', 'mellan', 'åt']);
/**
 * Words after which a group stands where the doer of a clause stands (as does one first in its clause or after a list
 * number): "Varje klubb …", "… och varje klubb …", "Vi vill
 * att varje klubb …", "Under året ska varje klubb …" (the subject after the verb). After another word (a verb, a
 * preposition) the group is what is done to: "Ringa alla medlemmar en gång per kvartal".
 */
const BEFORE_A_SUBJECT = new Set(['att', 'och', 'samt', 'så', 'där', 'när', 'ska', 'skall', 'bör', 'måste', 'kommer']);

/**
 * The units a plan is organised in, by their inflected forms; the singular is the unit's name. Matched at the word's
 * end, so compounds count ("S-förening", "arbetsplatsklubb") without a pattern that backtracks over every word.
 */
const BRANCH_UNITS: readonly RegExp[] = [
  /(förening)(?:en|ar|arna)?$/u,
  /(klubb)(?:en|ar|arna)?$/u,
  /(avdelning)(?:en|ar|arna)?$/u,
  /(krets)(?:en|ar|arna)?$/u,
  /(depå)(?:n|er|erna)?$/u,
  /(sektion)(?:en|er|erna)?$/u,
  /(arbetarekommun)(?:en|er|erna)?$/u,
  /(distrikt)(?:et|en)?$/u,
  /((?:lokal|bas)organisation)(?:en|er|erna)?$/u,
  /(arbetsplats)(?:en|er|erna)?$/u,
  /^(lokalgrupp)(?:en|er|erna)?$/u,
  /^(kommun)(?:en|er|erna)?$/u,
];
const PARISH = /^(?:socken|socknen|socknar|socknarna)$/u;
/** Places a plan may want a role in, one by one: "en kontaktperson i varje tätort". */
const PLACES = /^((?:tät)?ort|stadsdel|bostadsområde|by)(?:en|er|erna|ar|arna|n|t|na)?$/u;
/** People a plan gives amounts or roles one by one. */
const PERSON_UNITS: ReadonlyArray<[RegExp, string]> = [
  [/(ledam)(?:ot|oten|öter|öterna)$/u, 'ot'],
  [/(vald)(?:a|e)?$/u, ''],
  [/(kandidat)(?:en|er|erna)?$/u, ''],
  [/^(medlem)(?:men|mar|marna)?$/u, ''],
  [/(representant)(?:en|er|erna)?$/u, ''],
  [/(politiker)(?:n|na)?$/u, ''],
];
/**
 * The seed's "partiförening", the register's own unit (the sheet Partiföreningar): coverage of it keeps no unit, so
 * plans read before units were kept compare equal.
 */
const PARTY_BRANCH = /^partiförening(?:en|ar|arna)?$/u;

export interface Group {
  /** The unit in the singular, as written ("S-förening", "socken", "fullmäktigeledamot"). */
  unit: string;
  kind: 'branch' | 'person';
  /** Token index of the quantifier, and the index after the unit. */
  start: number;
  end: number;
  /** True for partiföreningar, whose coverage keeps no unit. */
  partiförening: boolean;
  /** "alla klubbar" after a preposition or a verb: the units together, not each one. */
  gathered: boolean;
  /** "hälften av klubbarna": some of the units. */
  part: boolean;
  /** The group stands where the doer of its clause stands (see BEFORE_A_SUBJECT). */
  subject: boolean;
}

function singularOf(token: Token): { unit: string; kind: Group['kind'] } | undefined {
  for (const pattern of BRANCH_UNITS) {
    const match = pattern.exec(token.lower);
    if (match) return { unit: token.text.slice(0, match.index + (match[1] as string).length), kind: 'branch' };
  }
  if (PARISH.test(token.lower)) return { unit: 'socken', kind: 'branch' };
  const place = PLACES.exec(token.lower);
  if (place) return { unit: place[1] as string, kind: 'branch' };
  for (const [pattern, ending] of PERSON_UNITS) {
    const match = pattern.exec(token.lower);
    if (match) return { unit: token.text.slice(0, match.index + (match[1] as string).length) + ending, kind: 'person' };
  }
  return undefined;
}

/** The group a quantifier at `index` names, with one word allowed between ("varje lokal hyresgästförening"). */
export function groupAt(tokens: readonly Token[], index: number): Group | undefined {
  const quantifier = tokens[index]?.lower ?? '';
  const part = PARTS.has(quantifier) && tokens[index + 1]?.lower === 'av';
  if (!QUANTIFIERS.has(quantifier) && !part) return undefined;
  const first = part ? index + 2 : index + 1;
  for (const at of [first, first + 1]) {
    const token = tokens[at];
    if (!token || isPunctuation(token) || token.kind !== 'word') return undefined;
    const unit = singularOf(token);
    if (unit) {
      const before = tokens[index - 1];
      const subject =
        before === undefined || isPunctuation(before) || before.kind === 'number' || BEFORE_A_SUBJECT.has(before.lower);
      return {
        ...unit,
        start: index,
        end: at + 1,
        partiförening: PARTY_BRANCH.test(token.lower),
        // "Ringa alla medlemmar en gång per kvartal", like "ett möte för alla klubbar": one round for all of them.
        gathered: GATHERING.has(quantifier) && (PREPOSITIONS.has(before?.lower ?? '') || !subject),
        part,
        subject,
      };
    }
  }
  return undefined;
}

/** The first group named in tokens [start, end) that means every one of its units, for `kind` only when given. */
export function groupIn(tokens: readonly Token[], start: number, end: number, kind?: Group['kind']): Group | undefined {
  for (let index = start; index < end - 1; index++) {
    const group = groupAt(tokens, index);
    if (group && !group.part && (kind === undefined || group.kind === kind)) return group;
  }
  return undefined;
}

/** The first group in tokens [start, end) taken one by one: not "ett möte för alla klubbar". */
export function distributiveGroup(tokens: readonly Token[], start: number, end: number): Group | undefined {
  for (let index = start; index < end - 1; index++) {
    const group = groupAt(tokens, index);
    if (group && !group.gathered) return group;
  }
  return undefined;
}

/**
 * Who an amount at token `number` is due by, each on their own, given its sentence's distributive group: the group of
 * a "Varje klubb …" or "Varje partiförening …" before the amount (reports count the units that met it, never the sum).
 * `blocked` when the amount cannot be read for the group: some of a group ("hälften av klubbarna": which ones is not
 * known), a group after the amount ("tre träffar med varje klubb": the district's meetings, one per club, or the
 * clubs' own? a reader cannot tell), or "varje" one that is not the doer ("Besöka varje partiförening minst en gång
 * per termin": a visit to each, which no partiförening logs as its own; "alla" there gathers them, see `groupAt`).
 */
export function dueBy(
  group: Group | undefined,
  number: number,
): { each?: { unit: string; kind: Group['kind'] }; blocked: boolean } {
  if (!group) return { blocked: false };
  if (group.part || group.start > number || !group.subject) return { blocked: true };
  return { each: { unit: group.unit, kind: group.kind }, blocked: false };
}
