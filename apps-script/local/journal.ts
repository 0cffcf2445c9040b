// Durable appends for a workbook a server keeps open: each group of writes becomes one journal record, appended and
// fsynced before anyone is told it is saved, so a write costs what it changed rather than the whole file. When the
// journal has grown as large as the checkpoint it follows, a compaction writes a new checkpoint a slice at a time
// between requests and removes the journal generations it holds. A load (persistence.ts) replays what is left.

import { closeSync, fsyncSync, ftruncateSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CellStyle, PropertyStores, ValidationSpec } from './model.ts';
import {
  checkpointSource,
  checkpointTempFile,
  checkpointText,
  ensureDirectory,
  Interned,
  type JournalBook,
  type JournalRecord,
  journalFile,
  journalFiles,
  PRIVATE_FILE_MODE,
  type PropertyChanges,
  removeCheckpointTempFiles,
  removeJournals,
  saveWorkbook,
  sheetMeta,
  storedCell,
  syncDirectory,
  writeAllSync,
} from './persistence.ts';
import type { Workbook } from './workbook.ts';

/** A journal shorter than this is never compacted: small workbooks would otherwise be rewritten every few requests. */
const MIN_COMPACTION_BYTES = 1024 * 1024;

export interface JournalOptions {
  /** Journal bytes after which a compaction starts; by default the larger of 1 MB and the last checkpoint's size. */
  compactAfterBytes?: number;
  /** Told when a compaction failed; the journal keeps everything and the next commit tries again. */
  onCompactionError?: (error: unknown) => void;
}

/** The journal's view of the workbook as last written, to tell what changed without marks on every setting. */
interface Written {
  book: string;
  /** Per sheet id, its settings as JSON. */
  sheets: Map<number, string>;
  properties: PropertyStores;
}

function bookOf(workbook: Workbook): JournalBook {
  return {
    name: workbook.name,
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    activeSheetId: workbook.activeSheetId,
    nextIds: { ...workbook.nextIds },
    namedRanges: workbook.namedRanges,
    order: workbook.sheets.map((sheet) => sheet.id),
  };
}

function writtenState(workbook: Workbook): Written {
  return {
    book: JSON.stringify(bookOf(workbook)),
    sheets: new Map(workbook.sheets.map((sheet) => [sheet.id, JSON.stringify(sheetMeta(sheet))])),
    properties: structuredClone(workbook.properties),
  };
}

/** The keys whose value differs between two property stores: the new value, or null for a removed key. */
function changedKeys(before: Record<string, string>, after: Record<string, string>): Record<string, string | null> {
  const changes: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(after)) if (before[key] !== value) changes[key] = value;
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) changes[key] = null;
  return changes;
}

function propertyChanges(before: PropertyStores, after: PropertyStores): PropertyChanges | undefined {
  const script = changedKeys(before.script, after.script);
  const document = changedKeys(before.document, after.document);
  const user: PropertyChanges['user'] = {};
  for (const email of new Set([...Object.keys(before.user), ...Object.keys(after.user)])) {
    const changes = changedKeys(before.user[email] ?? {}, after.user[email] ?? {});
    if (Object.keys(changes).length > 0) user[email] = changes;
  }
  const none = [script, document, user].every((changes) => Object.keys(changes).length === 0);
  return none ? undefined : { script, document, user };
}

/** A compaction in progress: `cancelled` stops it before it replaces the checkpoint. */
interface Compaction {
  cancelled: boolean;
  done: Promise<void>;
}

export class WorkbookJournal {
  private generation: number;
  private fd: number | null = null;
  private offset = 0;
  /** Journal bytes a load would replay over the checkpoint. */
  private journalBytes: number;
  private checkpointBytes: number;
  private written: Written;
  private compaction: Compaction | null = null;

  constructor(
    private readonly workbook: Workbook,
    private readonly path: string,
    private readonly options: JournalOptions = {},
  ) {
    // The server holds the workbook alone (serve-lock): a checkpoint half-written by one that died is of no use.
    removeCheckpointTempFiles(path);
    const existing = journalFiles(path);
    this.generation = (existing.at(-1)?.generation ?? 0) + 1;
    this.journalBytes = existing.reduce((sum, { file }) => sum + fileSize(file), 0);
    this.checkpointBytes = fileSize(path);
    this.written = writtenState(workbook);
    workbook.changes.clear();
  }

  /**
   * Makes every change since the last commit durable: one record appended and fsynced, or a whole checkpoint when rows
   * or columns moved. Throws when the disk refuses; the changes then stay pending and the next commit writes them.
   */
  commit(): void {
    if (this.workbook.changes.moved) {
      this.checkpoint();
      return;
    }
    const record = this.pendingRecord();
    if (!record) return;
    const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    this.append(line);
    this.workbook.journalSeq = record.seq;
    this.written = writtenState(this.workbook);
    this.workbook.changes.clear();
    this.journalBytes += line.length;
    this.compactIfDue();
  }

  /** Saves the whole workbook at once (its journal is then empty); a compaction under way is abandoned. */
  checkpoint(): void {
    if (this.compaction) this.compaction.cancelled = true;
    this.closeGeneration();
    saveWorkbook(this.workbook, this.path);
    this.generation += 1;
    this.journalBytes = 0;
    this.checkpointBytes = fileSize(this.path);
    this.written = writtenState(this.workbook);
    this.workbook.changes.clear();
  }

  /** Resolves once no compaction is under way (a control for tests and benchmarks). */
  async compacted(): Promise<void> {
    while (this.compaction) await this.compaction.done;
  }

  /** Waits for a compaction under way, then saves the whole workbook and leaves no journal behind. */
  async close(): Promise<void> {
    if (this.compaction) {
      this.compaction.cancelled = true;
      await this.compaction.done;
    }
    this.checkpoint();
  }

  /** The record of everything changed since the last commit, or null when nothing changed. */
  private pendingRecord(): JournalRecord | null {
    const { workbook, written } = this;
    const styles = new Interned<CellStyle>();
    const validations = new Interned<ValidationSpec>();
    const bookText = JSON.stringify(bookOf(workbook));
    const sheets: JournalRecord['sheets'] = [];
    for (const sheet of workbook.sheets) {
      const meta = sheetMeta(sheet);
      const metaText = JSON.stringify(meta);
      const metaChanged = written.sheets.get(sheet.id) !== metaText;
      const rows = workbook.changes.rows.get(sheet.id);
      if (!metaChanged && !rows) continue;
      sheets.push({
        id: sheet.id,
        ...(metaChanged ? { meta } : {}),
        rows: [...(rows ?? [])]
          .sort((a, b) => a - b)
          .map((row) => [
            row,
            Array.from(sheet.rows[row - 1] ?? [], (cell) => (cell ? storedCell(cell, styles, validations) : null)),
          ]),
      });
    }
    const properties = propertyChanges(written.properties, workbook.properties);
    const bookChanged = bookText !== written.book;
    if (!bookChanged && sheets.length === 0 && !properties) return null;
    return {
      seq: workbook.journalSeq + 1,
      ...(bookChanged ? { book: bookOf(workbook) } : {}),
      sheets,
      ...(properties ? { properties } : {}),
      styles: styles.values,
      validations: validations.values,
    };
  }

  /** Appends one line at the end of this generation's file and fsyncs it; on failure the file is cut back. */
  private append(line: Buffer): void {
    if (this.fd === null) {
      ensureDirectory(this.path);
      this.fd = openSync(journalFile(this.path, this.generation), 'w', PRIVATE_FILE_MODE);
      this.offset = 0;
      syncDirectory(dirname(this.path));
    }
    try {
      writeAllSync(this.fd, line, this.offset);
      fsyncSync(this.fd);
    } catch (error) {
      // What was written of the line is cut off, so the next record follows the last whole one.
      try {
        ftruncateSync(this.fd, this.offset);
      } catch {
        // The next write starts at the same offset and overwrites it; a load stops at a line cut short.
      }
      throw error;
    }
    this.offset += line.length;
  }

  private closeGeneration(): void {
    if (this.fd === null) return;
    closeQuietly(this.fd);
    this.fd = null;
  }

  private compactIfDue(): void {
    const threshold = this.options.compactAfterBytes ?? Math.max(MIN_COMPACTION_BYTES, this.checkpointBytes);
    if (this.compaction || this.journalBytes < threshold) return;
    // The checkpoint holds everything up to now: later commits go to a new generation, which it does not replace.
    const source = checkpointSource(this.workbook);
    const covered = this.generation;
    const coveredBytes = this.journalBytes;
    this.closeGeneration();
    this.generation += 1;
    this.journalBytes = 0;
    const compaction: Compaction = { cancelled: false, done: Promise.resolve() };
    compaction.done = this.writeCheckpoint(source, covered, compaction)
      .catch((error: unknown) => {
        this.journalBytes += coveredBytes;
        this.options.onCompactionError?.(error);
      })
      .finally(() => {
        if (this.compaction === compaction) this.compaction = null;
      });
    this.compaction = compaction;
  }

  /**
   * Writes the checkpoint a slice at a time, each slice after the previous one reached the disk, so requests are
   * answered in between. Rows that move meanwhile (a structural change) would make the slices disagree: it stops.
   */
  private async writeCheckpoint(
    source: ReturnType<typeof checkpointSource>,
    covered: number,
    compaction: Compaction,
  ): Promise<void> {
    const stopped = () => compaction.cancelled || this.workbook.changes.moved;
    const temp = checkpointTempFile(this.path);
    let handle: FileHandle | null = await open(temp, 'w', PRIVATE_FILE_MODE);
    try {
      let bytes = 0;
      for (const piece of checkpointText(source)) {
        if (stopped()) return;
        const buffer = Buffer.from(piece, 'utf8');
        await writeAll(handle, buffer);
        bytes += buffer.length;
      }
      await handle.sync();
      await handle.close();
      handle = null;
      // From here on nothing waits: the checkpoint replaces the old one only if nothing stopped it meanwhile.
      if (stopped()) return;
      renameSync(temp, this.path);
      syncDirectory(dirname(this.path));
      removeJournals(this.path, covered);
      this.checkpointBytes = bytes;
    } finally {
      if (handle) await handle.close().catch(() => {});
      rmSync(temp, { force: true });
    }
  }
}

async function writeAll(handle: FileHandle, buffer: Buffer): Promise<void> {
  let done = 0;
  while (done < buffer.length) {
    const { bytesWritten } = await handle.write(buffer, done, buffer.length - done);
    done += bytesWritten;
  }
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Closing a file whose writes all failed can fail too; nothing more to do with it.
  }
}
