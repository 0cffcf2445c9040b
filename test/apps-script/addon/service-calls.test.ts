// Batching: a command's Apps Script service calls do not grow with Logg (whole blocks are read and written at once).
// Counts only, never time.
import { describe, expect, it } from 'vitest';
import { callsOf, logActions, SEED_TEXT, seedActions, withSeed } from '../../support/add-on.ts';

const AS_OF = '2024-09-30';

async function callsWith(logRows: number): Promise<Record<string, number>> {
  const addOn = await withSeed();
  logActions(addOn, seedActions(logRows));
  const call = (name: string, ...args: unknown[]) => callsOf(addOn, () => addOn.bundle.call(name, ...args)).total;
  return {
    import: call('importPlan', { text: SEED_TEXT }),
    updateResults: call('updateResults', { asOf: AS_OF }),
    yearReport: call('yearReport', { asOf: AS_OF }),
    quarterReport: call('quarterReport', { quarter: '2024Q3', asOf: AS_OF }),
    branchReport: call('branchReport', { asOf: AS_OF }),
    reviewRegister: call('reviewRegister'),
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
    expect(few.checkInstallation).toBeLessThanOrEqual(10);
  }, 120_000);
});
