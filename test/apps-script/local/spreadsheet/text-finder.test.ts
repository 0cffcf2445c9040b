// TextFinder as Google documents it: displayed values, case-insensitive and partial unless told otherwise, regular
// expressions, formula text, search order; and a search for whole cells equal to some words (answered from the text
// index) gives what reading every cell gives, whatever was written, cleared or moved before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../../apps-script/local/index.ts';

function setup() {
  const rt = createRuntime({ timeZone: 'Europe/Stockholm' });
  const sheet = rt.SpreadsheetApp.getActiveSheet();
  return { rt, sheet };
}

const a1s = (ranges: { getA1Notation(): string }[]) => ranges.map((range) => range.getA1Notation());

describe('TextFinder', () => {
  it('finds displayed text, partly and in any case by default, row by row', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B3').setValues([
      ['Möte i Sundsvall', 'möte'],
      ['Inget', 'MÖTE hållet'],
      [3, 'annat'],
    ]);
    expect(a1s(sheet.getRange('A1:B3').createTextFinder('möte').findAll())).toEqual(['A1', 'B1', 'B2']);
    expect(a1s(sheet.getRange('A1:B3').createTextFinder('möte').matchCase(true).findAll())).toEqual(['B1']);
    expect(a1s(sheet.getRange('A1:B3').createTextFinder('möte').matchEntireCell(true).findAll())).toEqual(['B1']);
    // Only the range is searched, and a number is found by the text it shows.
    expect(a1s(sheet.getRange('B1:B3').createTextFinder('möte').findAll())).toEqual(['B1', 'B2']);
    expect(a1s(sheet.createTextFinder('3').findAll())).toEqual(['A3']);
  });

  it('reads the text as a regular expression when told, and a formula as its value unless told otherwise', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['U3'], ['U12'], ['="U"&7']]);
    expect(a1s(sheet.getRange('A1:A3').createTextFinder('^U\\d$').useRegularExpression(true).findAll())).toEqual([
      'A1',
      'A3',
    ]);
    expect(sheet.createTextFinder('&7').findAll()).toEqual([]);
    expect(a1s(sheet.createTextFinder('&7').matchFormulaText(true).findAll())).toEqual(['A3']);
    // Without useRegularExpression, regex characters are plain text.
    expect(sheet.createTextFinder('U.').findAll()).toEqual([]);
  });

  it('steps through the matches with findNext', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['x'], ['y'], ['x']]);
    const finder = sheet.createTextFinder('x');
    expect(finder.findNext()?.getA1Notation()).toBe('A1');
    expect(finder.findNext()?.getA1Notation()).toBe('A3');
    expect(finder.findNext()).toBeNull();
  });

  it('answers a whole-cell search for some words as reading every cell would, after any writes', () => {
    const word = fc.constantFrom('abc', 'ABC', 'def', 'x-1', '12', '');
    const step = fc.oneof(
      fc.record({ op: fc.constant('write' as const), row: fc.integer({ min: 1, max: 12 }), value: word }),
      fc.record({
        op: fc.constant('number' as const),
        row: fc.integer({ min: 1, max: 12 }),
        value: fc.integer({ min: 0, max: 13 }),
      }),
      fc.record({ op: fc.constant('clear' as const), row: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ op: fc.constant('insert' as const), row: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ op: fc.constant('delete' as const), row: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ op: fc.constant('search' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.subarray(['abc', 'def', 'x-1', '12']), (steps, words) => {
        const { sheet } = setup();
        const column = () => sheet.getRange('B1:B20');
        const indexed = () =>
          a1s(
            column()
              .createTextFinder(`^(?:${words.join('|')})$`)
              .useRegularExpression(true)
              .findAll(),
          );
        // The same search in a form the index does not take: every cell is read.
        const scanned = () =>
          a1s(
            column()
              .createTextFinder(`^(?:${words.join('|')})(?:)$`)
              .useRegularExpression(true)
              .findAll(),
          );
        if (words.length === 0) return;
        for (const s of steps) {
          if (s.op === 'write' || s.op === 'number') sheet.getRange(s.row, 2).setValue(s.value);
          else if (s.op === 'clear') sheet.getRange(s.row, 2).clearContent();
          else if (s.op === 'insert') sheet.insertRowsBefore(s.row, 1);
          else if (s.op === 'delete') sheet.deleteRows(s.row, 1);
          else expect(indexed()).toEqual(scanned());
        }
        sheet.getRange('B1:B20').setNumberFormat('0.0');
        expect(indexed()).toEqual(scanned());
      }),
      { numRuns: 150 },
    );
  });
});
