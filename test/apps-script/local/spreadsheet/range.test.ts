// Range as a script sees it: A1 notation and coordinates, Sheets' value rules, formats and notes.

import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../../apps-script/local/index.ts';

function sheet() {
  const rt = createRuntime({ timeZone: 'Europe/Stockholm' });
  return { rt, sheet: rt.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet() };
}

function setup(locale = 'sv_SE') {
  const rt = createRuntime({ locale, timeZone: 'Europe/Stockholm' });
  return { rt, app: rt.SpreadsheetApp, sheet: rt.SpreadsheetApp.getActiveSheet() };
}

describe('ranges', () => {
  it('counts rows and columns from 1 and names them in A1 notation', () => {
    const { sheet: s } = sheet();
    expect(s.getRange(1, 1).getA1Notation()).toBe('A1');
    expect(s.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
    expect(s.getRange('B3').getRow()).toBe(3);
    expect(s.getRange('B3').getColumn()).toBe(2);
  });

  it('reads open-ended A1 ranges to the edge of the sheet', () => {
    const { sheet: s } = sheet();
    const column = s.getRange('D2:D');
    expect([column.getRow(), column.getColumn(), column.getNumRows(), column.getNumColumns()]).toEqual([2, 4, 999, 1]);
    expect(s.getRange('A:B').getA1Notation()).toBe('A:B');
    expect(s.getRange('A:B').getNumRows()).toBe(1000);
    expect(s.getRange('3:3').getNumColumns()).toBe(26);
  });

  it("throws Google's messages for invalid coordinates", () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => s.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => s.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => s.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => s.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => s.getRange('nonsense!!')).toThrow('Range not found');
    expect(() => s.getRange(undefined as unknown as number, 1)).toThrow(
      "The parameters (null,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  it('rejects setValues data of the wrong shape with the exact Apps Script messages', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => s.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('offsets and picks cells relative to a range', () => {
    const { sheet: s } = sheet();
    const r = s.getRange('B2:C3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(r.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(() => r.offset(-5, 0)).toThrow('The starting row of the range is too small.');
  });
});

describe('values', () => {
  it('returns empty cells as "", numbers as numbers, booleans, and dates as Date', () => {
    const { sheet: s } = sheet();
    const when = new Date('2024-03-01T09:30:00+01:00');
    s.getRange('A1:D1').setValues([[42, true, when, 'text']]);
    const [row] = s.getRange('A1:E1').getValues();
    expect(row).toEqual([42, true, when, 'text', '']);
    expect(row?.[2]).toBeInstanceOf(Date);
  });

  it('interprets a written string like typed input: numbers, dates and booleans in the sheet locale', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:E1').setValues([['0123', '1,5', '2024-03-01', 'TRUE', '12 %']]);
    const [row] = s.getRange('A1:E1').getValues();
    expect(row?.[0]).toBe(123);
    expect(row?.[1]).toBe(1.5);
    expect(row?.[2]).toEqual(new Date('2024-03-01T00:00:00+01:00'));
    expect(row?.[3]).toBe(true);
    expect(row?.[4]).toBeCloseTo(0.12);
    expect(s.getRange('A1:E1').getDisplayValues()).toEqual([['123', '1,5', '2024-03-01', 'TRUE', '12%']]);
  });

  it('keeps strings as typed in a plain-text (@) cell', () => {
    const { sheet: s } = sheet();
    s.getRange('A1').setNumberFormat('@').setValue('0123');
    expect(s.getRange('A1').getValue()).toBe('0123');
  });

  it('keeps a leading apostrophe out of the value but remembers it for the formula bar', () => {
    const { rt, sheet: s } = sheet();
    s.getRange('A1').setValue("'0123");
    expect(s.getRange('A1').getValue()).toBe('0123');
    expect(s.getRange('A1').getFormula()).toBe('');
    expect(rt.cell('A1').formulaBar).toBe("'0123");
  });

  it('makes a string starting with = a formula whose value is computed', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:A3').setValues([[2], [3], ['=sum(a1:a2)*2']]);
    expect(s.getRange('A3').getFormula()).toBe('=SUM(A1:A2)*2');
    expect(s.getRange('A3').getValue()).toBe(10);
    s.getRange('A1').setValue(5);
    expect(s.getRange('A3').getValue()).toBe(16);
  });

  it('keeps dates as wall-clock days in the spreadsheet zone, also across a DST change', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:A2').setValues([['2024-03-31 02:30'], ['2024-10-27 02:30']]);
    // 02:30 does not exist on 31 March in Stockholm: clocks show 03:30 (CEST); on 27 October the first 02:30 is CEST.
    expect(s.getRange('A1').getValue()).toEqual(new Date('2024-03-31T03:30:00+02:00'));
    expect(s.getRange('A2').getValue()).toEqual(new Date('2024-10-27T02:30:00+02:00'));
    s.getRange('A3').setValue(new Date('2024-06-30T22:30:00Z'));
    expect(s.getRange('A3').getDisplayValue()).toBe('2024-07-01 00:30:00');
  });

  it('formats numbers with number formats and the locale decimal comma', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:A3').setValues([[1234.5], [0.256], [1234567.891]]);
    s.getRange('A2').setNumberFormat('0.0%');
    s.getRange('A3').setNumberFormat('#,##0.00');
    expect(s.getRange('A1:A3').getDisplayValues()).toEqual([['1234,5'], ['25,6%'], ['1\u00a0234\u00a0567,89']]);
    expect(s.getRange('A1').getNumberFormat()).toBe('0.###############');
  });

  it('scales by 100 only for an unquoted %: a quoted or escaped one is text, as in Sheets', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:A3').setValues([[120], [120], [1.2]]);
    s.getRange('A1').setNumberFormat('0" %"');
    s.getRange('A2').setNumberFormat('0\\%');
    s.getRange('A3').setNumberFormat('0" "%');
    expect(s.getRange('A1:A3').getDisplayValues()).toEqual([['120 %'], ['120%'], ['120 %']]);
  });

  it('rejects more than 50000 characters in a cell', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange('A1').setValue('x'.repeat(50001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });
});

describe('cell formats and notes', () => {
  it('sets and reads backgrounds, fonts, wrap, alignment and notes per cell, with Sheets defaults', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    expect([r.getBackground(), r.getFontColor(), r.getFontWeight(), r.getHorizontalAlignment()]).toEqual([
      '#ffffff',
      '#000000',
      'normal',
      'general',
    ]);
    r.setBackgrounds([['red', '#ABC']])
      .setFontWeight('bold')
      .setFontColor('#333333')
      .setWrap(false)
      .setHorizontalAlignment('center');
    r.setNotes([['första', null]]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#aabbcc']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getFontColors()).toEqual([['#333333', '#333333']]);
    expect(r.getWraps()).toEqual([[false, false]]);
    expect(r.getHorizontalAlignments()).toEqual([['center', 'center']]);
    expect(r.getNotes()).toEqual([['första', '']]);
    r.clearNote();
    expect(r.getNote()).toBe('');
  });

  it('clears contents but keeps formats and rules; clear() also drops formats', () => {
    const { app, sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(5)
      .setBackground('yellow')
      .setNote('n')
      .setDataValidation(app.newDataValidation().requireNumberBetween(1, 9).build());
    r.clearContent();
    expect([r.getValue(), r.getBackground(), r.getNote(), r.getDataValidation() !== null]).toEqual([
      '',
      '#ffff00',
      'n',
      true,
    ]);
    r.setValue(5);
    r.clear();
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ffffff']);
    r.clear({ commentsOnly: true, validationsOnly: true });
    expect([r.getNote(), r.getDataValidation()]).toEqual(['', null]);
  });

  it('keeps a date format once set, so a number written later reads back as a Date', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(new Date('2024-06-01T00:00:00+02:00'));
    r.clearContent();
    r.setValue(45000);
    expect(r.getValue()).toBeInstanceOf(Date);
    r.setNumberFormat('0');
    expect(r.getValue()).toBe(45000);
  });

  it('parses and shows numbers and dates per locale', () => {
    const { sheet } = setup('en_US');
    sheet.getRange('A1:C1').setValues([['1,234.5', '3/1/2024', '1,5']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1234.5, new Date('2024-03-01T00:00:00+01:00'), '1,5']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['1,234.50', '3/1/2024']]);
    sheet.getRange('D1').setValue(1 / 3);
    expect(sheet.getRange('D1').getDisplayValue()).toBe('0.3333333333');
  });
});
