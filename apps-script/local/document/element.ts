// What every element of a Doc shares: its type, the as…() casts Google's Element offers, and the open document it
// belongs to, which refuses changes once saveAndClose() has closed it.
import { type Context, ServiceObject } from '../context.ts';
import { ScriptException } from '../errors.ts';
import type { BlockNode, StoredDocument } from './model.ts';
import type { ListItem, Paragraph, Text } from './paragraph.ts';
import type { Table, TableCell, TableRow } from './table.ts';

/** DocumentApp.ElementType. */
export const ELEMENT_TYPES = [
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'RICH_LINK',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
] as const;
export type ElementTypeName = (typeof ELEMENT_TYPES)[number];

/** Google: "A closed Document can't be edited" (reference/document/document#saveAndClose); the text is Google's. */
const CLOSED = 'Document is closed, its contents cannot be updated.';

/** A Document handle as the script holds it: DocumentApp.create and each open… give a new one. */
export interface OpenDocument {
  readonly stored: StoredDocument;
  closed: boolean;
  /** Something was written since it was opened: closing it saves. */
  changed: boolean;
  /** The element for a block of this document (document.ts knows every element class). */
  wrap(node: BlockNode): Paragraph | ListItem | Table;
}

/** Its methods are counted under each element's own class (countInheritedCalls). */
export abstract class DocElement extends ServiceObject {
  static gasName = 'Element';
  declare readonly _google: GoogleAppsScript.Document.Element;

  constructor(
    ctx: Context,
    readonly _open: OpenDocument,
  ) {
    super(ctx);
  }

  abstract getType(): ElementTypeName;

  asParagraph(): Paragraph {
    return this._as('PARAGRAPH');
  }

  asListItem(): ListItem {
    return this._as('LIST_ITEM');
  }

  asTable(): Table {
    return this._as('TABLE');
  }

  asTableRow(): TableRow {
    return this._as('TABLE_ROW');
  }

  asTableCell(): TableCell {
    return this._as('TABLE_CELL');
  }

  asText(): Text {
    return this._as('TEXT');
  }

  /** The cast Google's as…() methods make; the message for a wrong one is ours (Google does not document it). */
  _as<T>(type: ElementTypeName): T {
    const own = this.getType();
    if (own !== type) throw new ScriptException(`Cannot cast an element of type ${own} to ${type}.`);
    return this as unknown as T;
  }

  /** Before any change: a closed document refuses it. */
  _edit(): void {
    if (this._open.closed) throw new ScriptException(CLOSED);
    this._open.changed = true;
  }
}

/** Paragraphs and list items "may not contain new-line characters", which Google turns into line breaks ("\r"). */
export function paragraphText(text: unknown): string {
  return String(text).replace(/\r?\n/g, '\r');
}
