// Run time: on the runtime's clock, a script execution is stopped past 6 minutes and a simple trigger past 30 seconds,
// with the message Google's execution log shows.
import { describe, expect, it } from 'vitest';
import { createRuntime, loadBundle } from '../../../apps-script/local/index.ts';

/** A runtime whose clock moves only when the script sleeps (or the test advances it). */
function simulated(code: string) {
  const runtime = createRuntime({ now: () => Date.UTC(2026, 2, 2, 9, 0) });
  return { runtime, bundle: loadBundle(runtime, code) };
}

const WORK = `
function work(minutes) {
  var cell = SpreadsheetApp.getActive().getSheets()[0].getRange('A1');
  for (var i = 1; i <= minutes; i++) { Utilities.sleep(60 * 1000); cell.setValue(i); }
}
function onEdit(e) { Utilities.sleep(31 * 1000); e.range.getSheet().getRange('C1').setValue('stämplad'); }
`;

describe('execution time limits', () => {
  it('lets an execution run 6 minutes and stops it at its next call after that', () => {
    const { runtime, bundle } = simulated(WORK);
    bundle.call('work', 6);
    expect(runtime.lastExecution).toEqual({ kind: 'ui', authMode: 'FULL', elapsedMs: 6 * 60 * 1000 });
    expect(() => bundle.call('work', 7)).toThrow('Exceeded maximum execution time');
    expect(runtime.SpreadsheetApp.getActive().getRange('A1').getValue()).toBe(6);
    expect(runtime.lastExecution?.elapsedMs).toBe(7 * 60 * 1000);
  });

  it('stops a simple trigger after 30 seconds; the edit itself stays', () => {
    const { runtime } = simulated(WORK);
    const result = runtime.userEdit('Blad1!B1', 'hej');
    expect(result.triggerError).toBe('Exception: Exceeded maximum execution time');
    expect(runtime.cell('Blad1!B1').value).toBe('hej');
    expect(runtime.cell('Blad1!C1').value).toBe('');
  });

  it('counts time the host moves the clock during an execution', () => {
    const { runtime } = simulated('');
    expect(() =>
      runtime.runExecution('webapp', () => {
        runtime.advanceClock(6 * 60 * 1000 + 1);
        return runtime.SpreadsheetApp.getActive();
      }),
    ).toThrow('Exceeded maximum execution time');
    // Between executions the host's own calls have no limit.
    expect(runtime.SpreadsheetApp.getActive().getName()).toBe('Namnlöst kalkylark');
  });
});
