// Sheet as a script sees it: appending, inserting and deleting rows, renaming, layout and the data range.

import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../../apps-script/local/index.ts';

function setup(locale = 'sv_SE') {
  const rt = createRuntime({ locale, timeZone: 'Europe/Stockholm' });
  return { rt, app: rt.SpreadsheetApp, sheet: rt.SpreadsheetApp.getActiveSheet() };
}

describe('sheet structure', () => {
  it('appends after the last row with content and grows the sheet past its last row', () => {
    const { sheet: s } = setup();
    s.getRange(1000, 1).setValue('last');
    s.appendRow(['a', 2]);
    expect(s.getMaxRows()).toBe(1001);
    expect(s.getRange(1001, 1, 1, 2).getValues()).toEqual([['a', 2]]);
    expect(s.getLastRow()).toBe(1001);
  });

  it('moves formula references when rows are inserted or deleted, as Sheets does', () => {
    const { sheet: s } = setup();
    s.getRange('A1:A3').setValues([[1], [2], ['=SUM(A1:A2)']]);
    s.insertRowsBefore(2, 2);
    expect(s.getRange('A5').getFormula()).toBe('=SUM(A1:A4)');
    expect(s.getRange('A5').getValue()).toBe(3);
    s.deleteRow(1);
    expect(s.getRange('A4').getFormula()).toBe('=SUM(A1:A3)');
    s.getRange('B1').setFormula('=A1');
    s.deleteRows(1, 1);
    expect(s.getRange('B1').getFormula()).toBe('');
  });

  it('keeps cross-sheet formulas pointing at a renamed sheet', () => {
    const { rt, sheet: s } = setup();
    const other = rt.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data');
    other.getRange('A1').setValue(7);
    s.getRange('A1').setFormula('=Data!A1*2');
    other.setName('Utfall 2024');
    expect(s.getRange('A1').getFormula()).toBe("='Utfall 2024'!A1*2");
    expect(s.getRange('A1').getValue()).toBe(14);
  });
});

describe('sheet layout', () => {
  it('keeps frozen rows, column widths, hidden state, tab colour and ids', () => {
    const { rt, sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.setColumnWidth(2, 240);
    sheet.getRange('A1:A2').setValues([['kort'], ['en betydligt längre text']]);
    sheet.autoResizeColumns(1, 1);
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([2, 240, 100]);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
    const other = rt.SpreadsheetApp.getActive().insertSheet('Dold');
    other.hideSheet();
    expect(other.isSheetHidden()).toBe(true);
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    expect(other.getSheetId()).not.toBe(sheet.getSheetId());
    sheet.activate();
    expect(rt.SpreadsheetApp.getActiveSheet().getName()).toBe('Blad1');
    const ss = rt.SpreadsheetApp.getActive();
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });

  it('reports the data range and last row/column from content only', () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([0, 0, 'A1']);
    sheet.getRange('C5').setNote('bara en anteckning');
    sheet.getRange('B3').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([3, 2, 'A1:B3']);
  });
});
