// The plan's first heading block: which of its lines is the title, and the organisation and year it names.

const YEAR = /(?<!\d)(19\d\d|2\d\d\d)(?!\d)/u;
/** "2025–2027", "2025-27": a multi-year plan. */
const YEAR_SPAN = /(?<!\d)((?:19|2\d)\d\d)\s*[–—-]\s*(\d{4}|\d{2})(?![\d-])/u;
/** "2024-11-12", "12 november 2024": a date, as in "Beslutad 2024-11-12". */
const ISO_DATE = /(?<!\d)((?:19|2\d)\d\d)-(\d\d)-(\d\d)(?!\d)/u;
const WRITTEN_DATE =
  /(?<!\d)\d{1,2}\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+((?:19|2\d)\d\d)(?!\d)/iu;
const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
/** A plan decided from July on is for the next year: boards adopt next year's plan in the autumn. */
const FIRST_MONTH_FOR_NEXT_YEAR = 7;

const PLAN_WORD = /^verksamhetsplan(?:en)?$/iu;
const YEAR_PART = /^(?:\d{4}(?:[-–/]\d{2,4})?|år|året|verksamhetsåret)$/iu;
/** Words of a title that name neither the plan nor its organisation: "Förslag till verksamhetsplan, årsmötet 2021". */
const FILLER =
  /^(?:för|till|[-–—:,/]|förslag|beslutad|antagen|fastställd|reviderad|årsmötet|årsmöte|årskonferensen|årskonferens|stämman|regionstämman|distriktsstämman)$/iu;
const LOWER_CASE_WORDS = new Set(['i', 'och', 'för', 'på', 'av', 'till', 'med', 'de']);
/** The kinds of unit inside a name, written in lower case: "SPF Seniorerna distrikt Blekinge". */
const UNIT_NOUNS =
  /^(?:distrikt|region|klubb|krets|kommunkrets|arbetarekommun|avdelning|lokalavdelning|förening|lokalförening|sektion|län)$/u;
const VOWELS = /[aeiouyåäö]/iu;
/** Short words that open a name as words, not as acronyms like "PRO" or "SPF". */
const SHORT_NAME_WORDS = new Set(['ung', 'unga', 'nya']);
/**
 * How an organisation's name opens: a party or association in the definite form ("Vänsterpartiet",
 * "Socialdemokraterna", "Hyresgästföreningen"), an acronym ("PRO"), "Ung"; together with a proper noun after it, the
 * line names the organisation whatever follows it.
 */
const NAME_OPENING = /^(?:\p{Lu}\p{L}*(?:partiet|erna|föreningen|förbundet|kvinnorna|klubben)|\p{Lu}{2,5}|Unga?)$/u;
/** The line that names the plan: the title. */
const PLAN_TITLE = /verksamhetsplan/iu;
/** What marks a line as part of the title block by itself: the plan word, a year, a date, a proposal or decision. */
const TITLE_CONTENT =
  /verksamhetsplan|(?<!\d)(?:19|2\d)\d\d(?!\d)|förslag|beslutad|antagen|antogs|fastställd|reviderad|verksamhetsåret/iu;
const MAX_TITLE_LINE = 80;
/** Lines that end a sentence or introduce something are body text, never part of the title block. */
const SENTENCE_OR_LEAD_IN = /[.!?;:,]$/;
const MAX_ORGANISATION_WORDS = 8;
/** First words of a sentence's subject that never name the organisation: "Det här året är …", "Vi är …". */
const NOT_AN_ORGANISATION = new Set(['det', 'den', 'de', 'detta', 'denna', 'vi', 'planen', 'året', 'här', 'nu', 'vår']);

export type Years = { year: number; years?: { from: number; to: number } };

function spanIn(text: string): Years | undefined {
  const span = YEAR_SPAN.exec(text);
  if (!span) return undefined;
  const from = Number(span[1]);
  const written = span[2] as string;
  const to = written.length === 2 ? Math.floor(from / 100) * 100 + Number(written) : Number(written);
  return to > from && to - from <= 10 ? { year: to, years: { from, to } } : undefined;
}

function dateYear(text: string): number | undefined {
  const iso = ISO_DATE.exec(text);
  const written = WRITTEN_DATE.exec(text);
  let year: number;
  let month: number;
  if (iso) [year, month] = [Number(iso[1]), Number(iso[2])];
  else if (written) [year, month] = [Number(written[2]), MONTHS.indexOf((written[1] as string).toLowerCase()) + 1];
  else return undefined;
  return month >= FIRST_MONTH_FOR_NEXT_YEAR ? year + 1 : year;
}

/**
 * The year a title-block line gives: a span's last year ("2025–2027"), a decision date's plan year ("Beslutad
 * 2024-11-12" → 2025), else its first four-digit year.
 */
export function yearOfLine(text: string): Years | undefined {
  const span = spanIn(text);
  if (span) return span;
  const date = dateYear(text);
  if (date !== undefined) return { year: date };
  const match = YEAR.exec(text);
  return match ? { year: Number(match[1]) } : undefined;
}

/** "Beslutad 2025-11-20", "Antagen av årsmötet 12 mars 2025": a line that only says when the plan was adopted. */
const DECISION_LINE = /^(?:beslutad|antagen|antogs|fastställd)\b[^.]{0,60}\.?$/iu;

/**
 * The plan year a decision line gives wherever it stands ("Beslutad 2025-11-20" at the foot of the plan → 2026), for a
 * plan whose title block names no year.
 */
export function decisionYear(text: string): Years | undefined {
  const year = DECISION_LINE.test(text) ? dateYear(text) : undefined;
  return year === undefined ? undefined : { year };
}

/** A line that can stand in the title block: short, and neither a sentence nor a lead-in. */
export function isTitleLike(text: string): boolean {
  return text.length > 0 && text.length <= MAX_TITLE_LINE && !SENTENCE_OR_LEAD_IN.test(text);
}

/**
 * Which of the first lines form the title block: the first line, then each title-like line that names the plan, a
 * year, a date or a proposal, or names an organisation and is followed by another title-like line ("Centerpartiet
 * Ydre kommunkrets" above "INLEDNING"). `isBody(i)` says a line is structure (a marker, a bullet, an area heading) and ends the block.
 * Returns how many of the lines belong to it.
 */
export function titleBlockLength(texts: readonly string[], isBody: (index: number) => boolean): number {
  let length = 1;
  // A first line that is structure is the title all the same (and a plan without a year), as it always was.
  if (isBody(0)) return length;
  let named = organisationFromLine(texts[0] as string) !== '';
  let titled = PLAN_TITLE.test(texts[0] as string);
  while (length < texts.length) {
    const text = texts[length] as string;
    if (isBody(length) || !isTitleLike(text)) break;
    const next = texts[length + 1];
    const followedByTitleLike = next !== undefined && !isBody(length + 1) && isTitleLike(next);
    // Without a year or the plan word, only a name can join ("Centerpartiet Ydre kommunkrets"), not "VERKSAMHET";
    // names stand above the title or one under it: a second "name" under both is the first heading ("VÅRA
    // PRIORITERINGAR" under "VERKSAMHETSPLAN 2025" and "Socialdemokraterna i Ale").
    const isName = !(named && titled) && organisationFromLine(text) !== '' && (followedByTitleLike || opensAName(text));
    if (!TITLE_CONTENT.test(text) && !isName) break;
    if (isName) named = true;
    if (PLAN_TITLE.test(text)) titled = true;
    length++;
  }
  return length;
}

/** The title among the block's lines: the one that says "verksamhetsplan", else the first. */
export function titleIndex(texts: readonly string[]): number {
  const index = texts.findIndex((text) => PLAN_TITLE.test(text));
  return index === -1 ? 0 : index;
}

/** "Vänsterpartiet Norrtälje", "PRO Dalarna": a name by its opening word and a proper noun or acronym in it. */
function opensAName(line: string): boolean {
  const words = line.split(' ');
  const first = words[0] as string;
  if (!NAME_OPENING.test(first)) return false;
  return /^\p{Lu}{2,5}$/u.test(first) || words.slice(1).some((word) => /^\p{Lu}/u.test(word));
}

function properCase(word: string, index: number): string {
  const lower = word.toLowerCase();
  if (LOWER_CASE_WORDS.has(lower) || (index > 0 && UNIT_NOUNS.test(lower))) return lower;
  // A short word without vowels is an acronym ("SPF"), and so is a short first word ("PRO"), not a shouted word.
  if (word.length <= 4 && !VOWELS.test(word)) return word;
  if (index === 0 && word.length <= 3 && !SHORT_NAME_WORDS.has(lower)) return word;
  return lower.replace(/(^|-)(\p{L})/gu, (_match, dash: string, letter: string) => dash + letter.toUpperCase());
}

function caseOf(words: readonly string[], line: string): string {
  const allCaps = line === line.toUpperCase();
  return (allCaps ? words.map(properCase) : words).join(' ');
}

/**
 * "VERKSAMHETSPLAN FÖR VÄNSTERPARTIET VÄSTERNORRLAND 2024" → "Vänsterpartiet Västernorrland". The title must contain the
 * word "verksamhetsplan"; what is left without it, the year, "för" and words like "förslag" is the organisation.
 * All-caps titles are proper-cased. '' when nothing with a capital letter is left.
 */
export function organisationFromTitle(title: string): string {
  const words = title.split(' ');
  if (!words.some((word) => PLAN_WORD.test(word))) return '';
  const kept = words
    .map((word) => word.replace(/^[:,–—-]+|[:,]+$/gu, ''))
    .filter((word) => word !== '' && !PLAN_WORD.test(word) && !YEAR_PART.test(word) && !FILLER.test(word));
  if (kept.length === 0) return '';
  const organisation = caseOf(kept, title);
  return /^\p{Lu}/u.test(organisation) ? organisation : '';
}

/** A title-block line that names the organisation: two words or more, capitalised, without the plan word or a year. */
export function organisationFromLine(line: string): string {
  const words = line.split(' ');
  if (words.length < 2 || words.length > MAX_ORGANISATION_WORDS || !/^\p{Lu}/u.test(line) || TITLE_CONTENT.test(line))
    return '';
  return caseOf(words, line);
}

/** "Miljöpartiet de gröna i Lund är en lokalförening …" → "Miljöpartiet de gröna i Lund": the first sentence's subject. */
export function organisationFromSentence(sentence: string): string {
  const match = /^(\p{Lu}[\p{L}-]*(?: [\p{L}-]+){1,7}) är /u.exec(sentence);
  const subject = match?.[1];
  if (!subject) return '';
  const words = subject.split(' ');
  const named = words.slice(1).some((word) => /^\p{Lu}/u.test(word));
  return named && !NOT_AN_ORGANISATION.has((words[0] as string).toLowerCase()) ? subject : '';
}
