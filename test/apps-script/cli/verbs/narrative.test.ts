// `malkoll narrative`: the verksamhetsberättelse of a board's year printed as a board member reads it, the same words
// Skriv verksamhetsberättelse… writes to the Doc, without touching the workbook.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { malkoll } from '../../../support/run-cli.ts';
import { savedYear } from '../../../support/saved-year.ts';

let workbook = '';
beforeAll(async () => {
  workbook = await savedYear();
});

describe('malkoll narrative', () => {
  it('prints the year: what the plan promised, what was done, which activities were done or struck, what was not reached', () => {
    const before = readFileSync(workbook, 'utf8');
    const run = malkoll(['narrative', '--data', workbook, '--as-of', '2025-01-20']);
    expect(run.code, run.stderr).toBe(0);
    const text = run.stdout;
    expect(text.startsWith('Verksamhetsberättelse 2024 – Vänsterpartiet Västernorrland\n=====')).toBe(true);
    expect(text).toContain('Underlaget gäller verksamhetsåret 2024.');
    expect(text).toContain('Det parlamentariska arbetet\n---------------------------');
    expect(text).toContain(
      'Delmål 3: Att distriktsstyrelsen tillsammans med regiongruppen under verksamhetsåret 2024 får cirka 15 debattartiklar publicerade',
    );
    expect(text).toContain('Planen lovade: cirka 15 debattartiklar.');
    expect(text).toContain(
      'Cirka 15 debattartiklar: 4 av 15 (27 %) – inte uppnått. Styrelsens kommentar: Flera artiklar refuserades under valrörelsen',
    );
    expect(text).toContain('I loggen finns 3 registreringar för delmålet: debattartikel publicerad 4.');
    expect(text).toContain(
      'Minst 1 ordförandemöte i kvartalet: minst 1 ordförandemöte under 2 av 4 kvartal; inte i Q3 och Q4 – inte uppnått.',
    );
    expect(text).toContain('Genomfört:\n  • Stödja regionens förtroendevalda i det parlamentariska arbetet');
    expect(text).toContain('Struket:\n  • Delta i nationella Regionkampanjen (Kampanjen ställdes in centralt)');
    expect(text).toContain('Pågår:\n  • Anordna en Höstkonferens där medlemsaktivering är det centrala temat');
    expect(text).toContain('Över 10 % i regionvalet 2026: inget registrerat.');
    expect(text).toContain('Det som inte nåddes\n-------------------');
    expect(readFileSync(workbook, 'utf8')).toBe(before);
  });

  it('prints the blocks as JSON, during the year as of the day given', () => {
    const run = malkoll(['narrative', '--data', workbook, '--as-of', '2024-06-15', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const narrative = JSON.parse(run.stdout) as { asOf: string; blocks: { type: string; text: string }[] };
    expect(narrative.asOf).toBe('2024-06-15');
    expect(narrative.blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toContain(
      'Det som ligger efter',
    );
  });

  it('refuses a date it cannot read and a missing --data with a Swedish explanation and exit 2', () => {
    const bad = malkoll(['narrative', '--data', workbook, '--as-of', '15 juni']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('Ogiltigt datum "15 juni": skriv datumet som ÅÅÅÅ-MM-DD.\n');
    const missing = malkoll(['narrative']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'Användning: malkoll narrative --data <arbetsbok.json> [--as-of ÅÅÅÅ-MM-DD] [--json]',
    );
  });
});
