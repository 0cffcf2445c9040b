// A Google Doc's elements — paragraphs with their heading, list items with their nesting and glyph, tables by cell — as
// the plan grammar's blocks: the Doc reads as its text would, and what its structure says is kept instead of guessed.
import { lowerLines, type PlanBlock } from './blocks.ts';
import { classifyLine, type Line, markerOf, normaliseSpaces } from './lines.ts';
import { type TableColumn, tableColumns } from './tables.ts';
import { isTitleLike, titleBlockLength, yearOfLine } from './title.ts';

/**
 * One child of a Doc's body as the add-on reads it: a Paragraph with its heading (ParagraphHeading HEADING1 … HEADING6
 * as 1 … 6, TITLE and SUBTITLE as 0, absent for NORMAL), a ListItem with its nesting level (0 at the left), whether its
 * GlyphType is NUMBER, its list id and its heading (a numbered heading, "1. Organisation" in Heading 1, is a list item
 * with a heading), a Table as the text of each cell (a cell's paragraphs on lines of their own).
 * developers.google.com/apps-script/reference/document/{paragraph-heading,list-item,table-cell}.
 */
export type DocumentElement =
  | { type: 'PARAGRAPH'; text: string; heading?: number }
  | { type: 'LIST_ITEM'; text: string; nestingLevel: number; numbered: boolean; listId: string; heading?: number }
  | { type: 'TABLE'; rows: string[][] };

/** What the Doc says of a line before the grammar reads it. `style` is a heading's level, or 0 for Title/Subtitle. */
type Unit =
  | { kind: 'blank' }
  | { kind: 'text'; text: string; style?: number; raw?: string }
  | { kind: 'item'; text: string; depth: number; number?: number }
  | { kind: 'row'; cells: string[] };

/**
 * Line breaks (Shift+Enter) inside a paragraph or list item: Google turns "\n" into "\r" there (reference/document/
 * list-item, paragraph); a cell's paragraphs come on lines of their own.
 */
const LINE_BREAK = /\r\n|[\r\n\v\u2028]/;
const HEADING_LEVELS = 6;

function linesOf(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map((line) => normaliseSpaces(line))
    .filter((line) => line !== '');
}

/** A body paragraph's lines as written: tabs (a table pasted as text) and indentation (a typed sub-bullet) kept. */
function rawLinesOf(text: string): Array<{ raw: string; text: string }> {
  return text
    .split(LINE_BREAK)
    .map((raw) => ({ raw: raw.trimEnd(), text: normaliseSpaces(raw) }))
    .filter((line) => line.text !== '');
}

/** Structure words ("Delmål 1: …", "Aktiviteter:", "Mål:") say what a line is, even when it is formatted as a list. */
function isStructure(text: string): boolean {
  const kind = markerOf(text).kind;
  return kind !== 'text' && kind !== 'bullet';
}

/**
 * A list's items as Google numbers them: "ListItems with the same list ID belong to the same list and are numbered
 * accordingly", even when not adjacent (reference/document/list-item); each nesting level counts from 1 since the last
 * item above it. The depth is the item's nesting below the list's first item, as a text list nests by indentation.
 */
class Lists {
  private readonly lists = new Map<string, { base: number; counts: number[] }>();

  item(element: Extract<DocumentElement, { type: 'LIST_ITEM' }>): { depth: number; number?: number } {
    const level = Math.max(0, Math.floor(element.nestingLevel));
    let list = this.lists.get(element.listId);
    if (!list) {
      list = { base: level, counts: [] };
      this.lists.set(element.listId, list);
    }
    list.counts.length = level + 1;
    const count = (list.counts[level] ?? 0) + 1;
    list.counts[level] = count;
    const depth = Math.max(1, level - list.base + 1);
    return element.numbered ? { depth, number: count } : { depth };
  }
}

/**
 * A table's rows. A table whose first row names known columns (Mål, Aktivitet, Ansvarig, Klart …) is a plan table:
 * its rows as the grammar reads them, a cell holding several activities (a list in the cell) giving one row each after
 * the first, with an empty Mål cell, as a text table adds an activity to the goal above. Any other table is layout:
 * its cells' lines are read as paragraphs.
 */
function tableUnits(rows: readonly string[][]): Unit[] {
  const cellLines = rows.map((row) => row.map(linesOf));
  const header = cellLines[0]?.map((lines) => lines.join(' ')) ?? [];
  const columns = tableColumns(header);
  if (!columns) {
    return cellLines.flatMap((row) =>
      row.flatMap((lines): Unit[] => [{ kind: 'blank' }, ...lines.map((text) => ({ kind: 'text' as const, text }))]),
    );
  }
  const units: Unit[] = [{ kind: 'row', cells: header }];
  for (const row of cellLines.slice(1)) units.push(...rowUnits(columns, row));
  return units;
}

function rowUnits(columns: ReadonlyArray<TableColumn | undefined>, row: readonly string[][]): Unit[] {
  const joined = columns.map((_column, index) => (row[index] ?? []).join(' '));
  if (joined.every((cell) => cell === '')) return [];
  const activity = columns.indexOf('activity');
  const activities = row[activity] ?? [];
  if (activity === -1 || activities.length <= 1) return [{ kind: 'row', cells: joined }];
  return activities.map((text, at) => ({
    kind: 'row' as const,
    cells: columns.map((column, index) => {
      if (index === activity) return text;
      const lines = row[index] ?? [];
      // An owner or deadline per activity when the cell has one line each, else the cell's for every activity.
      if (column === 'owner' || column === 'deadline')
        return lines.length === activities.length ? (lines[at] ?? '') : (joined[index] ?? '');
      return at === 0 ? (joined[index] ?? '') : '';
    }),
  }));
}

function units(elements: readonly DocumentElement[]): Unit[] {
  const lists = new Lists();
  const found: Unit[] = [];
  for (const element of elements) {
    if (element.type === 'TABLE') {
      found.push(...tableUnits(element.rows));
      continue;
    }
    const lines = linesOf(element.text);
    const heading = element.heading;
    const style = heading !== undefined && heading >= 0 && heading <= HEADING_LEVELS ? heading : undefined;
    if (element.type === 'LIST_ITEM') {
      const { depth, number } = lists.item(element);
      const text = lines.join(' ');
      if (text === '') found.push({ kind: 'blank' });
      // A numbered heading is a heading, headed by its words as in text; its number only counts the sections.
      else if (style !== undefined) found.push({ kind: 'text', text, style });
      else if (isStructure(text)) found.push({ kind: 'text', text });
      else found.push(number === undefined ? { kind: 'item', text, depth } : { kind: 'item', text, depth, number });
      continue;
    }
    if (lines.length === 0) found.push({ kind: 'blank' });
    else if (style !== undefined) found.push({ kind: 'text', text: lines.join(' '), style });
    else for (const line of rawLinesOf(element.text)) found.push({ kind: 'text', ...line });
  }
  return found;
}

/** The unit as a line of plan text: a list item with its bullet or number, indented by its depth; a row by tabs. */
function lineText(unit: Exclude<Unit, { kind: 'blank' }>): string {
  if (unit.kind === 'row') return unit.cells.join('\t');
  if (unit.kind === 'text') return unit.raw ?? unit.text;
  return `${'  '.repeat(unit.depth - 1)}${unit.number === undefined ? '•' : `${unit.number}.`} ${unit.text}`;
}

/** A heading-styled line at the top that names the plan or a year ("Verksamhetsplan 2025") is the plan's title. */
function namesThePlan(text: string): boolean {
  return /verksamhetsplan/iu.test(text) || yearOfLine(text) !== undefined;
}

/**
 * The Doc's elements as blocks for `parseBlocks`, with the paragraph breaks of its text (`gap`).
 *
 * - A Doc that uses heading styles is read by them: Heading 1 … 6 are section headings, the most prominent one used
 *   being level 1, and body paragraphs are never headings. A Doc without heading styles (a Word file opened in Docs, a
 *   plan pasted into a Doc) has its headings found in its text, exactly as pasted text has (`lowerLines`).
 * - The title block is found as in text, and holds the leading Title and Subtitle paragraphs.
 * - List items keep their nesting and their number in a numbered list; a list item with structure words ("Delmål 1:
 *   …") is read by its words. Tables are read by cell (see `tableUnits`).
 * - An empty paragraph is a paragraph break; so is a paragraph after a list item or a table, since a Doc's paragraph
 *   never wraps into the item above it.
 */
export function documentBlocks(elements: readonly DocumentElement[]): PlanBlock[] {
  const all = units(elements);
  const present: Array<Exclude<Unit, { kind: 'blank' }>> = [];
  const gaps: boolean[] = [];
  const lines: Line[] = [];
  let afterBreak = true;
  for (const unit of all) {
    if (unit.kind === 'blank') {
      if (!afterBreak && lines.length > 0) lines.push(classifyLine('', lines.length + 1));
      afterBreak = true;
      continue;
    }
    const previous = present[present.length - 1];
    const gap = afterBreak || (unit.kind === 'text' && previous !== undefined && previous.kind !== 'text');
    if (gap && !afterBreak && lines.length > 0) lines.push(classifyLine('', lines.length + 1));
    present.push(unit);
    gaps.push(gap || (unit.kind === 'text' && unit.style !== undefined));
    lines.push(classifyLine(lineText(unit), lines.length + 1));
    afterBreak = false;
  }
  if (present.length === 0) return [];
  const lowered = lowerLines(lines);
  const styledLength = styledTitleLength(present);
  const styled = present
    .slice(styledLength)
    .some((unit) => unit.kind === 'text' && unit.style !== undefined && unit.style > 0);
  const titleLength = styled ? styledLength : textTitleLength(present, lowered);
  const levels = styleLevels(present.slice(titleLength));
  return present.map((unit, index): PlanBlock => {
    const gap = gaps[index] as boolean;
    if (index < titleLength) {
      return { kind: 'heading', text: unit.kind === 'row' ? unit.cells.join(' ') : unit.text, level: 0, gap };
    }
    const read = lowered[index];
    if (unit.kind === 'row') return { kind: 'row', cells: unit.cells, gap };
    // A paragraph of tab-separated cells below a header row: a table pasted as text, read as text reads it.
    if (read?.kind === 'row') return { kind: 'row', cells: read.cells, gap };
    if (!styled && read?.kind === 'heading' && read.level > 0)
      return { kind: 'heading', text: read.text, level: read.level, gap };
    if (unit.kind === 'item') return listItem(unit, gap);
    if (unit.style !== undefined) return { kind: 'heading', text: unit.text, level: levels.get(unit.style) ?? 1, gap };
    // A bullet typed into a paragraph ("• ringa"), read as text reads it.
    if (!styled && read?.kind === 'item') return listItem(read, gap);
    return { kind: 'paragraph', text: unit.text, gap };
  });
}

function listItem(item: { text: string; depth: number; number?: number }, gap: boolean): PlanBlock {
  const block: PlanBlock = { kind: 'item', text: item.text, depth: item.depth, gap };
  if (item.number !== undefined) block.number = item.number;
  return block;
}

/** Heading styles in use, most prominent first, as section levels 1, 2 … (Title and Subtitle below the top count as 1). */
function styleLevels(body: ReadonlyArray<Exclude<Unit, { kind: 'blank' }>>): Map<number, number> {
  const styles = new Set<number>();
  for (const unit of body)
    if (unit.kind === 'text' && unit.style !== undefined && unit.style > 0) styles.add(unit.style);
  const levels = new Map<number, number>();
  for (const [rank, style] of [...styles].sort((a, b) => a - b).entries()) levels.set(style, rank + 1);
  levels.set(0, 1);
  return levels;
}

/** The leading Title and Subtitle paragraphs (and a title-block line between them) belong to the title block. */
function withTitleStyles(present: ReadonlyArray<Exclude<Unit, { kind: 'blank' }>>, length: number): number {
  let end = length;
  for (let index = 0; index < present.length; index++) {
    const unit = present[index] as Unit;
    if (unit.kind === 'text' && unit.style === 0) end = Math.max(end, index + 1);
    else if (unit.kind !== 'text' || (unit.style ?? 0) > 0 || index >= end) break;
  }
  return end;
}

function textTitleLength(
  present: ReadonlyArray<Exclude<Unit, { kind: 'blank' }>>,
  lowered: ReturnType<typeof lowerLines>,
): number {
  let length = 0;
  while (lowered[length]?.kind === 'heading' && (lowered[length] as { level: number }).level === 0) length++;
  return withTitleStyles(present, Math.max(1, length));
}

/** In a Doc with heading styles, a section heading, a list or a table ends the title block, as structure does in text. */
function styledTitleLength(present: ReadonlyArray<Exclude<Unit, { kind: 'blank' }>>): number {
  const texts = present.map((unit) => (unit.kind === 'row' ? '' : unit.text));
  // The first heading-styled line may be the plan's title, when it names the plan; any other is a section.
  const firstHeading = present.findIndex((unit) => unit.kind === 'text' && (unit.style ?? 0) > 0);
  const isBody = (index: number): boolean => {
    const unit = present[index] as Unit;
    if (unit.kind !== 'text') return true;
    if (unit.style === 0) return false;
    if (unit.style !== undefined) return index !== firstHeading || !namesThePlan(unit.text);
    return isStructure(unit.text) || !isTitleLike(unit.text);
  };
  return withTitleStyles(present, titleBlockLength(texts, isBody));
}
