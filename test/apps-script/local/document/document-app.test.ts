// DocumentApp: a new Doc as Google makes it, and opening the Docs the runtime holds by address or id.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../../apps-script/local/index.ts';

describe('DocumentApp', () => {
  it('creates a Doc with one empty paragraph, an id and a Docs address, and opens it again by either', () => {
    const rt = createRuntime();
    const doc = rt.DocumentApp.create('Verksamhetsberättelse 2024');
    expect(doc.getName()).toBe('Verksamhetsberättelse 2024');
    expect(doc.getId()).toMatch(/^1[\w-]{43}$/);
    expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(rt.DocumentApp.ElementType.PARAGRAPH);
    expect(body.getText()).toBe('');

    body.appendParagraph('Inledning').setHeading(rt.DocumentApp.ParagraphHeading.HEADING1);
    expect(rt.DocumentApp.openById(doc.getId()).getBody().getText()).toBe('\nInledning');
    expect(rt.DocumentApp.openByUrl(doc.getUrl()).getName()).toBe('Verksamhetsberättelse 2024');
    expect(rt.DocumentApp.openByUrl(`https://docs.google.com/document/d/${doc.getId()}/edit`).getId()).toBe(
      doc.getId(),
    );
    expect(rt.documents.all().map((stored) => stored.name)).toEqual(['Verksamhetsberättelse 2024']);
  });

  it('opens the Docs the host gives it, as text or as blocks, and refuses any other', () => {
    const url = 'https://docs.google.com/document/d/1plan/edit';
    const rt = createRuntime({
      documents: {
        [url]: 'Verksamhetsplan 2024\nDelmål 1',
        'https://docs.google.com/document/d/1blocks/edit': {
          name: 'Plan',
          body: [
            { type: 'PARAGRAPH', text: 'Verksamhetsplan', heading: 'TITLE' },
            {
              type: 'LIST_ITEM',
              text: 'Aktivitet',
              heading: 'NORMAL',
              nestingLevel: 1,
              glyphType: 'NUMBER',
              listId: 'kix.a',
            },
          ],
        },
      },
    });
    const text = rt.DocumentApp.openByUrl(url).getBody();
    expect(text.getNumChildren()).toBe(2);
    expect(text.getText()).toBe('Verksamhetsplan 2024\nDelmål 1');
    const blocks = rt.DocumentApp.openById('1blocks');
    expect(blocks.getName()).toBe('Plan');
    const item = blocks.getBody().getChild(1).asListItem();
    expect([item.getText(), item.getNestingLevel(), item.getGlyphType(), item.getListId()]).toEqual([
      'Aktivitet',
      1,
      'NUMBER',
      'kix.a',
    ]);
    expect(() => rt.DocumentApp.openByUrl('https://docs.google.com/document/d/other/edit')).toThrow(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
    expect(() => rt.DocumentApp.openById('other')).toThrow('Document is missing');
  });

  it('counts its calls like every service', () => {
    const rt = createRuntime();
    rt.counters.reset();
    const body = rt.DocumentApp.create('Räknad').getBody();
    body.appendParagraph('Rubrik').setHeading('HEADING2');
    body.appendListItem('Punkt');
    expect(rt.counters.snapshot()).toEqual({
      'Body.appendListItem': 1,
      'Body.appendParagraph': 1,
      'Document.getBody': 1,
      'DocumentApp.create': 1,
      'Paragraph.setHeading': 1,
    });
  });
});
