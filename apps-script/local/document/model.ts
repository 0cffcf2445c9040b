// A Google Doc's content as this runtime keeps it: the body's blocks in order (paragraphs with their heading, list items
// with their list, nesting and glyph, tables whose cells hold blocks again), and the file the documents are saved in.
// Google's element model: developers.google.com/apps-script/guides/docs ("Structure of a document").
import { z } from '../../../shared/zod.ts';

/** DocumentApp.ParagraphHeading. */
export const PARAGRAPH_HEADINGS = [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
] as const;
export type ParagraphHeadingName = (typeof PARAGRAPH_HEADINGS)[number];

/** DocumentApp.GlyphType. */
export const GLYPH_TYPES = [
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
] as const;
export type GlyphTypeName = (typeof GLYPH_TYPES)[number];

const Heading = z.enum(PARAGRAPH_HEADINGS);

/** A paragraph: its text (one Text element, or none when empty) and its heading (NORMAL for body text). */
export const ParagraphNode = z.object({ type: z.literal('PARAGRAPH'), text: z.string(), heading: Heading });
export type ParagraphNode = z.infer<typeof ParagraphNode>;

/** A list item is a paragraph in a list: items with the same list id are one list, numbered together. */
export const ListItemNode = z.object({
  type: z.literal('LIST_ITEM'),
  text: z.string(),
  heading: Heading,
  nestingLevel: z.number().int().min(0).max(8),
  glyphType: z.enum(GLYPH_TYPES),
  listId: z.string().min(1),
});
export type ListItemNode = z.infer<typeof ListItemNode>;

export type TableCellNode = { children: BlockNode[] };
export type TableRowNode = { cells: TableCellNode[] };
export type TableNode = { type: 'TABLE'; rows: TableRowNode[] };
export type BlockNode = ParagraphNode | ListItemNode | TableNode;

const TableCellSchema: z.ZodType<TableCellNode> = z.lazy(() => z.object({ children: z.array(BlockSchema) }));
export const TableNode: z.ZodType<TableNode> = z.object({
  type: z.literal('TABLE'),
  rows: z.array(z.object({ cells: z.array(TableCellSchema) })),
});
const BlockSchema: z.ZodType<BlockNode> = z.lazy(() => z.union([ParagraphNode, ListItemNode, TableNode]));
export const BlockNode = BlockSchema;

/** What a test or the host hands the runtime as an existing Doc: plain text (one paragraph per line) or blocks. */
export type DocumentContent = string | { name?: string; body: BlockNode[] };

export const StoredDocument = z.object({
  id: z.string().min(1),
  name: z.string(),
  /** What Document.getUrl() answers. */
  url: z.string().min(1),
  body: z.array(BlockNode),
});
export type StoredDocument = z.infer<typeof StoredDocument>;

export const DOCUMENTS_FORMAT = 'malkoll-local-documents';

export const DocumentsFile = z.object({
  format: z.literal(DOCUMENTS_FORMAT),
  version: z.literal(1),
  documents: z.array(StoredDocument),
});
export type DocumentsFile = z.infer<typeof DocumentsFile>;

/** The text a block shows: a table's cells joined by tabs, its rows by line breaks (our choice; Google does not say). */
export function blockText(block: BlockNode): string {
  if (block.type !== 'TABLE') return block.text;
  return block.rows.map((row) => row.cells.map((cell) => blocksText(cell.children)).join('\t')).join('\n');
}

/** A container's text: its blocks' texts on lines of their own, as Body.getText() gives them. */
export function blocksText(blocks: readonly BlockNode[]): string {
  return blocks.map(blockText).join('\n');
}
