// DocumentApp: creating and opening Google Docs, and Google's enums for their elements (reference/document/document-app).
import { ServiceObject } from '../context.ts';
import { countCalls } from '../counters.ts';
import { MESSAGES, ScriptException } from '../errors.ts';
import { enumOf, type Google } from '../google.ts';
import { Document, openDocument } from './document.ts';
import { ELEMENT_TYPES } from './element.ts';
import { GLYPH_TYPES, PARAGRAPH_HEADINGS, type StoredDocument } from './model.ts';

const ParagraphHeading = enumOf(PARAGRAPH_HEADINGS);
const GlyphType = enumOf(GLYPH_TYPES);
const ElementType = enumOf(ELEMENT_TYPES);

/** Only the enums the add-on uses are modelled; the other DocumentApp enums (Attribute, FontFamily …) are not. */
export class DocumentApp extends ServiceObject implements Google<DocumentApp> {
  static gasName = 'DocumentApp';
  declare readonly _google: GoogleAppsScript.Document.DocumentApp;
  readonly ParagraphHeading = ParagraphHeading;
  readonly GlyphType = GlyphType;
  readonly ElementType = ElementType;

  /** A new Doc in the user's Drive, holding one empty paragraph. */
  create(name: string): Document {
    return this._opened(this.ctx.documents.create(String(name)));
  }

  openByUrl(url: string): Document {
    return this._opened(this.ctx.documents.byUrl(String(url)));
  }

  openById(id: string): Document {
    return this._opened(this.ctx.documents.byId(String(id)));
  }

  _opened(stored: StoredDocument | undefined): Document {
    if (!stored) throw new ScriptException(MESSAGES.documentMissing);
    return new Document(this.ctx, openDocument(this.ctx, stored));
  }
}

countCalls(DocumentApp);
