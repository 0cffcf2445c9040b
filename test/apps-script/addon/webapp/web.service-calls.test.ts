// A log request searches Logg for its ids instead of reading Logg's id column, and a snapshot never reads Logg: their
// service calls are the same at 10 and 10,000 rows, no cell of Logg comes back to the script, and a log reaches the
// spreadsheet at most twelve times. Counts only, never time.
import { describe, expect, it } from 'vitest';
import { webAppRequestCalls } from '../../../support/web-app-calls.ts';

describe('web-app request service calls', () => {
  it('are the same with 10 and 10,000 Logg rows, at most 12 of them to the spreadsheet', async () => {
    const few = await webAppRequestCalls('log', 10);
    const many = await webAppRequestCalls('log', 10_000);
    expect(many.byMethod).toEqual(few.byMethod);
    expect(many.cells).toEqual(few.cells);
    // Medlemmar and the hidden plan sheet are read; Logg is searched once and appended to.
    expect(few.byMethod['Range.getValues']).toBe(2);
    expect(few.byMethod['TextFinder.findAll']).toBe(1);
    expect(few.spreadsheet).toBeLessThanOrEqual(12);
  }, 60_000);

  it('are the same for a snapshot with 10 and 10,000 Logg rows: one read each of the token, plan, branches, Kopplingar and Mål', async () => {
    const few = await webAppRequestCalls('snapshot', 10);
    const many = await webAppRequestCalls('snapshot', 10_000);
    expect(many.byMethod).toEqual(few.byMethod);
    expect(few.byMethod['Range.getValues']).toBe(5);
  }, 60_000);
});
