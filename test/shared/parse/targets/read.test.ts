// How passages are read: running text only where a sentence states a goal, flagged as less certain; run-on text of
// thousands of characters not at all.
import { describe, expect, it } from 'vitest';
import { planTargetReader, readTargets } from '../../../../shared/parse/targets/read.ts';

const prose = (text: string) => readTargets('U1', [{ text, prose: true }]);

describe('readTargets', () => {
  it('reads numbers in running text only in sentences that state a goal, and says they came from running text', () => {
    expect(prose('Året ligger mellan två val.')).toEqual([]);
    const [target] = prose('Året ligger mellan två val. Under året ska vi skriva tolv debattartiklar.');
    expect(target).toMatchObject({ id: 'U1.M1', kind: 'count', target: 12, text: 'tolv debattartiklar' });
    expect(target?.unsure).toBe('Läst ur löptext: kontrollera att det är ett mål och inte en beskrivning.');
  });

  it('reads nothing from a stretch of thousands of characters without a sentence end, but the sentences around it', () => {
    const runOn = '15 debattartiklar och minst 3 möten i månaden '.repeat(100);
    expect(readTargets('U1', [{ text: runOn, prose: false }])).toEqual([]);
    const targets = readTargets('U1', [
      { text: `Vi ska skriva 15 debattartiklar. ${runOn}. Vi ska värva 30 nya medlemmar.`, prose: false },
    ]);
    expect(targets.map((target) => target.text)).toEqual(['15 debattartiklar', '30 nya medlemmar']);
  });

  it('reads a text repeated under many delmål once, each time as targets of their own', () => {
    const read = planTargetReader();
    const text = 'Varje partiförening ska ha en kassör och hålla två möten per termin.';
    const first = read('A1.1', [{ text, prose: false }]);
    const again = read('B2.3', [
      { text, prose: true },
      { text, prose: false },
    ]);
    expect(first).toEqual(readTargets('A1.1', [{ text, prose: false }]));
    expect(again).toEqual(
      readTargets('B2.3', [
        { text, prose: true },
        { text, prose: false },
      ]),
    );
    expect(again.map((target) => target.id)).toEqual(['B2.3.M1', 'B2.3.M2', 'B2.3.M3', 'B2.3.M4']);
    // No two targets share a value: a change to one (a board's correction) leaves the others as read.
    const [coverage] = first;
    if (coverage?.kind !== 'coverage') throw new Error('expected coverage first');
    coverage.roles.push('sekreterare');
    expect(read('C1', [{ text, prose: false }])[0]).toMatchObject({ kind: 'coverage', roles: ['kassör'] });
  });
});
