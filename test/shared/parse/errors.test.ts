// Garbage and broken structure give Swedish errors with the right line, never a crash or a partial plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../../shared/model/plan.ts';
import { decodePlanBytes, MAX_PLAN_BYTES, parsePlan, parsePlanBytes } from '../../../shared/parse/index.ts';

function errorsOf(text: string) {
  const result = parsePlan(text);
  if (result.ok) throw new Error('expected the plan to be refused');
  expect(Object.keys(result)).toEqual(['ok', 'errors']);
  return result.errors;
}

const lines = (...rows: string[]) => rows.join('\n');

describe('whole-file problems', () => {
  it('refuses an empty or blank file', () => {
    expect(errorsOf('')).toEqual([{ line: 1, message: 'Filen är tom.' }]);
    expect(errorsOf(' \n\t\n\u00a0\r\n')).toEqual([{ line: 1, message: 'Filen är tom.' }]);
  });

  it('refuses a file with no delmål', () => {
    expect(errorsOf(lines('Verksamhetsplan 2024', '', 'Vi ska göra mycket.'))).toEqual([
      { line: 1, message: expect.stringContaining('Hittade inga delmål') },
    ]);
  });

  it('refuses a binary file at the line of its first control character', () => {
    const [error] = errorsOf('Verksamhetsplan 2024\nrad två\n\u0000\u0001PK\u0003\u0004');
    expect(error).toEqual({ line: 3, message: expect.stringContaining('U+0000') });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xff, 0xd8]);
    const result = parsePlanBytes(zip);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toContain('textfil');
  });

  it('refuses a text over 10 MB, and a 50 MB file before decoding it', () => {
    const tooLong = 'x'.repeat(MAX_PLAN_BYTES + 1);
    expect(errorsOf(tooLong)).toEqual([{ line: 1, message: 'Filen är för stor: högst 10 MB går att läsa in.' }]);
    const huge = new Uint8Array(50 * 1024 * 1024);
    expect(parsePlanBytes(huge)).toEqual({
      ok: false,
      errors: [{ line: 1, message: 'Filen är för stor: högst 10 MB går att läsa in.' }],
    });
  });

  it('refuses a line longer than any paragraph, at its line', () => {
    const text = lines('Verksamhetsplan 2024', '', `Området ${'ord '.repeat(30_000)}`);
    expect(errorsOf(text)).toEqual([
      { line: 3, message: 'Raden är längre än 100 000 tecken – är det verkligen verksamhetsplanen som text?' },
    ]);
  });

  it('stops after 20 errors', () => {
    const text = lines(
      'Verksamhetsplan 2024',
      '',
      'Området',
      '',
      'Övergripande mål: A',
      ...Array(500).fill('Delmål 1: B'),
    );
    const errors = errorsOf(text);
    expect(errors).toHaveLength(20);
    expect(errors[0]).toEqual({ line: 7, message: 'Delmål 1 finns redan i området ”Området” (rad 6).' });
  });

  it('refuses a title without a year', () => {
    expect(errorsOf(lines('', 'Verksamhetsplan', 'Området', 'Övergripande mål: A', 'Delmål 1: B'))).toEqual([
      { line: 2, message: expect.stringContaining('Rubriken saknar årtal') },
    ]);
  });
});

describe('structure problems carry their line', () => {
  it('a delmål before its area’s overall goal (a delmål right under the title is one area’s, no problem)', () => {
    expect(parsePlan(lines('Verksamhetsplan 2024', '', 'Delmål 2: Vi ska växa', 'Aktiviteter:', '· ringa')).ok).toBe(
      true,
    );
    expect(
      errorsOf(
        lines('Verksamhetsplan 2024', '', 'Området', '', 'Delmål 1: A', '', 'Övergripande mål: B', 'Delmål 2: C'),
      ),
    ).toEqual([{ line: 5, message: expect.stringContaining('”Delmål 1” står före') }]);
  });

  it('a duplicate delmål number in an area', () => {
    const text = lines(
      'Verksamhetsplan 2024',
      '',
      'Området',
      '',
      'Övergripande mål: A',
      'Delmål 1: B',
      'Delmål 2: C',
      'Delmål 1: D',
    );
    expect(errorsOf(text)).toEqual([{ line: 8, message: 'Delmål 1 finns redan i området ”Området” (rad 6).' }]);
  });

  it('"Aktiviteter" without a delmål', () => {
    const text = lines(
      'Verksamhetsplan 2024',
      '',
      'Området',
      '',
      'Övergripande mål: A',
      '',
      'Aktiviteter:',
      '· ringa',
      'Delmål 1: B',
    );
    expect(errorsOf(text)).toEqual([
      { line: 7, message: expect.stringContaining('”Aktiviteter” står utan något delmål') },
    ]);
  });

  it('an area with no delmål, in the middle and at the end', () => {
    const middle = lines(
      'Verksamhetsplan 2024',
      '',
      'Första området',
      '',
      'Övergripande mål: A',
      '',
      'Andra området',
      '',
      'Övergripande mål: B',
      'Delmål 1: C',
    );
    expect(errorsOf(middle)).toEqual([{ line: 3, message: 'Området ”Första området” har inga delmål.' }]);
    const end = lines('Verksamhetsplan 2024', '', 'Området', '', 'Övergripande mål: A', '', 'Bara text här.');
    expect(errorsOf(end)).toEqual([{ line: 3, message: 'Området ”Området” har inga delmål.' }]);
  });

  it('a goal without a heading above it', () => {
    expect(errorsOf(lines('Verksamhetsplan 2024', '', 'Övergripande mål: A', 'Delmål 1: B'))).toEqual([
      { line: 3, message: expect.stringContaining('Hittade ingen rubrik för området') },
    ]);
  });

  it('a goal, a delmål or a number missing its text, and Delmål 0', () => {
    const text = lines(
      'Verksamhetsplan 2024',
      '',
      'Området',
      '',
      'Övergripande mål:',
      'Delmål 1:',
      'Aktiviteter:',
      '· ringa',
      'Delmål: utan nummer',
      'Delmål 0: noll',
    );
    expect(errorsOf(text)).toEqual([
      { line: 5, message: '”Övergripande mål” saknar text.' },
      { line: 6, message: 'Delmål 1 saknar text.' },
      { line: 9, message: 'Delmålet saknar nummer. Skriv t.ex. ”Delmål 1: …”.' },
      { line: 10, message: 'Delmål 0: delmål numreras från 1 och uppåt.' },
    ]);
  });

  it('counts lines the same with CRLF line endings', () => {
    const text = lines('Verksamhetsplan 2024', '', 'Området', '', 'Övergripande mål: A', 'Delmål 1: B', 'Delmål 1: C');
    expect(errorsOf(text.replace(/\n/g, '\r\n'))).toEqual([
      { line: 7, message: expect.stringContaining('finns redan') },
    ]);
  });
});

describe('garbage', () => {
  it('never throws on random bytes or text, and anything accepted is a valid plan', () => {
    const check = (text: string) => {
      const result = parsePlan(text);
      if (result.ok) Plan.parse(result.plan);
      else expect(result.errors.every((error) => error.line >= 1 && error.message !== '')).toBe(true);
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => check(decodePlanBytes(bytes))),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), check), { numRuns: 300 });
  });
});
