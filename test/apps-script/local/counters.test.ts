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

describe('cell counters', () => {
  it('counts the cells a call hands the script or changes, the top-left one for a singular getter', () => {
    const rt = createRuntime();
    const sheet = rt.SpreadsheetApp.getActiveSheet();
    rt.counters.reset();
    sheet.getRange('A1:C4').getValues();
    sheet.getRange('A1:C4').getValue();
    sheet.getRange('A1:B2').setNotes([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    sheet.getRange('A1:B2').setBackground('#ffffff');
    sheet.appendRow([1, 2, 3]);
    sheet.getRange('A1:C4').getNumRows();
    expect(rt.counters.cells()).toEqual({ read: 13, written: 11 });
    rt.counters.reset();
    expect(rt.counters.cells()).toEqual({ read: 0, written: 0 });
  });
});
