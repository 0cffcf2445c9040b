// Paragraph, ListItem and Text: headings, lists that items join, nesting and glyphs, and line breaks in text.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../../apps-script/local/index.ts';

function newBody() {
  const rt = createRuntime();
  return { rt, body: rt.DocumentApp.create('Test').getBody() };
}

describe('Paragraph and ListItem', () => {
  it('joins list items appended one after another into one list, and starts a new list after a paragraph', () => {
    const { rt, body } = newBody();
    const first = body.appendListItem('Klar: stödja regionens förtroendevalda');
    const second = body.appendListItem('Struken: delta i Regionkampanjen');
    body.appendParagraph('Mellanrubrik');
    const third = body.appendListItem('Ny lista');
    expect(first.getListId()).toMatch(/^kix\.\w{12}$/);
    expect(second.getListId()).toBe(first.getListId());
    expect(third.getListId()).not.toBe(first.getListId());
    expect(third.setListId(first).getListId()).toBe(first.getListId());
    expect(first.getGlyphType()).toBe(rt.DocumentApp.GlyphType.BULLET);
    first.setGlyphType(rt.DocumentApp.GlyphType.NUMBER).setNestingLevel(1);
    expect([first.getGlyphType(), first.getNestingLevel()]).toEqual(['NUMBER', 1]);
    // The next item continues where the list's last item is.
    expect(body.appendListItem('Fjärde').getListId()).toBe(third.getListId());
    expect(() => first.setNestingLevel(9)).toThrow("don't match the method signature");
  });

  it('turns new-lines into line breaks, returns nothing from setText, and has one Text child when not empty', () => {
    const { body } = newBody();
    const paragraph = body.appendParagraph('Rad ett\nrad två');
    expect(paragraph.getText()).toBe('Rad ett\rrad två');
    expect(paragraph.setText('Ny')).toBeUndefined();
    expect(paragraph.getNumChildren()).toBe(1);
    expect(paragraph.getChild(0).getType()).toBe('TEXT');
    expect(paragraph.appendText(' text').getText()).toBe('Ny text');
    expect(paragraph.clear().getNumChildren()).toBe(0);
    expect(() => paragraph.setHeading('HEADING9' as 'HEADING1')).toThrow("don't match the method signature");
  });
});
