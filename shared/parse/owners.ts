// Who carries out a delmål's activities: read from the list's lead-in and from activities that name their own doer.

const MAX_OWNER_WORDS = 5;
const LEADING_WORDS = 16;
/** Words that start a subject but never name an owner: pronouns, quantifiers, conjunctions. */
const NOT_AN_OWNER = new Set([
  'alla',
  'varje',
  'samtliga',
  'vi',
  'ni',
  'jag',
  'du',
  'man',
  'det',
  'den',
  'de',
  'detta',
  'denna',
  'dessa',
  'att',
  'i',
  'om',
  'när',
  'för',
  'med',
  'under',
  'vår',
  'våra',
  'vårt',
  'en',
  'ett',
  'ingen',
  'någon',
]);
/** Adverbs ending in -s that may follow "ska" in the active voice ("Distriktet ska tillsammans med …"). */
const ADVERBS_ENDING_IN_S = new Set(['tillsammans', 'dessutom', 'annars']);
/** Endings of organisational nouns that name a doer wherever they stand first, whatever verb follows; and "DS". */
const ORGANISATION_ENDINGS = [
  'styrelsen',
  'gruppen',
  'kommittén',
  'utskottet',
  'distriktet',
  'föreningen',
  'föreningarna',
  'beredningen',
];
const WORD = /^\p{L}+$/u;
const ACRONYM = /^\p{Lu}{2,5}$/u;
const NAME_PUNCTUATION = /[,.;:!?”“"„«»()]/u;
const SKA = /(?<!\p{L})ska(?!\p{L})/iu;

/** "ska" as a word, looked for only where the letters stand at all. */
function findSka(text: string): RegExpExecArray | null {
  return /ska/iu.test(text) ? SKA.exec(text) : null;
}

function isOwnerPhrase(phrase: string): boolean {
  const words = phrase.split(' ', MAX_OWNER_WORDS + 1);
  return (
    phrase !== '' &&
    words.length <= MAX_OWNER_WORDS &&
    /^\p{Lu}/u.test(phrase) &&
    !NOT_AN_OWNER.has((words[0] as string).toLowerCase()) &&
    !NAME_PUNCTUATION.test(phrase)
  );
}

/**
 * "Under verksamhetsåret ska DS:" → "DS"; "Distriktsstyrelsen ska:" → "Distriktsstyrelsen"; "Ansvarig: DS" → "DS".
 * The phrase after (or, when nothing follows, before) "ska" is the owner when it is a short name starting with a
 * capital letter; "Under året ska vi:" has no owner.
 */
export function ownerFromLeadIn(leadIn: string): string {
  if (leadIn === '') return '';
  const text = leadIn.replace(/:$/u, '').trim();
  const responsible = /^ansvarig[a]?\s*:\s*(.+)$/iu.exec(text);
  if (responsible) return isOwnerPhrase(responsible[1] as string) ? (responsible[1] as string) : '';
  const ska = findSka(text);
  if (!ska) return '';
  const after = text.slice(ska.index + ska[0].length).trim();
  const candidate = after !== '' ? after : text.slice(0, ska.index).trim();
  return isOwnerPhrase(candidate) ? candidate : '';
}

/** Compared in lower case by endings: an unanchored pattern would be tried at every letter of every activity's first word. */
function isOrganisationNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return lower === 'ds' || ORGANISATION_ENDINGS.some((ending) => lower.endsWith(ending));
}

function isOrganisation(word: string): boolean {
  return (isOrganisationNoun(word) && WORD.test(word)) || ACRONYM.test(word);
}

/** Leading organisational nouns joined by "och" or ",": "Distriktsstyrelsen och regiongruppen tar ansvar …". */
function leadingOrganisations(words: readonly string[]): string {
  let end = 0;
  for (let index = 0; index < words.length; ) {
    const word = words[index] as string;
    if (!isOrganisation(word.replace(/,$/u, ''))) break;
    end = index + 1;
    if (word.endsWith(',')) index += 1;
    else if (words[index + 1] === 'och') index += 2;
    else break;
  }
  const next = words[end];
  if (end === 0 || next === undefined || next === 'och' || !/^\p{Ll}/u.test(next)) return '';
  return words.slice(0, end).join(' ').replace(/,$/u, '');
}

/**
 * The activity's own doer when it names one, else ''. It names one when it starts with organisational nouns
 * ("Distriktet ska …", "Distriktsstyrelsen och regiongruppen tar …") or with a short capitalised subject before "ska"
 * in the active voice ("Regiongruppen ska skriva …"); "Alla partiföreningar ska rekommenderas …" (a quantifier, and
 * passive) names none.
 */
export function namedOwner(text: string): string {
  // The owner stands first: a few words are enough, however long the activity; most activities start with a verb.
  const space = text.indexOf(' ');
  const first = space === -1 ? text : text.slice(0, space);
  if (isOrganisation(first.replace(/,$/u, ''))) {
    const organisations = leadingOrganisations(text.split(' ', LEADING_WORDS));
    if (organisations !== '') return organisations;
  }
  const ska = findSka(text);
  if (!ska) return '';
  const subject = text.slice(0, ska.index).trim();
  const verb =
    text
      .slice(ska.index + ska[0].length)
      .trim()
      .split(' ')[0] ?? '';
  const passive = verb.endsWith('s') && !ADVERBS_ENDING_IN_S.has(verb.toLowerCase());
  return isOwnerPhrase(subject) && !passive ? subject : '';
}

/** The activity's own doer when it names one (see `namedOwner`), else the delmål's owner. */
export function activityOwner(text: string, subgoalOwner: string, named = namedOwner): string {
  return named(text) || subgoalOwner;
}
