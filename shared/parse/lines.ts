// Splits plan text into normalised lines and tells the structural lines (goal, delmål, activities, bullets) from prose.

export type LineKind = 'blank' | 'goal' | 'subgoal' | 'unnumbered' | 'activities' | 'bullet' | 'text';

export interface Line {
  /** 1-based line number in the file. */
  number: number;
  /** The line with every kind of space turned into one plain space, trimmed. */
  text: string;
  kind: LineKind;
  /** What follows the marker: goal text, delmål title, activities lead-in, bullet content; the text itself for prose. */
  rest: string;
  /** The delmål number on `subgoal` lines, else 0. */
  subgoalNumber: number;
}

/** Word puts manual line breaks (\v) and page breaks (\f) in its text exports; Unicode has its own separators. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u2028\u2029]/;
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLES = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;
const SPACE_RUNS = / {2,}/g;

/** Markers match only a line's start; the rest is sliced off, so a huge line never drives a regex over its length. */
const GOAL = /^övergripande\s+mål(?:sättning)?(?:\s*[:.–—-]\s*|\s*$)/iu;
const SUBGOAL = /^delmål\s+(?:nr\.?\s*)?(\d+)(?:\s*[:.)–—-]\s*|\s+|$)/iu;
const UNNUMBERED_SUBGOAL = /^delmål\s*[:.–—-]/iu;
const ACTIVITIES = /^aktivitet(?:er)?(?:\s*[:.–—-]\s*|\s*$)/iu;
/** `·`, `•`, `*` and friends may touch the text; dashes, Word's `o`, `1.`/`1)` and `a)` need a space after them. */
const BULLET = /^(?:[·•∙●▪■◦‣○◆►➢✓*]\s*|[-–—]\s+|o\s+|\d{1,3}[.)]\s+|[a-zåäö]\)\s+)/u;

function normaliseSpaces(raw: string): string {
  if (raw === '') return raw;
  return raw.replace(INVISIBLES, '').replace(ODD_SPACES, ' ').replace(SPACE_RUNS, ' ').trim();
}

export function splitRawLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

function markedLine(number: number, text: string, kind: LineKind, marker: RegExpExecArray, subgoalNumber = 0): Line {
  return { number, text, kind, rest: text.slice(marker[0].length), subgoalNumber };
}

export function classifyLine(raw: string, number: number): Line {
  const text = normaliseSpaces(raw);
  if (text === '') return { number, text, kind: 'blank', rest: '', subgoalNumber: 0 };
  const goal = GOAL.exec(text);
  if (goal) return markedLine(number, text, 'goal', goal);
  const subgoal = SUBGOAL.exec(text);
  if (subgoal) return markedLine(number, text, 'subgoal', subgoal, Number(subgoal[1]));
  const unnumbered = UNNUMBERED_SUBGOAL.exec(text);
  if (unnumbered) return markedLine(number, text, 'unnumbered', unnumbered);
  const activities = ACTIVITIES.exec(text);
  if (activities) return markedLine(number, text, 'activities', activities);
  const bullet = BULLET.exec(text);
  if (bullet) return markedLine(number, text, 'bullet', bullet);
  return { number, text, kind: 'text', rest: text, subgoalNumber: 0 };
}

const TERMINAL_PUNCTUATION = /[.,;:!?…]$/;
const SENTENCE_INSIDE = /[.!?]\s/;
const STARTS_UPPER_CASE = /^[^\p{L}]*\p{Lu}/u;
const MAX_HEADING_LENGTH = 80;
const MAX_HEADING_WORDS = 10;

/** A short prose line with a capital letter and no sentence punctuation, e.g. "Det parlamentariska arbetet". */
export function looksLikeHeading(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= MAX_HEADING_LENGTH &&
    text.split(' ').length <= MAX_HEADING_WORDS &&
    STARTS_UPPER_CASE.test(text) &&
    !TERMINAL_PUNCTUATION.test(text) &&
    !SENTENCE_INSIDE.test(text)
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
