// A log request reads Logg's id column once, however long Logg is, and a snapshot never reads Logg: their service calls
// are the same at 10 and 10,000 rows. Counts only, never time.
import { describe, expect, it } from 'vitest';
import { webAppRequestCalls } from '../../../support/web-app-calls.ts';

describe('web-app request service calls', () => {
  it('are the same with 10 and 10,000 Logg rows, at most 10 of them to the spreadsheet', async () => {
    const few = await webAppRequestCalls('log', 10);
    const many = await webAppRequestCalls('log', 10_000);
    expect(many.byMethod).toEqual(few.byMethod);
    expect(few.byMethod['Range.getValues']).toBe(3);
    expect(few.spreadsheet).toBeLessThanOrEqual(10);
  }, 60_000);

  it('are the same for a snapshot with 10 and 10,000 Logg rows: one read each of the token, plan, branches, Kopplingar and Mål', async () => {
    const few = await webAppRequestCalls('snapshot', 10);
    const many = await webAppRequestCalls('snapshot', 10_000);
    expect(many.byMethod).toEqual(few.byMethod);
    expect(few.byMethod['Range.getValues']).toBe(5);
  }, 60_000);
});
