// Body: appending headings, paragraphs, list items and tables, and reading them back as Google's element model has them.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../../apps-script/local/index.ts';

function newBody() {
  const rt = createRuntime();
  return { rt, body: rt.DocumentApp.create('Test').getBody() };
}

describe('Body', () => {
  it('appends paragraphs with headings and keeps them in order', () => {
    const { rt, body } = newBody();
    const { ParagraphHeading } = rt.DocumentApp;
    const title = body.getChild(0).asParagraph();
    title.setText('Verksamhetsberättelse');
    expect(title.setHeading(ParagraphHeading.TITLE)).toBe(title);
    body.appendParagraph('Det parlamentariska arbetet').setHeading(ParagraphHeading.HEADING1);
    body.appendParagraph('Planen lovade två saker.');
    expect(body.getNumChildren()).toBe(3);
    expect(body.getParagraphs().map((p) => [p.getHeading(), p.getText()])).toEqual([
      ['TITLE', 'Verksamhetsberättelse'],
      ['HEADING1', 'Det parlamentariska arbetet'],
      ['NORMAL', 'Planen lovade två saker.'],
    ]);
    expect(body.getText()).toBe('Verksamhetsberättelse\nDet parlamentariska arbetet\nPlanen lovade två saker.');
    expect(body.getChildIndex(body.getChild(2).asParagraph())).toBe(2);
  });

  it('casts children only to what they are and names the index Google names', () => {
    const { body } = newBody();
    body.appendListItem('Punkt');
    expect(body.getChild(1).getType()).toBe('LIST_ITEM');
    expect(() => body.getChild(1).asParagraph()).toThrow('Cannot cast an element of type LIST_ITEM to PARAGRAPH.');
    expect(() => body.getChild(2)).toThrow('Child index (2) must be less than the number of child elements (2).');
  });

  it('appends a table with one paragraph per cell and finds its paragraphs, list items and tables', () => {
    const { body } = newBody();
    body.appendListItem('Före');
    const table = body.appendTable([
      ['Mål', 'Utfall'],
      ['15 debattartiklar', '12'],
    ]);
    expect(table.getNumRows()).toBe(2);
    expect(table.getCell(1, 0).getText()).toBe('15 debattartiklar');
    table.getCell(1, 1).appendListItem('varav 3 i Q2');
    expect(body.getTables()).toHaveLength(1);
    expect(body.getListItems().map((item) => item.getText())).toEqual(['Före', 'varav 3 i Q2']);
    expect(body.getParagraphs()).toHaveLength(7);
    expect(body.getText()).toBe('\nFöre\nMål\tUtfall\n15 debattartiklar\t12\nvarav 3 i Q2');
  });

  it('removes a child, but never the body’s final element nor a cell’s only one, as Docs refuses', () => {
    const { body } = newBody();
    const first = body.getChild(0).asParagraph();
    body.appendParagraph('Kvar');
    expect(body.removeChild(first)).toBe(body);
    expect(body.getText()).toBe('Kvar');
    expect(() => body.removeChild(body.getChild(0).asParagraph())).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
    const cell = body.appendTable([['Aktivitet']]).getCell(0, 0);
    cell.appendListItem('Värva på torget');
    expect(cell.removeChild(cell.getChild(0).asParagraph())).toBe(cell);
    expect(cell.getChild(0).getType()).toBe('LIST_ITEM');
    expect(() => cell.removeChild(cell.getChild(0).asListItem())).toThrow("Can't remove the last paragraph");
    expect(cell.getText()).toBe('Värva på torget');
  });

  it('clears to one empty paragraph, and sets plain text as one paragraph per line', () => {
    const { body } = newBody();
    body.appendParagraph('Text');
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    body.setText('Rad 1\nRad 2');
    expect(body.getNumChildren()).toBe(2);
    expect(body.getChild(1).asParagraph().getText()).toBe('Rad 2');
  });
});
