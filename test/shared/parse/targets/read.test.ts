// How passages are read: running text only where a sentence states a goal, flagged as less certain; run-on text of
// thousands of characters not at all.
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../../../shared/parse/targets/read.ts';

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
});
