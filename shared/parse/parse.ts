// parsePlan: from plan text to the Plan model, or Swedish errors with line numbers.
import type { Area, Plan, Subgoal } from '../model/plan.ts';
import { decodePlanBytes } from './decode.ts';
import { findAreaHeadings } from './headings.ts';
import { assignAreaIds } from './ids.ts';
import { classifyLine, type Line, splitRawLines } from './lines.ts';
import { MESSAGES } from './messages.ts';
import { activityOwner, ownerFromLeadIn } from './owners.ts';
import { type RawArea, type RawSubgoal, readStructure } from './structure.ts';
import { readTargets } from './targets/read.ts';
import { organisationFromTitle, yearFromTitle } from './title.ts';
import { MAX_PLAN_BYTES, type ParseResult, type PlanError } from './types.ts';

/** C0 and C1 control characters other than tab and line breaks: a sign of a binary file. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAKS = /\r\n|[\n\r\v\f\u2028\u2029]/g;
const MEGABYTE = 1024 * 1024;
/** A paragraph of a real plan is a few thousand characters; longer lines are refused before any pattern sees them. */
const MAX_LINE_LENGTH = 100_000;

function failure(line: number, message: string): ParseResult {
  return { ok: false, errors: [{ line, message }] };
}

function wholeFileProblem(text: string): PlanError | undefined {
  if (text.length > MAX_PLAN_BYTES) return { line: 1, message: MESSAGES.tooLarge(MAX_PLAN_BYTES / MEGABYTE) };
  const control = CONTROL_CHARACTER.exec(text);
  if (!control) return undefined;
  const line = (text.slice(0, control.index).match(LINE_BREAKS)?.length ?? 0) + 1;
  const codePoint = `U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { line, message: MESSAGES.binary(codePoint) };
}

/** Paragraph lines back to text: lines joined by newlines, paragraphs by a blank line. */
function paragraphs(lines: readonly string[]): string {
  return lines.join('\n').trim();
}

function buildSubgoal(areaId: string, raw: RawSubgoal): Subgoal {
  const id = `${areaId}${raw.number}`;
  const owner = ownerFromLeadIn(raw.leadIn);
  const description = raw.description.join(' ');
  const activities = raw.activities.map((text, index) => ({
    id: `${id}.${index + 1}`,
    text,
    owner: activityOwner(text, owner),
  }));
  const ownTexts = description === '' ? [raw.title] : [raw.title, description];
  return {
    id,
    number: raw.number,
    title: raw.title,
    description,
    owner,
    activities,
    targets: [
      ...readTargets(id, ownTexts),
      ...activities.flatMap((activity) => readTargets(activity.id, [activity.text])),
    ],
  };
}

function buildArea(id: string, raw: RawArea): Area {
  const goal = raw.goal.join(' ');
  return {
    id,
    title: raw.title,
    intro: paragraphs(raw.intro),
    overallGoal: { text: goal, targets: readTargets(id, [goal]) },
    subgoals: raw.subgoals.map((subgoal) => buildSubgoal(id, subgoal)),
  };
}

/** Parses a verksamhetsplan. Never throws; on any problem returns every error found, each with its line. */
export function parsePlan(text: string): ParseResult {
  const problem = wholeFileProblem(text);
  if (problem) return { ok: false, errors: [problem] };
  const rawLines = splitRawLines(text);
  // Runs of blank lines mean no more than one blank line, so only the first of a run is kept (each line keeps its number).
  const lines: Line[] = [];
  for (let index = 0; index < rawLines.length; index++) {
    const raw = rawLines[index] as string;
    if (raw === '' && lines[lines.length - 1]?.kind === 'blank') continue;
    if (raw.length > MAX_LINE_LENGTH) return failure(index + 1, MESSAGES.lineTooLong(MAX_LINE_LENGTH));
    const line = classifyLine(raw, index + 1);
    if (line.kind !== 'blank' || lines[lines.length - 1]?.kind !== 'blank') lines.push(line);
  }
  const titleIndex = lines.findIndex((line) => line.kind !== 'blank');
  const titleLine = lines[titleIndex];
  if (!titleLine) return failure(1, MESSAGES.empty);
  const year = yearFromTitle(titleLine.text);
  if (year === undefined) return failure(titleLine.number, MESSAGES.noYear);
  const structure = readStructure(lines, titleIndex, findAreaHeadings(lines, titleIndex));
  if (!structure.ok) return structure;
  const areaIds = assignAreaIds(structure.plan.areas.map((area) => area.title));
  const plan: Plan = {
    title: titleLine.text,
    organisation: organisationFromTitle(titleLine.text),
    year,
    intro: paragraphs(structure.plan.intro),
    areas: structure.plan.areas.map((area, index) => buildArea(areaIds[index] as string, area)),
  };
  return { ok: true, plan };
}

/** Decodes and parses a plan file; files over the size limit are refused before any decoding. */
export function parsePlanBytes(bytes: Uint8Array): ParseResult {
  if (bytes.length > MAX_PLAN_BYTES) return failure(1, MESSAGES.tooLarge(MAX_PLAN_BYTES / MEGABYTE));
  return parsePlan(decodePlanBytes(bytes));
}
