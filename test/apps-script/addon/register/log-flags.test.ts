// Målkoll's marks on a Logg cell: its own note lines and colour come and go, the board's lines and colour stay.
import { describe, expect, it } from 'vitest';
import { FLAG_COLOR, flaggedCell } from '../../../../apps-script/addon/register/log-flags.ts';

const WHITE = '#ffffff';

describe('flaggedCell', () => {
  it('adds its line and colour to a cell nobody marked, and takes them away once the cell is fine', () => {
    const flagged = flaggedCell({ note: '', background: WHITE }, ['Antal måste vara minst 1.']);
    expect(flagged).toEqual({ note: 'Målkoll: Antal måste vara minst 1.', background: FLAG_COLOR });
    expect(flaggedCell({ note: flagged.note, background: FLAG_COLOR }, [])).toEqual({ note: '', background: null });
  });

  it("keeps the board's note lines and the board's own colour", () => {
    const board = { note: 'Ring Ada\nMålkoll: Datumet ligger i framtiden.', background: '#fff2cc' };
    expect(flaggedCell(board, ['Antal saknas: skriv ett heltal, minst 1.'])).toEqual({
      note: 'Ring Ada\nMålkoll: Antal saknas: skriv ett heltal, minst 1.',
      background: '#fff2cc',
    });
    expect(flaggedCell(board, [])).toEqual({ note: 'Ring Ada', background: '#fff2cc' });
  });

  it('leaves alone a cell the board coloured like a flag but Målkoll never marked', () => {
    expect(flaggedCell({ note: 'Kolla', background: FLAG_COLOR }, [])).toEqual({
      note: 'Kolla',
      background: FLAG_COLOR,
    });
  });
});
