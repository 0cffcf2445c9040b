// Finds each area's heading: the short standalone line that comes before the area's "Övergripande mål".
import { type Line, looksLikeHeading, type Separation, separationBefore } from './lines.ts';

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

/**
 * Line indices of the area headings. The first area's heading is the last heading-like line before its goal (the plan
 * intro above it may have headings of its own, such as "Inledning"). A later area's heading is the first heading-like
 * line after the previous area's last activity list (its intro below may have sub-headings and bullets).
 * A goal without a heading gets none here; the structure reader reports it.
 */
export function findAreaHeadings(lines: readonly Line[], titleIndex: number): Set<number> {
  const headings = new Set<number>();
  let lastGoal = -1;
  let lastSubgoal = -1;
  let searchFrom = titleIndex + 1;
  for (let index = titleIndex + 1; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (line.kind === 'subgoal') {
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

function nextNonBlank(lines: readonly Line[], index: number): number {
  let next = index + 1;
  while (next < lines.length && (lines[next] as Line).kind === 'blank') next++;
  return next;
}
