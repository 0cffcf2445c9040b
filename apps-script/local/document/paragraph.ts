// Paragraph, ListItem and Text: the blocks that hold text. A ListItem is a Paragraph in a list; items with one list id
// are one list (reference/document/list-item).
import type { Context } from '../context.ts';
import { countCalls, countInheritedCalls } from '../counters.ts';
import { signatureError } from '../errors.ts';
import type { Google } from '../google.ts';
import { DocElement, type ElementTypeName, type OpenDocument, paragraphText } from './element.ts';
import {
  GLYPH_TYPES,
  type GlyphTypeName,
  type ListItemNode,
  PARAGRAPH_HEADINGS,
  type ParagraphHeadingName,
  type ParagraphNode,
} from './model.ts';

function heading(method: string, value: unknown): ParagraphHeadingName {
  if (!PARAGRAPH_HEADINGS.includes(value as ParagraphHeadingName)) throw signatureError(method, [value]);
  return value as ParagraphHeadingName;
}

/** The text run of a paragraph or list item: the Text element Google gives for its characters. */
export class Text extends DocElement implements Google<Text> {
  static override gasName = 'Text';
  declare readonly _google: GoogleAppsScript.Document.Text;

  constructor(
    ctx: Context,
    open: OpenDocument,
    private readonly block: ParagraphNode | ListItemNode,
  ) {
    super(ctx, open);
  }

  getType(): ElementTypeName {
    return 'TEXT';
  }

  getText(): string {
    return this.block.text;
  }

  setText(text: string): Text {
    this._edit();
    this.block.text = paragraphText(text);
    return this;
  }

  appendText(text: string): Text {
    this._edit();
    this.block.text += paragraphText(text);
    return this;
  }
}

/** What Paragraph and ListItem share. A block with text has one Text child; an empty one has none. */
abstract class TextBlock<N extends ParagraphNode | ListItemNode> extends DocElement {
  constructor(
    ctx: Context,
    open: OpenDocument,
    readonly _node: N,
  ) {
    super(ctx, open);
  }

  getText(): string {
    return this._node.text;
  }

  /** Returns nothing, as Google's Paragraph.setText and ListItem.setText do. */
  setText(text: string): void {
    this._edit();
    this._node.text = paragraphText(text);
  }

  appendText(text: string): Text {
    this._edit();
    this._node.text += paragraphText(text);
    return new Text(this.ctx, this._open, this._node);
  }

  editAsText(): Text {
    return new Text(this.ctx, this._open, this._node);
  }

  getHeading(): ParagraphHeadingName {
    return this._node.heading;
  }

  getNumChildren(): number {
    return this._node.text === '' ? 0 : 1;
  }

  getChild(childIndex: number): Text {
    if (childIndex !== 0 || this._node.text === '') throw signatureError('getChild', [childIndex]);
    return new Text(this.ctx, this._open, this._node);
  }

  _setHeading(method: string, value: unknown): void {
    this._edit();
    this._node.heading = heading(method, value);
  }
}

/** appendText takes text, not a Text element to copy. */
export class Paragraph extends TextBlock<ParagraphNode> implements Google<Paragraph, 'appendText'> {
  static override gasName = 'Paragraph';
  declare readonly _google: GoogleAppsScript.Document.Paragraph;

  getType(): ElementTypeName {
    return 'PARAGRAPH';
  }

  setHeading(heading: ParagraphHeadingName): Paragraph {
    this._setHeading('Paragraph.setHeading', heading);
    return this;
  }

  clear(): Paragraph {
    this.setText('');
    return this;
  }
}

/** appendText takes text, not a Text element to copy. */
export class ListItem extends TextBlock<ListItemNode> implements Google<ListItem, 'appendText'> {
  static override gasName = 'ListItem';
  declare readonly _google: GoogleAppsScript.Document.ListItem;

  getType(): ElementTypeName {
    return 'LIST_ITEM';
  }

  setHeading(heading: ParagraphHeadingName): ListItem {
    this._setHeading('ListItem.setHeading', heading);
    return this;
  }

  clear(): ListItem {
    this.setText('');
    return this;
  }

  getListId(): string {
    return this._node.listId;
  }

  /** Joins the list `listItem` belongs to. */
  setListId(listItem: ListItem): ListItem {
    if (!(listItem instanceof ListItem)) throw signatureError('ListItem.setListId', [listItem]);
    this._edit();
    this._node.listId = listItem._node.listId;
    return this;
  }

  getNestingLevel(): number {
    return this._node.nestingLevel;
  }

  setNestingLevel(nestingLevel: number): ListItem {
    if (!Number.isInteger(nestingLevel) || nestingLevel < 0 || nestingLevel > 8) {
      throw signatureError('ListItem.setNestingLevel', [nestingLevel]);
    }
    this._edit();
    this._node.nestingLevel = nestingLevel;
    return this;
  }

  getGlyphType(): GlyphTypeName {
    return this._node.glyphType;
  }

  setGlyphType(glyphType: GlyphTypeName): ListItem {
    if (!GLYPH_TYPES.includes(glyphType)) throw signatureError('ListItem.setGlyphType', [glyphType]);
    this._edit();
    this._node.glyphType = glyphType;
    return this;
  }
}

for (const cls of [Text, Paragraph, ListItem]) countCalls(cls);
for (const cls of [Paragraph, ListItem]) countInheritedCalls(cls, TextBlock);
for (const cls of [Text, Paragraph, ListItem]) countInheritedCalls(cls, DocElement);
