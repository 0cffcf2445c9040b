// The Google Docs this runtime can reach (Drive, for DocumentApp): those the host hands it, those the script creates,
// and the file they are saved in, so a Doc the add-on wrote is still there when the server starts again.
import { existsSync, readFileSync } from 'node:fs';
import { newDriveFileId } from '../drive-id.ts';
import { writeFileAtomically } from '../persistence.ts';
import {
  type BlockNode,
  DOCUMENTS_FORMAT,
  type DocumentContent,
  DocumentsFile,
  type ParagraphNode,
  type StoredDocument,
} from './model.ts';

/** The id in a Docs address: `…/document/d/<id>/edit` or `…/open?id=<id>`. */
export function documentIdOf(url: string): string | null {
  return /\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? null;
}

/**
 * The address Document.getUrl() gives a new document. Google's reference gives no example; Google's own Docs add-on
 * GD2md-html prints getActiveDocument().getUrl() as "Source doc: https://docs.google.com/open?id=…".
 */
export function newDocumentUrl(id: string): string {
  return `https://docs.google.com/open?id=${id}`;
}

export const emptyParagraph = (): ParagraphNode => ({ type: 'PARAGRAPH', text: '', heading: 'NORMAL' });

function contentBlocks(content: DocumentContent): BlockNode[] {
  if (typeof content !== 'string') return structuredClone(content.body);
  return content.split(/\r?\n/).map((text) => ({ ...emptyParagraph(), text }));
}

export class DocumentStore {
  private readonly documents = new Map<string, StoredDocument>();

  /** `file`: where created documents are saved (and loaded from); `given`: Docs by address, as the host has them. */
  constructor(
    private readonly file: string | undefined,
    given: Record<string, DocumentContent>,
  ) {
    if (file && existsSync(file)) for (const doc of readDocumentsFile(file)) this.documents.set(doc.id, doc);
    for (const [url, content] of Object.entries(given)) {
      const id = documentIdOf(url) ?? url;
      const name = typeof content === 'string' ? '' : (content.name ?? '');
      this.documents.set(id, { id, name, url, body: contentBlocks(content) });
    }
  }

  byId(id: string): StoredDocument | undefined {
    return this.documents.get(id);
  }

  byUrl(url: string): StoredDocument | undefined {
    const id = documentIdOf(url);
    return [...this.documents.values()].find((doc) => doc.url === url || (id !== null && doc.id === id));
  }

  /** A new Doc holds one empty paragraph, as Google's does. */
  create(name: string): StoredDocument {
    const id = newDriveFileId();
    const doc: StoredDocument = { id, name, url: newDocumentUrl(id), body: [emptyParagraph()] };
    this.documents.set(id, doc);
    return doc;
  }

  /** Every document, oldest first. */
  all(): StoredDocument[] {
    return [...this.documents.values()];
  }

  /** Writes every document to the file, when there is one. */
  save(): void {
    if (!this.file) return;
    const saved: DocumentsFile = { format: DOCUMENTS_FORMAT, version: 1, documents: this.all() };
    writeFileAtomically(this.file, `${JSON.stringify(saved)}\n`);
  }
}

function readDocumentsFile(file: string): StoredDocument[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`Dokumentfilen ${file} är skadad / The documents file ${file} is corrupt: ${(e as Error).message}`);
  }
  const parsed = DocumentsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    throw new Error(
      `Dokumentfilen ${file} har fel innehåll / The documents file ${file} has invalid content: ${where}: ${issue?.message}`,
    );
  }
  return parsed.data.documents;
}
