// parsePlan and parseBlocks: from plan text, or a document's blocks, to the Plan model, or Swedish errors with lines.
import type { Area, Plan, Subgoal } from '../model/plan.ts';
import { type Block, lowerLines, type PlanBlock } from './blocks.ts';
import { decodePlanBytes } from './decode.ts';
import { assignAreaIds } from './ids.ts';
import { classifyLine, holdsUnusualSpaces, type Line, markerOf, splitRawLines } from './lines.ts';
import { oncePerText } from './memo.ts';
import { MESSAGES } from './messages.ts';
import { activityOwner, namedOwner, ownerFromLeadIn } from './owners.ts';
import { MAX_ERRORS, type RawArea, type RawSubgoal, readStructure } from './structure.ts';
import { planTargetReader, type TargetReader } from './targets/read.ts';
import {
  decisionYear,
  isTitleLike,
  organisationFromLine,
  organisationFromSentence,
  organisationFromTitle,
  titleBlockLength,
  titleIndex,
  type Years,
  yearOfLine,
} from './title.ts';
import { MAX_PLAN_BYTES, type ParseOptions, type ParseResult, type PlanError } from './types.ts';

/** What one plan's texts read as, each distinct text read once (see memo.ts). */
interface PlanReaders {
  targets: TargetReader;
  owner: (text: string) => string;
}

/**
 * C0 and C1 control characters other than tab and line breaks: a sign of a binary file. Looked for one by one with
 * `indexOf`, which scans a large text many times faster than a character class does.
 */
const CONTROL_CHARACTERS = Array.from({ length: 0xa0 }, (_, code) => code)
  .filter((code) => code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code >= 0x7f)
  .map((code) => String.fromCharCode(code));

function firstControlCharacter(text: string): number {
  let first = -1;
  for (const character of CONTROL_CHARACTERS) {
    const at = text.indexOf(character);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}
const LINE_BREAKS = /\r\n|[\n\r\v\f\u2028\u2029]/g;
const MEGABYTE = 1024 * 1024;
/** A paragraph of a real plan is a few thousand characters; longer lines are refused before any pattern sees them. */
const MAX_LINE_LENGTH = 100_000;

function failure(line: number, message: string): ParseResult {
  return { ok: false, errors: [{ line, message }] };
}

function wholeFileProblem(text: string): PlanError | undefined {
  if (text.length > MAX_PLAN_BYTES) return { line: 1, message: MESSAGES.tooLarge(MAX_PLAN_BYTES / MEGABYTE) };
  const control = firstControlCharacter(text);
  if (control === -1) return undefined;
  const line = (text.slice(0, control).match(LINE_BREAKS)?.length ?? 0) + 1;
  const codePoint = `U+${text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0')}`;
  return { line, message: MESSAGES.binary(codePoint) };
}

/** Paragraph lines back to text: lines joined by newlines, paragraphs by a blank line. */
function paragraphs(lines: readonly string[]): string {
  return lines.join('\n').trim();
}

function buildSubgoal(areaId: string, raw: RawSubgoal, readers: PlanReaders): Subgoal {
  const id = `${areaId}${raw.number}`;
  const owner = raw.owner ?? ownerFromLeadIn(raw.leadIn);
  const description = raw.description.join(' ');
  const activities = raw.activities.map((activity, index) => {
    const built: Subgoal['activities'][number] = {
      id: `${id}.${index + 1}`,
      text: activity.text,
      owner: activity.owner ?? activityOwner(activity.text, owner, readers.owner),
    };
    if (activity.deadline !== undefined) built.deadline = activity.deadline;
    return built;
  });
  const own = [{ text: raw.title, prose: false }];
  if (description !== '') own.push({ text: description, prose: true });
  const targets = readers.targets(id, own);
  for (const activity of activities) {
    for (const target of readers.targets(activity.id, [{ text: activity.text, prose: false }])) targets.push(target);
  }
  return { id, number: raw.number, title: raw.title, description, owner, activities, targets };
}

function buildArea(id: string, raw: RawArea, readers: PlanReaders): Area {
  const goal = (raw.goal ?? []).join(' ');
  return {
    id,
    title: raw.title,
    intro: paragraphs(raw.intro),
    overallGoal: { text: goal, targets: goal === '' ? [] : readers.targets(id, [{ text: goal, prose: false }]) },
    subgoals: raw.subgoals.map((subgoal) => buildSubgoal(id, subgoal, readers)),
  };
}

/**
 * The year the options give, else the title's, else another title-block line's, else that of a decision line anywhere
 * in the plan ("Beslutad 2025-11-20" at its foot).
 */
function planYears(
  title: string,
  others: readonly string[],
  blocks: readonly Block[],
  options: ParseOptions,
): Years | undefined {
  const written =
    [title, ...others].map(yearOfLine).find((years) => years !== undefined) ??
    blocks.map((block) => (block.kind === 'row' ? undefined : decisionYear(block.text))).find(Boolean);
  if (options.year === undefined) return written;
  return written?.years?.to === options.year ? written : { year: options.year };
}

function isTitleBlock(block: Block | undefined): boolean {
  return block?.kind === 'heading' && block.level === 0;
}

/** Reads blocks whose title block is the leading level-0 headings. */
function readBlocks(blocks: readonly Block[], options: ParseOptions): ParseResult {
  if (blocks.length === 0) return failure(1, MESSAGES.empty);
  let titleEnd = 1;
  while (isTitleBlock(blocks[titleEnd])) titleEnd++;
  const head = blocks.slice(0, titleEnd);
  const texts = head.map((block) => (block.kind === 'row' ? block.cells.join(' ') : block.text));
  const titleAt = titleIndex(texts);
  const title = texts[titleAt] as string;
  let organisation = organisationFromTitle(title);
  let organisationAt = -1;
  if (organisation === '') {
    organisationAt = texts.findIndex((text, index) => index !== titleAt && organisationFromLine(text) !== '');
    if (organisationAt !== -1) organisation = organisationFromLine(texts[organisationAt] as string);
  }
  const others = texts.filter((_text, index) => index !== titleAt && index !== organisationAt);
  const years = planYears(title, others, blocks, options);
  const intro: string[] = [];
  head.forEach((block, index) => {
    if (index === titleAt || index === organisationAt) return;
    if (block.gap && intro.length > 0) intro.push('');
    intro.push(block.source);
  });
  const structure = readStructure(blocks, titleEnd, intro);
  const errors = structure.errors.slice();
  const titleBlock = blocks[titleAt] as Block;
  if (!years) errors.push({ line: titleBlock.line, message: MESSAGES.noYear });
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line).slice(0, MAX_ERRORS) };
  if (organisation === '') {
    const first = blocks[titleEnd];
    if (first?.kind === 'paragraph') organisation = organisationFromSentence(first.text);
  }
  const areaIds = assignAreaIds(structure.plan.areas.map((area) => area.title));
  const readers: PlanReaders = { targets: planTargetReader(), owner: oncePerText(namedOwner) };
  const plan: Plan = {
    title,
    organisation,
    year: (years as Years).year,
    ...((years as Years).years ? { years: (years as Years).years } : {}),
    intro: paragraphs(structure.plan.intro),
    areas: structure.plan.areas.map((area, index) => buildArea(areaIds[index] as string, area, readers)),
  };
  return { ok: true, plan };
}

/** Parses a verksamhetsplan. Never throws; on any problem returns every error found, each with its line. */
export function parsePlan(text: string, options: ParseOptions = {}): ParseResult {
  const problem = wholeFileProblem(text);
  if (problem) return { ok: false, errors: [problem] };
  const rawLines = splitRawLines(text);
  const unusualSpaces = holdsUnusualSpaces(text);
  // Runs of blank lines mean no more than one blank line, so only the first of a run is kept (each line keeps its number).
  const lines: Line[] = [];
  for (let index = 0; index < rawLines.length; index++) {
    const raw = rawLines[index] as string;
    if (raw === '' && lines[lines.length - 1]?.kind === 'blank') continue;
    if (raw.length > MAX_LINE_LENGTH) return failure(index + 1, MESSAGES.lineTooLong(MAX_LINE_LENGTH));
    const line = classifyLine(raw, index + 1, unusualSpaces);
    if (line.kind !== 'blank' || lines[lines.length - 1]?.kind !== 'blank') lines.push(line);
  }
  return readBlocks(lowerLines(lines), options);
}

/** A document's block as the grammar reads it: numbered by its place, a typed bullet made a list item. */
function documentBlock(block: PlanBlock, index: number): Block {
  const base = { line: index + 1, gap: block.gap ?? true };
  if (block.kind === 'row') return { ...block, ...base, source: block.cells.join(' ') };
  if (block.kind === 'item') return { ...block, ...base, source: `• ${block.text}` };
  const marker = markerOf(block.text);
  if (block.kind === 'paragraph' && marker.kind === 'bullet') {
    return { kind: 'item', text: marker.rest, depth: 1, ...base, source: block.text };
  }
  return { ...block, ...base, source: block.text };
}

/**
 * Parses a plan given as blocks (a Google Doc's headings, paragraphs, list items and table rows) with the same grammar
 * as text. The document's Title and Subtitle are level-0 headings; without them its first lines are read as the title
 * block, as in text. Errors name the block's ordinal as its line.
 */
export function parseBlocks(input: readonly PlanBlock[], options: ParseOptions = {}): ParseResult {
  const blocks = input.map(documentBlock);
  if (blocks.length > 0 && !isTitleBlock(blocks[0])) {
    const texts = blocks.map((block) => (block.kind === 'row' ? '' : block.text));
    const isBody = (index: number) => {
      const block = blocks[index] as Block;
      return (
        block.kind === 'item' ||
        block.kind === 'row' ||
        markerOf(block.text).kind !== 'text' ||
        !isTitleLike(block.text)
      );
    };
    const length = titleBlockLength(texts, isBody);
    for (let index = 0; index < length; index++) {
      const block = blocks[index] as Block;
      blocks[index] = {
        kind: 'heading',
        text: block.kind === 'row' ? '' : block.text,
        level: 0,
        line: block.line,
        gap: true,
        source: block.source,
      };
    }
  }
  return readBlocks(blocks, options);
}

/** Decodes and parses a plan file; files over the size limit are refused before any decoding. */
export function parsePlanBytes(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  if (bytes.length > MAX_PLAN_BYTES) return failure(1, MESSAGES.tooLarge(MAX_PLAN_BYTES / MEGABYTE));
  return parsePlan(decodePlanBytes(bytes), options);
}
