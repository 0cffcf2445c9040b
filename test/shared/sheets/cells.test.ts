// Cell conversions: formula neutralising, and reading text, numbers and dates the way Sheets and typists give them.
import { describe, expect, it } from 'vitest';
import { cellInstant, cellNumber, cellText, neutraliseCellText } from '../../../shared/sheets/cells.ts';

describe('neutraliseCellText', () => {
  it.each(['=SUM(A1)', '+46701234567', '-1', '@user', '\tcmd', '\rcmd'])('prefixes an apostrophe to %j', (text) => {
    expect(neutraliseCellText(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text alone, including an apostrophe already in place', () => {
    expect(neutraliseCellText('Möte i Sundsvall')).toBe('Möte i Sundsvall');
    expect(neutraliseCellText("'=1+1")).toBe("'=1+1");
    expect(neutraliseCellText('a=b')).toBe('a=b');
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
