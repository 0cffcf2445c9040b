// The plan as blocks — headings, paragraphs, list items and table rows — the one input of the plan grammar. Text is
// lowered to blocks line by line; a Google Docs import can build them from the document's own structure instead.
import { findAreaHeadings, sectionHeadings } from './headings.ts';
import type { Line, Marker } from './lines.ts';
import { tableColumns } from './tables.ts';
import { titleBlockLength } from './title.ts';

/**
 * What a document is made of. Heading levels start at 1 for the plan's sections; level 0 marks the title block (a
 * document's Title and Subtitle). An item's depth starts at 1; `number` is its number in a numbered list. A table is
 * its rows, the first one naming the columns.
 */
export type PlanBlock = (
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string; depth: number; number?: number }
  | { kind: 'row'; cells: string[] }
) & {
  /** A paragraph break before the block, as a blank line is in text; a document's block has one unless it says not. */
  gap?: boolean;
};

export type Block = PlanBlock & {
  /** The line in the file, or the block's ordinal in a document, for error messages. */
  line: number;
  /** A blank line comes before the block: a paragraph break. */
  gap: boolean;
  /** The block as written, bullet included ("· ringa"), for intros that keep the text as it stands. */
  source: string;
  /** The structure its text marks, when lowering has read it already. */
  marker?: Marker;
};

/** Lines of tables: a header row with known column names and the tab-separated lines right below it. */
function tableLines(lines: readonly Line[]): Set<number> {
  const rows = new Set<number>();
  for (let index = 0; index < lines.length; index++) {
    const cells = (lines[index] as Line).cells;
    if (!cells || !tableColumns(cells)) continue;
    while (index < lines.length && ((lines[index] as Line).cells?.length ?? 0) >= 2) rows.add(index++);
  }
  return rows;
}

/** A bullet nests under the list's first bullet when it is indented further. */
const NESTING_INDENT = 2;
/**
 * The glyphs Word gives a list's second and third levels (•, then o, then ▪): pasted as text they lose their indent, so
 * a bullet with one of them under a list that began with another glyph is nested.
 */
const SUB_LEVEL_GLYPHS = new Set(['o', '◦', '▪', '■']);

/**
 * Normalised, numbered lines (blank runs collapsed to one) as blocks: the title block as level-0 headings, section
 * headings (see headings.ts), table rows, bullets as items and everything else as paragraphs, one per line.
 */
export function lowerLines(lines: readonly Line[]): Block[] {
  const first = lines.findIndex((line) => line.kind !== 'blank');
  if (first === -1) return [];
  const anchored = findAreaHeadings(lines, first);
  const rows = tableLines(lines);
  const nonBlank: number[] = [];
  lines.forEach((line, index) => {
    if (index >= first && line.kind !== 'blank') nonBlank.push(index);
  });
  const isBody = (at: number) => {
    const index = nonBlank[at] as number;
    return (lines[index] as Line).kind !== 'text' || anchored.has(index) || rows.has(index);
  };
  const titleLines = new Set(
    nonBlank.slice(
      0,
      titleBlockLength(
        nonBlank.map((index) => (lines[index] as Line).text),
        isBody,
      ),
    ),
  );
  const firstBody = nonBlank.find((index) => !titleLines.has(index)) ?? lines.length;
  const levels = sectionHeadings(lines, anchored, rows, firstBody);
  const blocks: Block[] = [];
  let listIndent = -1;
  let listGlyph = '';
  for (let index = first; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (line.kind === 'blank') continue;
    const gap = (lines[index - 1]?.kind ?? 'blank') === 'blank';
    const at = { line: line.number, gap, source: line.text, marker: line };
    const level = levels.get(index);
    // A list runs on through the lines that continue its bullets; a blank line or a marker ends it.
    if (gap || (line.kind !== 'bullet' && line.kind !== 'text')) listIndent = -1;
    if (titleLines.has(index)) blocks.push(Object.assign(at, { kind: 'heading' as const, text: line.text, level: 0 }));
    else if (rows.has(index))
      blocks.push(Object.assign(at, { kind: 'row' as const, cells: line.cells ?? [line.text] }));
    else if (level !== undefined) {
      // A numbered heading ("2. Kommunikation") is headed by its words; the number only counts the sections.
      const text = line.kind === 'bullet' ? line.rest : line.text;
      blocks.push(Object.assign(at, { kind: 'heading' as const, text, level }));
    } else if (line.kind === 'bullet') {
      const glyph = line.text.charAt(0);
      if (listIndent === -1) [listIndent, listGlyph] = [line.indent, glyph];
      const nested = line.indent >= listIndent + NESTING_INDENT || (glyph !== listGlyph && SUB_LEVEL_GLYPHS.has(glyph));
      const depth = nested ? 2 : 1;
      blocks.push(Object.assign(at, { kind: 'item' as const, text: line.rest, depth, number: line.listNumber }));
    } else blocks.push(Object.assign(at, { kind: 'paragraph' as const, text: line.text }));
  }
  return blocks;
}
