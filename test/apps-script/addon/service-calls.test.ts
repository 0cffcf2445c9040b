// Batching: a command's Apps Script service calls do not grow with Logg (whole blocks are read and written at once).
// Counts only, never time.
import { describe, expect, it } from 'vitest';
import type { Narrative } from '../../../shared/report/narrative.ts';
import { callsOf, logActions, SEED_TEXT, seedActions, withSeed } from '../../support/add-on.ts';

const AS_OF = '2024-09-30';

/** The Doc the verksamhetsberättelse is written to: its length follows the plan and the year, not Logg. */
const isDocumentCall = (method: string) => /^(DocumentApp|Document|Body|Paragraph|ListItem|Text)\./.test(method);

async function callsWith(logRows: number): Promise<Record<string, number>> {
  const addOn = await withSeed();
  logActions(addOn, seedActions(logRows));
  const call = (name: string, ...args: unknown[]) => callsOf(addOn, () => addOn.bundle.call(name, ...args)).total;
  /** The narrative's Spreadsheet calls; its Document calls are checked against the Doc's size. */
  const narrative = () => {
    let written: { narrative: Narrative } | undefined;
    const { byMethod } = callsOf(addOn, () => {
      written = addOn.bundle.call('writeNarrative', { asOf: AS_OF }) as { narrative: Narrative };
    });
    const counted = Object.entries(byMethod);
    const document = counted.filter(([method]) => isDocumentCall(method)).reduce((sum, [, n]) => sum + n, 0);
    // One write per block and one heading per title or heading, plus seven for the Doc itself: create, its body, the
    // first paragraph (getChild, asParagraph), saveAndClose, getName and getUrl.
    const blocks = written?.narrative.blocks ?? [];
    const headings = blocks.filter((block) => block.type !== 'paragraph' && block.type !== 'item').length;
    expect(document).toBe(blocks.length + headings + 7);
    return counted.filter(([method]) => !isDocumentCall(method)).reduce((sum, [, n]) => sum + n, 0);
  };
  return {
    import: call('importPlan', { text: SEED_TEXT }),
    updateResults: call('updateResults', { asOf: AS_OF }),
    yearReport: call('yearReport', { asOf: AS_OF }),
    quarterReport: call('quarterReport', { quarter: '2024Q3', asOf: AS_OF }),
    branchReport: call('branchReport', { asOf: AS_OF }),
    reviewRegister: call('reviewRegister'),
    overview: call('overview', { asOf: AS_OF }),
    composeNarrative: call('composeNarrative', { asOf: AS_OF }),
    writeNarrative: narrative(),
    checkInstallation: call('checkInstallation'),
  };
}

describe('service calls', () => {
  it('are the same with 10 and 10,000 Logg rows', async () => {
    const few = await callsWith(10);
    const many = await callsWith(10_000);
    expect(many).toEqual(few);
    expect(few.import).toBeLessThanOrEqual(25);
    expect(few.updateResults).toBeLessThanOrEqual(25);
    expect(few.reviewRegister).toBeLessThanOrEqual(25);
    expect(few.overview).toBeLessThanOrEqual(25);
    expect(few.composeNarrative).toBeLessThanOrEqual(25);
    expect(few.writeNarrative).toBeLessThanOrEqual(25);
    expect(few.checkInstallation).toBeLessThanOrEqual(10);
  }, 120_000);
});
