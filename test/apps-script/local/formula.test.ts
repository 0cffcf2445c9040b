// The formula engine as a script and the preview see it: operators, references, functions and Sheets' error values.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../apps-script/local/index.ts';

function sheet() {
  const rt = createRuntime({ timeZone: 'Europe/Stockholm' });
  return { rt, sheet: rt.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet() };
}

describe('wrong number of arguments', () => {
  it('shows #N/A, as Sheets does, instead of failing getValue() for the calls issue 8 names', () => {
    const { rt, sheet: s } = sheet();
    s.getRange('A1').setValue('text');
    s.getRange('B1:B5').setFormulas([['=LEN()'], ['=NOT()'], ['=ROUND()'], ['=IFERROR()'], ['=COUNTIF(A1)']]);
    expect(s.getRange('B1:B5').getValues()).toEqual([['#N/A'], ['#N/A'], ['#N/A'], ['#N/A'], ['#N/A']]);
    expect(s.getRange('B1').getValue()).toBe('#N/A');
    expect(s.getRange('B1').getDisplayValue()).toBe('#N/A');
    expect(rt.cell('B5').display).toBe('#N/A');
  });

  it('checks every function for too few and too many arguments, and still evaluates the right counts', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:A2').setValues([[4], [6]]);
    const cases: [string, unknown][] = [
      ['=SUM()', '#N/A'],
      ['=IF(TRUE)', '#N/A'],
      ['=IF(TRUE,1,2,3)', '#N/A'],
      ['=LEN("ab","c")', '#N/A'],
      ['=ROUND(1.5,0,1)', '#N/A'],
      ['=SUMIF(A1:A2)', '#N/A'],
      ['=IFERROR(LEN())', ''],
      ['=LEN("abc")', 3],
      ['=ROUND(2.5)', 3],
      ['=IFERROR(1/0)', ''],
      ['=COUNTIF(A1:A2,">5")', 1],
      ['=SUMIF(A1:A2,">3")', 10],
      ['=NOT(FALSE)', true],
    ];
    s.getRange(1, 2, cases.length, 1).setFormulas(cases.map(([formula]) => [formula]));
    expect(s.getRange(1, 2, cases.length, 1).getValues()).toEqual(cases.map(([, value]) => [value]));
  });
});

describe('evaluation', () => {
  it('evaluates literals, arithmetic, references, SUM, COUNTA and IF; unknown functions give #NAME?', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:A4').setValues([[1], ['x'], [''], [true]]);
    s.getRange('B1:B7').setFormulas([
      ['=COUNTA(A1:A4)'],
      ['=IF(A1>0,"pos","neg")'],
      ['=(1+2)*3^2-4/2'],
      ['="a"&"b"'],
      ['=NOSUCHFN(1)'],
      ['=1/0'],
      ['=Blad1!A1+10'],
    ]);
    expect(s.getRange('B1:B7').getValues()).toEqual([[3], ['pos'], [25], ['ab'], ['#NAME?'], ['#DIV/0!'], [11]]);
  });

  it('shows #REF! for a circular reference instead of looping', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:B1').setFormulas([['=B1+1', '=A1+1']]);
    expect(s.getRange('A1').getValue()).toBe('#REF!');
  });
});
