// How the CLI opens a workbook file: unusable files refused untouched, and a file malkoll serve holds left alone.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededWorkbook } from '../../support/cli-workbook.ts';
import { malkoll } from '../../support/run-cli.ts';
import { SEED_FILE } from '../../support/seed.ts';

let workbook = '';
let dir = '';

beforeAll(() => {
  workbook = seededWorkbook();
  dir = dirname(workbook);
});

describe('unusable workbook files', () => {
  it('a corrupt file gives a clear error, exit 2, and is left untouched', () => {
    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, '{"sheets": [');
    for (const args of [['sheets'], ['report'], ['import', SEED_FILE]]) {
      const run = malkoll([...args, '--data', corrupt]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('skadad');
      expect(readFileSync(corrupt, 'utf8')).toBe('{"sheets": [');
    }
  });

  it('a missing file is an error for sheets and report', () => {
    const run = malkoll(['sheets', '--data', join(dir, 'missing.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('finns inte');
  });
});

describe('a workbook that malkoll serve holds', () => {
  it('is not changed by import or report, which say how to go on; sheets may still read it', () => {
    const served = join(dir, 'served.json');
    copyFileSync(workbook, served);
    const before = readFileSync(served, 'utf8');
    writeFileSync(`${served}.lock`, JSON.stringify({ pid: process.pid, url: 'http://127.0.0.1:8787/' }));
    for (const args of [['import', SEED_FILE], ['report']]) {
      const run = malkoll([...args, '--data', served]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('är öppen i malkoll serve');
      expect(run.stderr).toContain('http://127.0.0.1:8787/#meny');
    }
    expect(readFileSync(served, 'utf8')).toBe(before);
    expect(malkoll(['sheets', '--data', served]).code).toBe(0);
  });
});
