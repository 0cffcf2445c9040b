// Cell conversions: formula neutralising (in the sheet and for a CSV export), and reading text, numbers and dates the
// way Sheets and typists give them.
import { describe, expect, it } from 'vitest';
import {
  cellInstant,
  cellNumber,
  cellText,
  exportSafeCellText,
  neutraliseCellText,
} from '../../../shared/sheets/cells.ts';

/** Every character that starts a formula (or a DDE payload) in some spreadsheet program. */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

describe('neutraliseCellText', () => {
  it.each(FORMULA_STARTS)('prefixes an apostrophe to text starting with %j', (start) => {
    expect(neutraliseCellText(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseCellText('Möte i Sundsvall')).toBe('Möte i Sundsvall');
    expect(neutraliseCellText('a=b')).toBe('a=b');
  });

  it('keeps a leading apostrophe, which Sheets would otherwise take as its text mark and drop', () => {
    expect(neutraliseCellText("'Citat'")).toBe("''Citat'");
    expect(neutraliseCellText("'=1+1")).toBe("''=1+1");
  });
});

describe('exportSafeCellText', () => {
  it.each(FORMULA_STARTS)('stores text starting with %j behind an apostrophe of its own', (start) => {
    // Written ''=…: Sheets takes the first apostrophe as the text mark and keeps the second, which a CSV keeps too.
    expect(exportSafeCellText(`${start}cmd`)).toBe(`''${start}cmd`);
    expect(cellText(`'${start}cmd`)).toBe(`${start}cmd`);
  });

  it('is the in-sheet neutraliser for other text, and writing back what it stored changes nothing', () => {
    expect(exportSafeCellText('Möte')).toBe('Möte');
    expect(exportSafeCellText("'=cmd")).toBe("''=cmd");
  });
});

describe('reading cells', () => {
  it('reads text trimmed and without the neutralising apostrophe', () => {
    expect(cellText('  P1 ')).toBe('P1');
    expect(cellText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(cellText("'ok")).toBe("'ok");
    expect(cellText(null)).toBe('');
    expect(cellText(3)).toBe('3');
  });

  it('reads numbers from number cells and typed text', () => {
    expect(cellNumber(3)).toBe(3);
    expect(cellNumber('2,5')).toBe(2.5);
    expect(cellNumber('')).toBeNull();
    expect(cellNumber('tre')).toBeNaN();
  });

  it('reads dates from date cells, ISO days (noon UTC) and ISO instants', () => {
    expect(cellInstant(new Date('2024-03-05T10:00:00Z'))?.toISOString()).toBe('2024-03-05T10:00:00.000Z');
    expect(cellInstant('2024-03-05')?.toISOString()).toBe('2024-03-05T12:00:00.000Z');
    expect(cellInstant('2024-03-05T08:00:00+01:00')?.toISOString()).toBe('2024-03-05T07:00:00.000Z');
    expect(cellInstant('')).toBeNull();
    expect(cellInstant('2024-02-30')?.getTime()).toBeNaN();
    expect(cellInstant('igår')?.getTime()).toBeNaN();
  });
});
