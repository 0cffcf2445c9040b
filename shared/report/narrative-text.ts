// The verksamhetsberättelse as plain text, the same words the Google Doc gets: the title and area headings underlined,
// list items bulleted, a blank line between blocks (a list's items stay together).
import type { Narrative, NarrativeBlock } from './narrative.ts';

function blockText(block: NarrativeBlock): string {
  switch (block.type) {
    case 'title':
      return `${block.text}\n${'='.repeat(block.text.length)}`;
    case 'heading':
      return block.level === 1 ? `${block.text}\n${'-'.repeat(block.text.length)}` : block.text;
    case 'paragraph':
      return block.text;
    case 'item':
      return `  • ${block.text}`;
  }
}

export function narrativeText(narrative: Narrative): string {
  let text = '';
  narrative.blocks.forEach((block, at) => {
    const previous = narrative.blocks[at - 1];
    if (previous) text += block.type === 'item' && previous.type !== 'heading' ? '\n' : '\n\n';
    text += blockText(block);
  });
  return `${text}\n`;
}
