// ContentService: text outputs a web app returns (JSON for the extension's API).

import { type Context, ServiceObject } from './context.ts';
import { countCalls } from './counters.ts';
import { enumOf, type Google } from './google.ts';

const MIME_TYPES = {
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'text/xml',
} as const;
export type MimeTypeName = keyof typeof MIME_TYPES;

export const MimeType = enumOf(Object.keys(MIME_TYPES) as MimeTypeName[]);

/** The HTTP Content-Type a web app response of this MimeType is served with. */
export function contentTypeHeader(mimeType: MimeTypeName): string {
  return `${MIME_TYPES[mimeType]}; charset=utf-8`;
}

/** getFileName() is null until downloadAsFile, as Google documents (@types says string). */
export class TextOutput extends ServiceObject implements Google<TextOutput, 'getFileName'> {
  static gasName = 'TextOutput';
  declare readonly _google: GoogleAppsScript.Content.TextOutput;
  private mimeType: MimeTypeName = 'TEXT';
  private fileName: string | null = null;

  constructor(
    ctx: Context,
    private content: string,
  ) {
    super(ctx);
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): TextOutput {
    this.content = String(content);
    return this;
  }

  append(addedContent: string): TextOutput {
    this.content += String(addedContent);
    return this;
  }

  clear(): TextOutput {
    this.content = '';
    return this;
  }

  getMimeType(): MimeTypeName {
    return this.mimeType;
  }

  setMimeType(mimeType: MimeTypeName): TextOutput {
    this.mimeType = mimeType;
    return this;
  }

  downloadAsFile(filename: string): TextOutput {
    this.fileName = filename;
    return this;
  }

  getFileName(): string | null {
    return this.fileName;
  }
}

export class ContentService extends ServiceObject implements Google<ContentService> {
  static gasName = 'ContentService';
  declare readonly _google: GoogleAppsScript.Content.ContentService;
  readonly MimeType = MimeType;

  createTextOutput(content?: string): TextOutput {
    return new TextOutput(this.ctx, content === undefined ? '' : String(content));
  }
}

for (const cls of [TextOutput, ContentService]) countCalls(cls);
