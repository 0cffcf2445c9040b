// Body: the document's main text, a container of paragraphs, list items and tables (reference/document/body).
import type { Context } from '../context.ts';
import { countCalls, countInheritedCalls } from '../counters.ts';
import type { Google } from '../google.ts';
import { BlockContainer } from './blocks.ts';
import { DocElement, type ElementTypeName, type OpenDocument } from './element.ts';
import type { BlockNode } from './model.ts';
import type { ListItem, Paragraph } from './paragraph.ts';
import type { Table } from './table.ts';

/** Every block of a container, tables' cells included, in document order. */
function allBlocks(blocks: readonly BlockNode[]): BlockNode[] {
  return blocks.flatMap((block) =>
    block.type === 'TABLE'
      ? [block, ...block.rows.flatMap((row) => row.cells.flatMap((cell) => allBlocks(cell.children)))]
      : [block],
  );
}

/** appendParagraph, appendListItem and appendTable take text (cells), not an element to copy. */
export class Body extends BlockContainer implements Google<Body, 'appendParagraph' | 'appendListItem' | 'appendTable'> {
  static override gasName = 'Body';
  declare readonly _google: GoogleAppsScript.Document.Body;

  constructor(ctx: Context, open: OpenDocument) {
    super(ctx, open);
  }

  _children(): BlockNode[] {
    return this._open.stored.body;
  }

  getType(): ElementTypeName {
    return 'BODY_SECTION';
  }

  /** "All the Paragraphs contained in the section (including ListItems)". */
  getParagraphs(): Paragraph[] {
    return allBlocks(this._children())
      .filter((block) => block.type !== 'TABLE')
      .map((block) => this._open.wrap(block) as Paragraph);
  }

  getListItems(): ListItem[] {
    return allBlocks(this._children())
      .filter((block) => block.type === 'LIST_ITEM')
      .map((block) => this._open.wrap(block) as ListItem);
  }

  getTables(): Table[] {
    return allBlocks(this._children())
      .filter((block) => block.type === 'TABLE')
      .map((block) => this._open.wrap(block) as Table);
  }

  clear(): Body {
    this._clear();
    return this;
  }

  setText(text: string): Body {
    this._setText(text);
    return this;
  }
}

countCalls(Body);
countInheritedCalls(Body, BlockContainer);
countInheritedCalls(Body, DocElement);
