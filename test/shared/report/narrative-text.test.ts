// The verksamhetsberättelse as the terminal prints it: the Doc's words with the title and areas underlined and items bulleted.
import { describe, expect, it } from 'vitest';
import { narrativeText } from '../../../shared/report/narrative-text.ts';

describe('narrativeText', () => {
  it('underlines the title and area headings, keeps a list together under its lead-in, and ends with a new-line', () => {
    const text = narrativeText({
      title: 'Verksamhetsberättelse 2024',
      asOf: '2025-01-31',
      blocks: [
        { type: 'title', text: 'Verksamhetsberättelse 2024' },
        { type: 'heading', level: 1, text: 'Området' },
        { type: 'heading', level: 2, text: 'Delmål 1: Synas' },
        { type: 'paragraph', text: 'Genomfört:' },
        { type: 'item', text: 'En sak' },
        { type: 'item', text: 'En till' },
        { type: 'paragraph', text: 'Slut.' },
      ],
    });
    expect(text).toBe(
      [
        'Verksamhetsberättelse 2024',
        '==========================',
        '',
        'Området',
        '-------',
        '',
        'Delmål 1: Synas',
        '',
        'Genomfört:',
        '  • En sak',
        '  • En till',
        '',
        'Slut.',
        '',
      ].join('\n'),
    );
  });
});
