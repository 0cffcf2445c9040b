// Finds the headings in plan text: each "Övergripande mål" area's heading, and the section headings of other shapes.
import { isCapitalsHeading, type Line, looksLikeHeading, type Separation, separationBefore } from './lines.ts';

/** Best first: a line after a blank line, then one after a finished sentence, then any heading-like line. */
const PREFERENCE: readonly Separation[] = ['blank', 'sentence', 'none'];

function pickHeading(lines: readonly Line[], candidates: number[], choose: 'first' | 'last'): number | undefined {
  for (const separation of PREFERENCE) {
    const matching = candidates.filter((index) => separationBefore(lines, index) === separation);
    const picked = choose === 'first' ? matching[0] : matching[matching.length - 1];
    if (picked !== undefined) return picked;
  }
  return undefined;
}

function headingCandidates(lines: readonly Line[], from: number, to: number): number[] {
  const candidates: number[] = [];
  for (let index = from; index < to; index++) {
    const line = lines[index] as Line;
    if (line.kind === 'text' && looksLikeHeading(line.text)) candidates.push(index);
  }
  return candidates;
}

function nextNonBlank(lines: readonly Line[], index: number): number {
  let next = index + 1;
  while (next < lines.length && (lines[next] as Line).kind === 'blank') next++;
  return next;
}

/** Lines that open a delmål: "Delmål 2", "Mål 1.1". */
function opensSubgoal(line: Line): boolean {
  return line.kind === 'subgoal' || (line.kind === 'numbered' && line.parentNumber !== undefined);
}

/**
 * Line indices of the headings of areas with an "Övergripande mål". The first area's heading is the last heading-like
 * line before its goal (the plan intro above it may have headings of its own, such as "Inledning"). A later area's
 * heading is the first heading-like line after the previous area's last activity list (its intro below may have
 * sub-headings and bullets). A goal without a heading gets none here; the structure reader reports it.
 */
export function findAreaHeadings(lines: readonly Line[], titleIndex: number): Set<number> {
  const headings = new Set<number>();
  let lastGoal = -1;
  let lastSubgoal = -1;
  let searchFrom = titleIndex + 1;
  for (let index = titleIndex + 1; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (opensSubgoal(line)) {
      lastSubgoal = index;
      // A delmål whose title is on the next line: that line is the title, not a heading.
      searchFrom = line.rest === '' ? nextNonBlank(lines, index) + 1 : index + 1;
    } else if (line.kind === 'activities' && lastSubgoal > lastGoal) {
      searchFrom = index + 1;
    } else if (line.kind === 'goal') {
      const first = lastGoal === -1;
      if (first || lastSubgoal > lastGoal) {
        const heading = pickHeading(lines, headingCandidates(lines, searchFrom, index), first ? 'last' : 'first');
        if (heading !== undefined) headings.add(heading);
      }
      lastGoal = index;
    }
  }
  return headings;
}

/** Markers that state goals: where they stand, the structure of the plan is certain. */
function marksGoals(line: Line): boolean {
  return line.kind === 'goal' || line.kind === 'subgoal' || line.kind === 'numbered' || line.kind === 'goals';
}

/**
 * Lines that belong to an "Övergripande mål" area's text and may not start sections of their own: from its heading to
 * its first delmål (intro and goal), the title line below an empty "Delmål N:", and — when the plan's first goal
 * marker is an "Övergripande mål" — everything before the first area, which is the plan intro.
 */
function protectedLines(lines: readonly Line[], anchored: ReadonlySet<number>, firstBody: number): boolean[] {
  const protectedLine = new Array<boolean>(lines.length).fill(false);
  const firstMarker = lines.findIndex((line, index) => index >= firstBody && marksGoals(line));
  const firstAnchored = Math.min(...anchored);
  if (firstMarker !== -1 && (lines[firstMarker] as Line).kind === 'goal' && Number.isFinite(firstAnchored)) {
    protectedLine.fill(true, firstBody, firstAnchored);
  }
  let inAreaHead = false;
  lines.forEach((line, index) => {
    if (anchored.has(index)) inAreaHead = true;
    else if (opensSubgoal(line) || line.kind === 'goals') inAreaHead = false;
    if (inAreaHead) protectedLine[index] = true;
    if (opensSubgoal(line) && line.rest === '') protectedLine[nextNonBlank(lines, index)] = true;
  });
  return protectedLine;
}

/** A line that can head a section, ignoring where it stands: in capitals, or short and capitalised. */
function headingStyle(line: Line): 'capitals' | 'title' | undefined {
  if (line.kind !== 'text' && line.kind !== 'goals' && line.kind !== 'background' && line.kind !== 'activities')
    return undefined;
  if (isCapitalsHeading(line.text)) return 'capitals';
  return looksLikeHeading(line.text) && !VERB.test(line.text) ? 'title' : undefined;
}

const CONTINUES_SENTENCE = /^[^\p{L}\d]*[\p{Ll}\d]/u;
/** A verb makes a short line a sentence: "År 2027 ska kretsen" introduces a list, it heads no section. */
const VERB = /(?<!\p{L})(?:ska|skall|vill|har|är|kan|bör)(?!\p{L})/iu;

function previousNonBlank(lines: readonly Line[], index: number): Line | undefined {
  let previous = index - 1;
  while (previous >= 0 && (lines[previous] as Line).kind === 'blank') previous--;
  return lines[previous];
}

/** A numbered line that could head a section: "2. Kommunikation" after a blank line, a heading's words, no verb. */
function numberedHeadingLike(lines: readonly Line[], index: number): boolean {
  const line = lines[index] as Line;
  const number = line.listNumber;
  if (number === undefined || separationBefore(lines, index) !== 'blank') return false;
  if (!(isCapitalsHeading(line.rest) || looksLikeHeading(line.rest)) || VERB.test(line.rest)) return false;
  // Not a line of a list: the numbers just before and after it are not its neighbours in the list.
  const isNeighbour = (other: Line | undefined, offset: number) => other?.listNumber === number + offset;
  return !isNeighbour(previousNonBlank(lines, index), -1) && !isNeighbour(lines[nextNonBlank(lines, index)], 1);
}

/**
 * Numbered section headings, as Word numbers them ("1. Organisation", "2. Kommunikation", each with its text below):
 * heading-like numbered lines that count on from one another, two at least, so a lone numbered line stays an item.
 */
function numberedHeadings(lines: readonly Line[], from: number, skip: (index: number) => boolean): number[] {
  const chain: number[] = [];
  for (let index = from; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (line.kind !== 'bullet' || skip(index) || !numberedHeadingLike(lines, index)) continue;
    const last = chain[chain.length - 1];
    if (last === undefined || line.listNumber === ((lines[last] as Line).listNumber as number) + 1) chain.push(index);
  }
  return chain.length >= 2 ? chain : [];
}

/**
 * Section headings by level (1 or 2) for the lines outside "Övergripande mål" areas: a line in capitals, or a short
 * capitalised line, standing after a blank line or a finished sentence and followed by something it heads. A
 * capitalised line followed by another one, or by a line that continues a sentence, is text (a wrapped line); table rows
 * are never headings; numbered headings count on from one another (see `numberedHeadings`). When the plan has
 * headings in capitals, its capitalised lines head sections one level below them.
 */
export function sectionHeadings(
  lines: readonly Line[],
  anchored: ReadonlySet<number>,
  rows: ReadonlySet<number>,
  firstBody: number,
) {
  const protectedLine = protectedLines(lines, anchored, firstBody);
  const styles = new Map<number, 'capitals' | 'title'>();
  for (let index = firstBody; index < lines.length; index++) {
    const line = lines[index] as Line;
    const style = headingStyle(line);
    if (!style || anchored.has(index) || rows.has(index) || protectedLine[index]) continue;
    // A sub-heading may stand right under its heading ("VERKSAMHET" above "Ordförandekonferens").
    if (separationBefore(lines, index) === 'none' && !styles.has(index - 1)) continue;
    const nextIndex = nextNonBlank(lines, index);
    const next = lines[nextIndex];
    if (!next) continue;
    const glued = nextIndex === index + 1;
    const titleBelow = next.kind === 'text' && !rows.has(nextIndex) && headingStyle(next) === 'title';
    if (style === 'title' && (titleBelow || (glued && CONTINUES_SENTENCE.test(next.text)))) continue;
    styles.set(index, style);
  }
  for (const index of numberedHeadings(lines, firstBody, (at) => rows.has(at) || protectedLine[at] === true)) {
    styles.set(index, isCapitalsHeading((lines[index] as Line).rest) ? 'capitals' : 'title');
  }
  const capitals = [...styles].some(([index, style]) => style === 'capitals' && (lines[index] as Line).kind === 'text');
  const levels = new Map<number, number>();
  for (const index of anchored) levels.set(index, 1);
  for (const [index, style] of styles) levels.set(index, style === 'title' && capitals ? 2 : 1);
  return levels;
}
