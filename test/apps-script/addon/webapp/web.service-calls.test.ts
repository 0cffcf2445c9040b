// A log request reads Logg's id column once, however long Logg is: its service calls are the same at 10 and 10,000
// rows, and it reaches the spreadsheet at most ten times. Counts only, never time.
import { describe, expect, it } from 'vitest';
import { logRequestCalls } from '../../../support/log-calls.ts';

describe('log request service calls', () => {
  it('are the same with 10 and 10,000 Logg rows, at most 10 of them to the spreadsheet', async () => {
    const few = await logRequestCalls(10);
    const many = await logRequestCalls(10_000);
    expect(many.byMethod).toEqual(few.byMethod);
    expect(few.byMethod['Range.getValues']).toBe(3);
    expect(few.spreadsheet).toBeLessThanOrEqual(10);
  }, 60_000);
});
