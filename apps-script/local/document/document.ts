// Document: one open Google Doc, its body, name and address; saveAndClose() saves it and closes this handle.
import { type Context, ServiceObject } from '../context.ts';
import { countCalls } from '../counters.ts';
import { ScriptException } from '../errors.ts';
import type { Google } from '../google.ts';
import { Body } from './body.ts';
import type { OpenDocument } from './element.ts';
import type { StoredDocument } from './model.ts';
import { ListItem, Paragraph } from './paragraph.ts';
import { Table } from './table.ts';

/** A new handle on a stored document; the runtime closes (and saves) it at the end of the execution. */
export function openDocument(ctx: Context, stored: StoredDocument): OpenDocument {
  const open: OpenDocument = {
    stored,
    closed: false,
    changed: false,
    wrap: (node) => {
      if (node.type === 'PARAGRAPH') return new Paragraph(ctx, open, node);
      if (node.type === 'LIST_ITEM') return new ListItem(ctx, open, node);
      return new Table(ctx, open, node);
    },
  };
  ctx.openDocuments.push(open);
  return open;
}

/**
 * Google: "saveAndClose() is automatically invoked at the end of script execution for each open editable Document"
 * (reference/document/document#saveAndClose). Called by the runtime when an execution ends.
 */
export function closeOpenDocuments(ctx: Context): void {
  const open = ctx.openDocuments.splice(0);
  for (const doc of open) doc.closed = true;
  if (open.some((doc) => doc.changed)) ctx.documents.save();
}

export class Document extends ServiceObject implements Google<Document> {
  static gasName = 'Document';
  declare readonly _google: GoogleAppsScript.Document.Document;

  constructor(
    ctx: Context,
    private readonly open: OpenDocument,
  ) {
    super(ctx);
  }

  getBody(): Body {
    return new Body(this.ctx, this.open);
  }

  getId(): string {
    return this.open.stored.id;
  }

  getName(): string {
    return this.open.stored.name;
  }

  setName(name: string): Document {
    if (this.open.closed) throw new ScriptException('Document is closed, its contents cannot be updated.');
    this.open.stored.name = String(name);
    this.open.changed = true;
    return this;
  }

  getUrl(): string {
    return this.open.stored.url;
  }

  /** "Causes pending updates to be flushed and applied"; this handle can't be edited afterwards. */
  saveAndClose(): void {
    if (this.open.closed) return;
    this.open.closed = true;
    const at = this.ctx.openDocuments.indexOf(this.open);
    if (at >= 0) this.ctx.openDocuments.splice(at, 1);
    if (this.open.changed) this.ctx.documents.save();
  }
}

countCalls(Document);
