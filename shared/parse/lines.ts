// Splits plan text into normalised lines and tells structural lines (goal words, delmål, list labels, bullets) from prose.

export type LineKind =
  | 'blank'
  | 'goal'
  | 'subgoal'
  | 'unnumbered'
  | 'numbered'
  | 'goals'
  | 'direction'
  | 'activities'
  | 'background'
  | 'bullet'
  | 'text';

export interface Line {
  /** 1-based line number in the file. */
  number: number;
  /** The line with every kind of space turned into one plain space, trimmed. */
  text: string;
  kind: LineKind;
  /** What follows the marker: goal text, delmål title, list lead-in, bullet content; the text itself for prose. */
  rest: string;
  /** The delmål number on `subgoal` lines; on `numbered` lines the goal's own number ("Mål 1.2" → 2, "Mål 3." → 3). */
  subgoalNumber: number;
  /** On `numbered` lines with two numbers, the first ("Mål 1.2" → 1). */
  parentNumber?: number;
  /** The number of a numbered bullet ("3." → 3). */
  listNumber?: number;
  /** Columns of a line with tabs, as pasted from a table; undefined for a line without tabs. */
  cells?: string[];
  /** Width of the leading white space in the file (a tab counts four), which nests bullets. */
  indent: number;
}

/** Word puts manual line breaks (\v) and page breaks (\f) in its text exports; Unicode has its own separators. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u2028\u2029]/;
/** The line breaks other than \n: a text without them is split at \n alone, far faster than by the pattern. */
const OTHER_LINE_BREAKS = ['\r', '\v', '\f', '\u2028', '\u2029'];
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLES = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;
const SPACE_RUNS = / {2,}/g;
/** The characters ODD_SPACES and INVISIBLES replace. */
const UNUSUAL_SPACE = /[\t\u00a0\u1680\u2000-\u200f\u202f\u205f\u3000\u00ad\u2060\ufeff]/;
/** One scan to tell whether a line needs any of the three replacements, as most lines need none. */
const UNUSUAL_SPACING = new RegExp(`${UNUSUAL_SPACE.source}| {2}`);
const DOUBLE_SPACE = / {2}/;

/**
 * Whether `text` holds any character ODD_SPACES or INVISIBLES replace: when it holds none, a line needs replacing
 * only for a double space, which a literal finds faster than the alternation of both.
 */
export function holdsUnusualSpaces(text: string): boolean {
  return UNUSUAL_SPACE.test(text);
}
const LEADING_SPACE = /^[\t \u00a0]*/;

/** Markers match only a line's start; the rest is sliced off, so a huge line never drives a regex over its length. */
const GOAL = /^övergripande\s+mål(?:sättning)?(?:\s*[:.–—-]\s*|\s*$)/iu;
const SUBGOAL = /^delmål\s+(?:nr\.?\s*)?(\d+)(?:\s*[:.)–—-]\s*|\s+|$)/iu;
const UNNUMBERED_SUBGOAL = /^delmål\s*[:.–—-]/iu;
/** "Mål 1. Fler klubbar", "Mål 1.1 Starta tre klubbar": at most three digits, so "Mål 2025:" is a goal list. */
const NUMBERED_GOAL = /^mål\s+(\d{1,3})(?:\.(\d{1,3}))?(?:\s*[:.)–—-]\s*|\s+|$)/iu;
const ACTIVITIES = /^aktivitet(?:er)?(?:\s*[:.–—-]\s*|\s*$)/iu;
/** Labels that introduce the activities as a whole line: "Detta ska ske genom att:", "STRATEGIER OCH AKTIVITETER". */
const ACTIVITIES_LABEL =
  /^(?:(?:detta|det|vilket)\s+(?:ska\s+ske|sker|gör\s+vi|ska\s+vi\s+göra|uppnår\s+vi|når\s+vi)\s+genom(?:\s+att)?\s*:|(?:strategier(?:\s+och\s+aktiviteter)?|åtgärder|så\s+här\s+gör\s+vi|så\s+gör\s+vi|genom\s+att)\s*:?)$/iu;
/**
 * Goal words that head a list or a statement: "Mål:", "MÅL", "Mål för 2025:", "MÅL FÖR ÅRET", "Årets mål",
 * "Målsättning", "Inriktningsmål".
 */
const GOALS_LABEL =
  /^(?:mål|målen|våra\s+mål|årets\s+mål|målsättning(?:ar|en|arna)?|inriktningsmål(?:en)?|mål\s+(?:för\s+)?(?:år\s+)?\d{4}(?:\s*[–—-]\s*\d{2,4})?|mål\s+för\s+(?:verksamhetsåret|året|perioden|planperioden))(?:\s*[:.–—-]\s*|\s*$)/iu;
/** An area's direction in one line, its overall goal: "Inriktning: PRO ska vara …", "Vision: …". */
const DIRECTION = /^(?:inriktning|övergripande\s+inriktning|vision)\s*[:–—-]\s*(?=\S)/iu;
const BACKGROUND_LABEL = /^(?:nuläge|nulägesbeskrivning|utgångsläge|läget\s+(?:i\s*dag|idag|nu))\s*[:.]?$/iu;
/**
 * `·`, `•`, `*` and friends may touch the text; dashes, Word's `o`, `1.`/`1)` and `a)` need a space after them, except a
 * dash glued to a word ("-ha 120 medlemmar", "-CUF bjuds in"), as lists typed without spaces have it.
 */
const BULLET = /^(?:[·•∙●▪■◦‣○◆►➢✓*]\s*|[-–—]\s+|[-–](?=\p{L})|o\s+|(\d{1,3})[.)]\s+|[a-zåäö]\)\s+)/u;

/** `unusualSpaces` false when the whole text holds no unusual space (see `holdsUnusualSpaces`). */
export function normaliseSpaces(raw: string, unusualSpaces = true): string {
  if (raw === '') return raw;
  if (!(unusualSpaces ? UNUSUAL_SPACING : DOUBLE_SPACE).test(raw)) return raw.trim();
  return raw.replace(INVISIBLES, '').replace(ODD_SPACES, ' ').replace(SPACE_RUNS, ' ').trim();
}

export function splitRawLines(text: string): string[] {
  return OTHER_LINE_BREAKS.some((lineBreak) => text.includes(lineBreak)) ? text.split(LINE_BREAK) : text.split('\n');
}

function indentOf(raw: string): number {
  const leading = LEADING_SPACE.exec(raw)?.[0] ?? '';
  let width = 0;
  for (const char of leading) width += char === '\t' ? 4 : 1;
  return width;
}

export type Marker = Pick<Line, 'kind' | 'rest' | 'subgoalNumber' | 'parentNumber' | 'listNumber'>;

function marked(text: string, kind: LineKind, match: RegExpExecArray, subgoalNumber = 0): Marker {
  return { kind, rest: text.slice(match[0].length), subgoalNumber };
}

/** A marker read from the line's start, if the line has it. */
type MarkerReader = (text: string) => Marker | undefined;

const readWith =
  (pattern: RegExp, kind: LineKind): MarkerReader =>
  (text) => {
    const match = pattern.exec(text);
    return match ? marked(text, kind, match) : undefined;
  };

/**
 * The markers in the order they are tried, each with the first letters its words can start with (övergripande,
 * delmål, mål, aktiviteter, detta, strategier, inriktningsmål …), so a line is tried only against those it can have.
 */
const MARKER_READERS: ReadonlyArray<{ initials: string; read: MarkerReader }> = [
  { initials: 'ö', read: readWith(GOAL, 'goal') },
  {
    initials: 'd',
    read: (text) => {
      const subgoal = SUBGOAL.exec(text);
      return subgoal ? marked(text, 'subgoal', subgoal, Number(subgoal[1])) : undefined;
    },
  },
  { initials: 'd', read: readWith(UNNUMBERED_SUBGOAL, 'unnumbered') },
  {
    initials: 'm',
    read: (text) => {
      const numbered = NUMBERED_GOAL.exec(text);
      if (!numbered) return undefined;
      const [, first, second] = numbered;
      const line = marked(text, 'numbered', numbered, Number(second ?? first));
      return second === undefined ? line : { ...line, parentNumber: Number(first) };
    },
  },
  { initials: 'a', read: readWith(ACTIVITIES, 'activities') },
  {
    initials: 'dvsåg',
    read: (text) => (ACTIVITIES_LABEL.test(text) ? { kind: 'activities', rest: '', subgoalNumber: 0 } : undefined),
  },
  { initials: 'mvåi', read: readWith(GOALS_LABEL, 'goals') },
  { initials: 'iöv', read: readWith(DIRECTION, 'direction') },
  {
    initials: 'nul',
    read: (text) => (BACKGROUND_LABEL.test(text) ? { kind: 'background', rest: '', subgoalNumber: 0 } : undefined),
  },
];

const READERS_BY_INITIAL = new Map<string, MarkerReader[]>();
for (const { initials, read } of MARKER_READERS) {
  for (const initial of initials) {
    const readers = READERS_BY_INITIAL.get(initial);
    if (readers) readers.push(read);
    else READERS_BY_INITIAL.set(initial, [read]);
  }
}

/** What structure a normalised line of text marks, or plain prose. Shared by text and by a document's paragraphs. */
export function markerOf(text: string): Marker {
  if (text === '') return { kind: 'blank', rest: '', subgoalNumber: 0 };
  for (const read of READERS_BY_INITIAL.get(text.charAt(0).toLowerCase()) ?? []) {
    const marker = read(text);
    if (marker) return marker;
  }
  return bulletOrText(text);
}

function bulletOrText(text: string): Marker {
  const bullet = BULLET.exec(text);
  if (bullet) {
    const line = marked(text, 'bullet', bullet);
    return bullet[1] === undefined ? line : { ...line, listNumber: Number(bullet[1]) };
  }
  return { kind: 'text', rest: text, subgoalNumber: 0 };
}

/** `unusualSpaces` as for `normaliseSpaces`. */
export function classifyLine(raw: string, number: number, unusualSpaces = true): Line {
  const text = normaliseSpaces(raw, unusualSpaces);
  const line = markerOf(text) as Line;
  line.number = number;
  line.text = text;
  line.indent = raw === '' ? 0 : indentOf(raw);
  if (raw.includes('\t')) line.cells = raw.split('\t').map((cell) => normaliseSpaces(cell, unusualSpaces));
  return line;
}

const TERMINAL_PUNCTUATION = /[.,;:!?…]$/;
const SENTENCE_INSIDE = /[.!?]\s/;
const STARTS_UPPER_CASE = /^[^\p{L}]*\p{Lu}/u;
const MAX_HEADING_LENGTH = 80;
const MAX_HEADING_WORDS = 10;

function isShort(text: string): boolean {
  if (text.length === 0 || text.length > MAX_HEADING_LENGTH) return false;
  let words = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) words++;
  return words <= MAX_HEADING_WORDS;
}

/** A short prose line with a capital letter and no sentence punctuation, e.g. "Det parlamentariska arbetet". */
export function looksLikeHeading(text: string): boolean {
  return (
    isShort(text) && STARTS_UPPER_CASE.test(text) && !TERMINAL_PUNCTUATION.test(text) && !SENTENCE_INSIDE.test(text)
  );
}

const LETTERS = /\p{L}/u;
const LOWER_CASE = /\p{Ll}/u;
const LONG_CAPITAL_WORD = /\p{Lu}{3}/u;

/** A short line in capitals, maybe ending in a full stop: "INTRESSEPOLITISKA FRÅGOR.", "ORGANISATION". */
export function isCapitalsHeading(text: string): boolean {
  const body = text.endsWith('.') ? text.slice(0, -1) : text;
  return (
    isShort(body) &&
    LETTERS.test(body) &&
    !LOWER_CASE.test(body) &&
    LONG_CAPITAL_WORD.test(body) &&
    !TERMINAL_PUNCTUATION.test(body) &&
    !SENTENCE_INSIDE.test(body)
  );
}

/** How clearly a line stands on its own: after a blank line, after a finished sentence, or glued to the line above. */
export type Separation = 'blank' | 'sentence' | 'none';

const SENTENCE_END = /[.!?;]$/;

export function separationBefore(lines: readonly Line[], index: number): Separation {
  const previous = lines[index - 1];
  if (!previous || previous.kind === 'blank') return 'blank';
  return SENTENCE_END.test(previous.text) ? 'sentence' : 'none';
}
