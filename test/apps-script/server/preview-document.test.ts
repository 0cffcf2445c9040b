// A Google Doc drawn as its page: headings by level, one list per list id with its nesting, numbered lists as such,
// tables of cells that hold blocks; and the links to it that the add-on's dialogs carry.
import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../../apps-script/local/index.ts';
import { localDocumentLinks, renderDocument } from '../../../apps-script/server/preview-document.ts';

const item = (text: string, nestingLevel: number, listId = 'kix.a', glyphType = 'BULLET' as const) => ({
  type: 'LIST_ITEM' as const,
  text,
  heading: 'NORMAL' as const,
  nestingLevel,
  glyphType,
  listId,
});

const doc: StoredDocument = {
  id: '1doc',
  name: 'Berättelse <2024>',
  url: 'https://docs.google.com/open?id=1doc',
  body: [
    { type: 'PARAGRAPH', text: 'Berättelse <2024>', heading: 'TITLE' },
    { type: 'PARAGRAPH', text: 'Området', heading: 'HEADING1' },
    item('Ett', 0),
    item('Ett och ett', 1),
    item('Två', 0),
    { ...item('Först', 0, 'kix.b'), glyphType: 'NUMBER' },
    {
      type: 'TABLE',
      rows: [{ cells: [{ children: [{ type: 'PARAGRAPH', text: 'Mål', heading: 'NORMAL' }] }, { children: [] }] }],
    },
    { type: 'PARAGRAPH', text: '', heading: 'NORMAL' },
  ],
};

describe('renderDocument', () => {
  it('draws headings, nested and numbered lists and tables, escaping the text', () => {
    const page = renderDocument(doc);
    expect(page).toContain('<title>Berättelse &lt;2024&gt; – Google Dokument</title>');
    expect(page).toContain(
      '<main class="page"><h1>Berättelse &lt;2024&gt;</h1><h2>Området</h2><ul><li>Ett<ul><li>Ett och ett</li></ul></li><li>Två</li></ul><ol><li>Först</li></ol><table><tr><td><p>Mål</p></td><td></td></tr></table><p class="empty"><br></p></main>',
    );
    expect(page).toContain('Google-dokument i Drive: <code>https://docs.google.com/open?id=1doc</code>');
  });

  it('points links to a Doc the runtime holds at its page, and leaves its address as text', () => {
    const dialog =
      '<a href="https://docs.google.com/open?id=1doc">Öppna</a><input value="https://docs.google.com/open?id=1doc">';
    expect(localDocumentLinks(dialog, [doc])).toBe(
      '<a href="/dokument/1doc">Öppna</a><input value="https://docs.google.com/open?id=1doc">',
    );
  });
});
