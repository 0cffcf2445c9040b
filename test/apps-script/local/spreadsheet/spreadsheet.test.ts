// Spreadsheet as a script sees it: inserting and deleting sheets, named ranges, A1 lookups with a sheet name, toasts.

import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../../apps-script/local/index.ts';

function sheet() {
  const rt = createRuntime({ timeZone: 'Europe/Stockholm' });
  return { rt, sheet: rt.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet() };
}

describe('sheets and named ranges', () => {
  it('names, inserts and deletes sheets with Google messages for clashes', () => {
    const { rt } = sheet();
    const ss = rt.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet('Mål', 0);
    expect(ss.getSheets().map((x) => x.getName())).toEqual(['Mål', 'Blad1']);
    expect(ss.getActiveSheet().getName()).toBe('Mål');
    expect(() => ss.insertSheet('mål')).toThrow(
      'A sheet with the name "mål" already exists. Please enter another name.',
    );
    const [mal, blad1] = ss.getSheets();
    if (!mal || !blad1) throw new Error('two sheets expected');
    ss.deleteSheet(blad1);
    expect(() => ss.deleteSheet(mal)).toThrow("You can't remove all the sheets in a document.");
  });

  it('resolves named ranges and Spreadsheet.getRange with a sheet name', () => {
    const { rt, sheet: s } = sheet();
    const ss = rt.SpreadsheetApp.getActiveSpreadsheet();
    s.getRange('A1:A2').setValues([[1], [2]]);
    ss.setNamedRange('Antal', s.getRange('A1:A2'));
    expect(ss.getRangeByName('Antal')?.getA1Notation()).toBe('A1:A2');
    expect(ss.getRange('Blad1!A2').getValue()).toBe(2);
    s.getRange('B1').setFormula('=SUM(Antal)');
    expect(s.getRange('B1').getValue()).toBe(3);
    expect(ss.getRangeByName('Saknas')).toBeNull();
  });
});

describe('toasts', () => {
  it('shows toasts', () => {
    const rt = createRuntime();
    rt.SpreadsheetApp.getActive().toast('Importen är klar', 'Målkoll');
    expect(rt.ui.shown('toast')).toEqual([
      { kind: 'toast', message: 'Importen är klar', title: 'Målkoll', timeoutSeconds: 5 },
    ]);
  });
});
