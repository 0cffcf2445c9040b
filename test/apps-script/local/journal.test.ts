// The journal of a workbook a server keeps open: whatever the script changed, a load of checkpoint and journal gives
// the workbook back; a record cut short is never read; a write the disk refuses (here injected at write(2), ENOSPC,
// after half the bytes) leaves the file as it was and the changes pending for the next commit; a compaction written
// while requests go on, or stopped by rows that move, loses nothing; and every file is its owner's only.
import * as fs from 'node:fs';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createRuntime,
  loadWorkbook,
  type Runtime,
  WorkbookJournal,
  workbookToFile,
} from '../../../apps-script/local/index.ts';

vi.mock('node:fs', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs')>();
  return { ...original, writeSync: vi.fn(original.writeSync) };
});

let realWriteSync: typeof fs.writeSync;
beforeAll(async () => {
  realWriteSync = (await vi.importActual<typeof import('node:fs')>('node:fs')).writeSync;
});
afterEach(() => {
  vi.mocked(fs.writeSync).mockReset();
  vi.mocked(fs.writeSync).mockImplementation(realWriteSync);
});

function opened(): { rt: Runtime; path: string; journal: WorkbookJournal } {
  const path = join(mkdtempSync(join(tmpdir(), 'malkoll-journal-')), 'data', 'workbook.json');
  const rt = createRuntime({ dataFile: path, ifMissing: 'create', spreadsheetName: 'Målkoll' });
  const sheet = rt.SpreadsheetApp.getActiveSheet().setName('Logg');
  sheet.getRange('A1:C1').setValues([['Tid', 'Typ', 'Antal']]);
  sheet
    .getRange('B2:B1000')
    .setDataValidation(rt.SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).build());
  rt.save();
  return { rt, path, journal: new WorkbookJournal(rt.workbook, path) };
}

const same = (rt: Runtime, path: string) =>
  expect(workbookToFile(loadWorkbook(path))).toEqual(workbookToFile(rt.workbook));

/** One thing a script does to a workbook. */
const step = fc.oneof(
  fc.record({ op: fc.constant('values' as const), row: fc.integer({ min: 1, max: 1200 }), text: fc.string() }),
  fc.record({ op: fc.constant('append' as const), text: fc.string({ maxLength: 5 }) }),
  fc.record({ op: fc.constant('note' as const), row: fc.integer({ min: 1, max: 30 }), text: fc.string() }),
  fc.record({ op: fc.constant('colour' as const), row: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constant('clear' as const), row: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constant('property' as const), key: fc.constantFrom('a', 'b'), value: fc.option(fc.string()) }),
  fc.record({ op: fc.constant('sheet' as const), name: fc.constantFrom('Rapport', 'Mål') }),
  fc.record({ op: fc.constant('grow' as const), rows: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ op: fc.constant('freeze' as const), rows: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ op: fc.constant('insert' as const), row: fc.integer({ min: 2, max: 20 }) }),
  fc.record({ op: fc.constant('commit' as const) }),
);

function apply(
  rt: Runtime,
  s:
    | { op: 'values'; row: number; text: string }
    | { op: 'append'; text: string }
    | { op: 'note' | 'colour' | 'clear'; row: number; text?: string }
    | { op: 'property'; key: string; value: string | null }
    | { op: 'sheet'; name: string }
    | { op: 'grow' | 'freeze'; rows: number }
    | { op: 'insert'; row: number }
    | { op: 'commit' },
): void {
  const book = rt.SpreadsheetApp.getActiveSpreadsheet();
  const logg = book.getSheetByName('Logg');
  if (!logg) throw new Error('no Logg');
  const properties = rt.PropertiesService.getScriptProperties();
  switch (s.op) {
    case 'values':
      if (s.row <= logg.getMaxRows()) logg.getRange(s.row, 1, 1, 2).setValues([[`'${s.text}`, 3]]);
      break;
    case 'append':
      logg.appendRow([new Date('2024-05-02T10:00:00Z'), `'${s.text}`, 1]);
      break;
    case 'note':
      logg.getRange(s.row, 2).setNote(s.text ?? '');
      break;
    case 'colour':
      logg.getRange(s.row, 1, 1, 3).setBackground('#f4cccc');
      break;
    case 'clear':
      logg.getRange(s.row, 1, 1, 3).clear();
      break;
    case 'property':
      if (s.value === null) properties.deleteProperty(s.key);
      else properties.setProperty(s.key, s.value);
      break;
    case 'sheet': {
      const existing = book.getSheetByName(s.name);
      if (existing) book.deleteSheet(existing);
      else book.insertSheet(s.name).getRange('A1').setValue('ny');
      break;
    }
    case 'grow':
      logg.insertRowsAfter(logg.getMaxRows(), s.rows);
      break;
    case 'freeze':
      logg.setFrozenRows(s.rows);
      break;
    case 'insert':
      logg.insertRowsBefore(s.row, 1);
      break;
    case 'commit':
      break;
  }
}

describe('workbook journal', () => {
  it('gives back, from checkpoint and journal, whatever the script changed', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const { rt, path, journal } = opened();
        for (const s of steps) {
          apply(rt, s);
          if (s.op === 'commit') journal.commit();
        }
        journal.commit();
        same(rt, path);
      }),
      { numRuns: 60 },
    );
  });

  it('appends one small record per commit, and saves the whole workbook only when rows move', () => {
    const { rt, path, journal } = opened();
    const logg = rt.SpreadsheetApp.getActiveSheet();
    const checkpoint = statSync(path).mtimeMs;
    for (let n = 0; n < 20; n++) {
      logg.appendRow([new Date(), 'a', n]);
      journal.commit();
    }
    const [journalFile] = readdirSync(join(path, '..')).filter((name) => name.endsWith('.journal'));
    const lines = readFileSync(join(path, '..', journalFile ?? ''), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(20);
    for (const line of lines) expect(line.length).toBeLessThan(1000);
    expect(statSync(path).mtimeMs).toBe(checkpoint);
    logg.insertRowsBefore(2, 1);
    journal.commit();
    expect(readdirSync(join(path, '..')).filter((name) => name.endsWith('.journal'))).toEqual([]);
    same(rt, path);
  });

  it('never reads a record cut short: the server died while writing it, before anyone was told', () => {
    const { rt, path, journal } = opened();
    rt.SpreadsheetApp.getActiveSheet().appendRow([new Date(), 'a', 1]);
    journal.commit();
    const expected = workbookToFile(rt.workbook);
    const [journalFile] = readdirSync(join(path, '..')).filter((name) => name.endsWith('.journal'));
    appendFileSync(join(path, '..', journalFile ?? ''), '{"seq":2,"sheets":[{"id":0,"rows":[[5,[{"value":"hal');
    expect(workbookToFile(loadWorkbook(path))).toEqual(expected);
  });

  it('keeps the changes when the disk refuses a write, leaves no part of the record, and writes them next time', () => {
    const { rt, path, journal } = opened();
    const logg = rt.SpreadsheetApp.getActiveSheet();
    logg.appendRow([new Date(), 'a', 1]);
    journal.commit();
    const saved = workbookToFile(rt.workbook);
    logg.appendRow([new Date(), 'b', 2]);
    rt.PropertiesService.getScriptProperties().setProperty('x', 'y');
    // The disk takes half the record, then is full.
    vi.mocked(fs.writeSync)
      .mockImplementationOnce(((fd: number, buffer: Uint8Array, offset: number, length: number, position: number) =>
        realWriteSync(fd, buffer, offset, Math.floor(length / 2), position)) as typeof fs.writeSync)
      .mockImplementationOnce(() => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      });
    expect(() => journal.commit()).toThrow(/ENOSPC/);
    expect(workbookToFile(loadWorkbook(path))).toEqual(saved);
    const [journalFile] = readdirSync(join(path, '..')).filter((name) => name.endsWith('.journal'));
    expect(readFileSync(join(path, '..', journalFile ?? ''), 'utf8').endsWith('\n')).toBe(true);
    journal.commit();
    same(rt, path);
    expect(loadWorkbook(path).properties.script.x).toBe('y');
  });

  /** A Logg filled to its last row, and a journal that starts a compaction at every commit. */
  function busyJournal() {
    const { rt, path } = opened();
    const journal = new WorkbookJournal(rt.workbook, path, { compactAfterBytes: 1 });
    const logg = rt.SpreadsheetApp.getActiveSheet();
    logg.insertRowsAfter(logg.getMaxRows(), 5000);
    logg
      .getRange(2, 1, logg.getMaxRows() - 1, 3)
      .setValues(Array.from({ length: logg.getMaxRows() - 1 }, (_, n) => [n, 'a', 1]));
    journal.commit();
    return { rt, path, journal, logg };
  }

  it('compacts in the background while commits go on, and loses nothing', async () => {
    const { rt, path, journal, logg } = busyJournal();
    // The checkpoint is being written a slice at a time; rows written meanwhile, some past the sheet's old last row,
    // go to the next generation of the journal.
    for (let n = 0; n < 20; n++) {
      logg.getRange(2 + n * 200, 2).setValue('b');
      logg.appendRow([n, 'ny', 2]);
      journal.commit();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await journal.compacted();
    same(rt, path);
    expect(readdirSync(join(path, '..')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('gives up a compaction when rows move before the next commit, so a crash then loses nothing', async () => {
    const { rt, path, journal, logg } = busyJournal();
    logg.appendRow([1, 'a', 1]);
    journal.commit();
    const committed = workbookToFile(rt.workbook);
    await new Promise((resolve) => setImmediate(resolve));
    // Rows move under the compaction, and the server dies before it commits that.
    logg.insertRowsBefore(3, 2);
    await journal.compacted();
    expect(workbookToFile(loadWorkbook(path))).toEqual(committed);
    journal.commit();
    same(rt, path);
  });

  it('creates the folder, the checkpoint and the journal readable by their owner only', () => {
    const { rt, path, journal } = opened();
    rt.SpreadsheetApp.getActiveSheet().appendRow([new Date(), 'a', 1]);
    journal.commit();
    const [journalFile] = readdirSync(join(path, '..')).filter((name) => name.endsWith('.journal'));
    expect(statSync(join(path, '..')).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(path, '..', journalFile ?? '')).mode & 0o777).toBe(0o600);
  });
});
