// Writes a verksamhetsberättelse to a new Google Doc: the title in the Doc's first paragraph (a new Doc holds one empty
// paragraph), area and delmål headings as Heading 1 and 2, list items as bullets. Google's element model:
// developers.google.com/apps-script/reference/document/body.
import type { Narrative, NarrativeBlock } from '../../../shared/report/narrative.ts';

type Body = GoogleAppsScript.Document.Body;

function appendBlock(body: Body, block: NarrativeBlock): void {
  const { ParagraphHeading } = DocumentApp;
  switch (block.type) {
    case 'title':
      body.appendParagraph(block.text).setHeading(ParagraphHeading.TITLE);
      return;
    case 'heading':
      body
        .appendParagraph(block.text)
        .setHeading(block.level === 1 ? ParagraphHeading.HEADING1 : ParagraphHeading.HEADING2);
      return;
    case 'paragraph':
      body.appendParagraph(block.text);
      return;
    case 'item':
      body.appendListItem(block.text);
      return;
  }
}

/** The new Doc, saved and closed. Calls grow with the plan's size, never with Logg's. */
export function writeNarrativeDoc(narrative: Narrative): GoogleAppsScript.Document.Document {
  const doc = DocumentApp.create(narrative.title);
  const body = doc.getBody();
  const [first, ...rest] = narrative.blocks;
  // The title goes into the paragraph the new Doc starts with, so the Doc does not open with an empty line.
  if (first) {
    const opening = body.getChild(0).asParagraph();
    opening.setText(first.text);
    opening.setHeading(
      first.type === 'title' ? DocumentApp.ParagraphHeading.TITLE : DocumentApp.ParagraphHeading.NORMAL,
    );
  }
  for (const block of rest) appendBlock(body, block);
  doc.saveAndClose();
  return doc;
}
