// What a Body and a TableCell share: they hold blocks (paragraphs, list items, tables) and append, count and read them.
import { ScriptException } from '../errors.ts';
import { DocElement, paragraphText } from './element.ts';
import type { BlockNode, ListItemNode, ParagraphNode, TableNode } from './model.ts';
import { blocksText } from './model.ts';
import type { ListItem, Paragraph } from './paragraph.ts';
import type { Table } from './table.ts';

/** A new list's id, shaped like Google's ("kix.…"). */
function newListId(): string {
  return `kix.${Math.random().toString(36).slice(2, 14).padEnd(12, '0')}`;
}

export abstract class BlockContainer extends DocElement {
  /** The container's blocks, in order; the script's changes go straight into them. */
  abstract _children(): BlockNode[];

  appendParagraph(text: string): Paragraph {
    this._edit();
    const node: ParagraphNode = { type: 'PARAGRAPH', text: paragraphText(text), heading: 'NORMAL' };
    this._children().push(node);
    return this._open.wrap(node) as Paragraph;
  }

  /**
   * A list item right after another one joins its list (same id, glyph and nesting), as appending items one after
   * another does in Google Docs; after anything else it starts a new bulleted list (reference/document/list-item shows
   * setListId joining a list across a table).
   */
  appendListItem(text: string): ListItem {
    this._edit();
    const children = this._children();
    const previous = children[children.length - 1];
    const list =
      previous?.type === 'LIST_ITEM'
        ? { listId: previous.listId, glyphType: previous.glyphType, nestingLevel: previous.nestingLevel }
        : { listId: newListId(), glyphType: 'BULLET' as const, nestingLevel: 0 };
    const node: ListItemNode = { type: 'LIST_ITEM', text: paragraphText(text), heading: 'NORMAL', ...list };
    children.push(node);
    return this._open.wrap(node) as ListItem;
  }

  /** A table with one cell per string, each holding one paragraph with the text; no rows without cells. */
  appendTable(cells?: string[][]): Table {
    this._edit();
    const node: TableNode = {
      type: 'TABLE',
      rows: (cells ?? []).map((row) => ({
        cells: row.map((text) => ({ children: [{ type: 'PARAGRAPH', text: paragraphText(text), heading: 'NORMAL' }] })),
      })),
    };
    this._children().push(node);
    return this._open.wrap(node) as Table;
  }

  getNumChildren(): number {
    return this._children().length;
  }

  getChild(childIndex: number): Paragraph | ListItem | Table {
    const node = this._children()[childIndex];
    if (!node)
      throw new ScriptException(
        `Child index (${childIndex}) must be less than the number of child elements (${this._children().length}).`,
      );
    return this._open.wrap(node);
  }

  getChildIndex(child: Paragraph | ListItem | Table): number {
    const index = this._children().indexOf(child._node);
    if (index < 0) throw new ScriptException('Element does not contain the specified child element.');
    return index;
  }

  getText(): string {
    return blocksText(this._children());
  }

  /**
   * Removes a child of this container (reference/document/body#removeChild, table-cell#removeChild). Docs refuses to
   * remove a body's final element and so to leave a cell empty, with the message public Apps Script projects report
   * (Google documents neither).
   */
  removeChild(child: Paragraph | ListItem | Table): this {
    const index = this.getChildIndex(child);
    const children = this._children();
    if (index === children.length - 1 && (this.getType() === 'BODY_SECTION' || children.length === 1)) {
      throw new ScriptException("Can't remove the last paragraph in a document section.");
    }
    this._edit();
    children.splice(index, 1);
    return this;
  }

  /** Empties the container; it keeps one empty paragraph, since "the last paragraph … cannot be removed". */
  _clear(): void {
    this._edit();
    this._children().splice(0, Infinity, { type: 'PARAGRAPH', text: '', heading: 'NORMAL' });
  }

  /** Replaces the contents with plain text, one paragraph per line. */
  _setText(text: string): void {
    this._edit();
    const lines = String(text).split(/\r?\n/);
    this._children().splice(
      0,
      Infinity,
      ...lines.map((line) => ({ type: 'PARAGRAPH' as const, text: line, heading: 'NORMAL' as const })),
    );
  }
}
