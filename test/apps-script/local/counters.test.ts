// Call counters: every service call counted once as Class.method, also from a bundle; test controls are not counted.

import { describe, expect, it } from 'vitest';
import { createRuntime, loadBundle } from '../../../apps-script/local/index.ts';

describe('call counters', () => {
  it('counts each service call once as Class.method, also from a bundle, and resets', () => {
    const rt = createRuntime();
    rt.counters.reset();
    const sheet = rt.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:B2').getValues();
    sheet.getRange('A1').clearContent();
    expect(rt.counters.snapshot()).toEqual({
      'Range.clearContent': 1,
      'Range.getValues': 1,
      'Sheet.getRange': 2,
      'SpreadsheetApp.getActiveSheet': 1,
    });
    loadBundle(rt, 'function f() { SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1).setValue(1); }').call('f');
    expect(rt.counters.snapshot()['Range.setValue']).toBe(1);
    expect(rt.counters.total()).toBe(9);
    rt.counters.reset();
    expect(rt.counters.total()).toBe(0);
  });

  it('does not count what the controls do for a test (typing, inspecting cells)', () => {
    const rt = createRuntime();
    rt.counters.reset();
    rt.userEdit('Blad1!A1', '5');
    rt.cell('A1');
    rt.formulaBars('Blad1');
    expect(rt.counters.total()).toBe(0);
  });
});
