// The workbook's files: a checkpoint (one compact JSON file, written atomically: temp file, fsync, rename) and the
// journal records a server appended after it (journal.ts), replayed on load; everything validated by zod. Files in the
// older, one-entry-per-cell form still load. Every file is created readable by its owner only.

import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from '../../shared/zod.ts';
import { Cell, CellStyle, NamedRangeSpec, SheetMeta, ValidationSpec, WORKBOOK_FORMAT, WorkbookFile } from './model.ts';
import { type SheetData, Workbook } from './workbook.ts';

/** Workbook files hold members' token hashes and everything they logged: only their owner may read them. */
export const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_DIRECTORY_MODE = 0o700;

/** A cell as files store it: its style and rule as indexes into the file's (or journal record's) tables. */
export const StoredCell = Cell.omit({ style: true, validation: true }).extend({
  style: z.number().int().min(0).optional(),
  validation: z.number().int().min(0).optional(),
});
export type StoredCell = z.infer<typeof StoredCell>;

/** The saved form (see checkpointText). */
export const CompactWorkbookFile = WorkbookFile.extend({
  version: z.literal(2),
  /** The last journal record this checkpoint holds; a load replays only later ones. */
  journalSeq: z.number().int().min(0).optional(),
  styles: z.array(CellStyle),
  validations: z.array(ValidationSpec),
  sheets: z
    .array(
      SheetMeta.extend({
        cells: z.array(
          StoredCell.extend({
            r: z.number().int().min(1),
            c: z.number().int().min(1),
            n: z.number().int().min(2).optional(),
          }),
        ),
      }),
    )
    .min(1),
});
export type CompactWorkbookFile = z.infer<typeof CompactWorkbookFile>;
type CompactCell = CompactWorkbookFile['sheets'][number]['cells'][number];

/** Every form a workbook file has had, told apart by `version`. */
const SavedWorkbookFile = z.discriminatedUnion('version', [WorkbookFile, CompactWorkbookFile]);

export type WorkbookFileProblem = 'missing' | 'unreadable' | 'corrupt' | 'invalid';

/** Why a workbook file could not be loaded, in Swedish then English. */
export class WorkbookFileError extends Error {
  override name = 'WorkbookFileError';

  constructor(
    readonly problem: WorkbookFileProblem,
    readonly path: string,
    detail: string,
  ) {
    const text: Record<WorkbookFileProblem, [string, string]> = {
      missing: [`Arbetsboken ${path} finns inte.`, `The workbook file ${path} does not exist.`],
      unreadable: [
        `Arbetsboken ${path} kunde inte läsas: ${detail}.`,
        `The workbook file ${path} could not be read: ${detail}.`,
      ],
      corrupt: [
        `Arbetsboken ${path} är skadad (ogiltig JSON: ${detail}).`,
        `The workbook file ${path} is corrupt (invalid JSON: ${detail}).`,
      ],
      invalid: [
        `Arbetsboken ${path} har fel innehåll: ${detail}.`,
        `The workbook file ${path} has invalid content: ${detail}.`,
      ],
    };
    const [sv, en] = text[problem];
    super(`${sv} / ${en}`);
  }
}

/** What every form of the file holds besides the sheets, copied from the workbook. */
function fileHead(workbook: Workbook): Omit<WorkbookFile, 'version' | 'sheets'> {
  return {
    format: WORKBOOK_FORMAT,
    id: workbook.id,
    name: workbook.name,
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    activeSheetId: workbook.activeSheetId,
    nextIds: { ...workbook.nextIds },
    namedRanges: structuredClone(workbook.namedRanges),
    properties: structuredClone(workbook.properties),
  };
}

/** The workbook with every cell spelled out (the older file form, and what tests compare); treat it as read-only. */
export function workbookToFile(workbook: Workbook): WorkbookFile {
  return {
    ...fileHead(workbook),
    version: 1,
    sheets: workbook.sheets.map(({ rows, ...meta }) => {
      const cells: WorkbookFile['sheets'][number]['cells'] = [];
      rows.forEach((line, r) => {
        line?.forEach((cell, c) => {
          if (cell) cells.push({ r: r + 1, c: c + 1, ...cell });
        });
      });
      return { ...structuredClone(meta), cells };
    }),
  };
}

/**
 * A table of distinct styles or rules, each entered once and referred to by index. Cells' styles and rules are
 * replaced, never edited in place, so cells with equal ones can share the table's object: the next save then finds
 * them by identity instead of serialising each again.
 */
export class Interned<T extends object> {
  readonly values: T[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byObject = new Map<T, number>();

  /** The entry's index, and the object equal cells share. */
  enter(value: T): [number, T] {
    let index = this.byObject.get(value);
    if (index === undefined) {
      const key = JSON.stringify(value);
      index = this.byKey.get(key);
      if (index === undefined) {
        index = this.values.length;
        this.values.push(value);
        this.byKey.set(key, index);
      }
      this.byObject.set(value, index);
    }
    return [index, this.values[index] as T];
  }
}

/** The stored form of a cell; the live cell is pointed at the tables' shared style and rule objects. */
export function storedCell(cell: Cell, styles: Interned<CellStyle>, validations: Interned<ValidationSpec>): StoredCell {
  const { style, validation, ...content } = cell;
  const stored: StoredCell = content;
  if (style !== undefined) [stored.style, cell.style] = styles.enter(style);
  if (validation !== undefined) [stored.validation, cell.validation] = validations.enter(validation);
  return stored;
}

/** The live cell a stored one stands for. */
export function cellFromStored(
  { style, validation, ...content }: StoredCell,
  styles: readonly CellStyle[],
  validations: readonly ValidationSpec[],
): Cell {
  const cell: Cell = { ...content };
  const styleSpec = style === undefined ? undefined : styles[style];
  const validationSpec = validation === undefined ? undefined : validations[validation];
  if (styleSpec) cell.style = styleSpec;
  if (validationSpec) cell.validation = validationSpec;
  return cell;
}

function sameStoredCell(a: StoredCell, b: StoredCell): boolean {
  return (
    a.value === b.value &&
    a.formula === b.formula &&
    a.quoted === b.quoted &&
    a.note === b.note &&
    a.style === b.style &&
    a.validation === b.validation
  );
}

/** A sheet's settings without its cells. */
export function sheetMeta({ rows: _rows, ...meta }: SheetData): SheetMeta {
  return meta;
}

/**
 * What a checkpoint is taken of: the workbook's settings, sheet list and properties copied when it starts, and each
 * sheet's rows read as the writer reaches them (up to the sheet's size at the start). Taken all at once (a save) it is
 * the workbook as it is; taken a slice at a time while the server goes on (a compaction), rows written meanwhile are
 * also in the journal records after `journalSeq`, which a load replays over it.
 */
export interface CheckpointSource {
  head: Omit<CompactWorkbookFile, 'sheets' | 'styles' | 'validations'>;
  sheets: { meta: SheetMeta; rows: SheetData['rows'] }[];
}

export function checkpointSource(workbook: Workbook): CheckpointSource {
  return {
    head: { ...fileHead(workbook), version: 2, journalSeq: workbook.journalSeq },
    sheets: workbook.sheets.map((sheet) => ({ meta: structuredClone(sheetMeta(sheet)), rows: sheet.rows })),
  };
}

/** Rows serialised between two pieces of a checkpoint's text, so a compaction gives way to requests this often. */
const CHECKPOINT_ROWS_PER_PIECE = 1000;

/**
 * The saved form of a workbook as pieces of JSON text. A sheet holds thousands of cells that differ only in their row
 * (a column's dropdown, number format or validation set down to the last row), each carrying a copy of the same rule:
 * every distinct style and validation is stored once in a table that cells refer to by index, and a cell repeated
 * straight down its column is stored once with the number of rows `n` it covers.
 */
export function* checkpointText(source: CheckpointSource): Generator<string> {
  const styles = new Interned<CellStyle>();
  const validations = new Interned<ValidationSpec>();
  const head = JSON.stringify(source.head);
  yield `${head.slice(0, -1)},"sheets":[`;
  for (const [index, { meta, rows }] of source.sheets.entries()) {
    const metaText = JSON.stringify(meta);
    let text = `${index === 0 ? '' : ','}${metaText.slice(0, -1)},"cells":[`;
    let first = true;
    const emit = (cell: CompactCell) => {
      text += `${first ? '' : ','}${JSON.stringify(cell)}`;
      first = false;
    };
    /** Per column, the run of equal cells the row above ended, written out once the run ends. */
    const runs: ({ saved: CompactCell; lastRow: number } | undefined)[] = [];
    const lastRow = Math.min(rows.length, meta.maxRows);
    for (let r = 0; r < lastRow; r++) {
      const line = rows[r] ?? [];
      const width = Math.min(line.length, meta.maxColumns);
      for (let c = 0; c < width; c++) {
        const cell = line[c];
        if (!cell) continue;
        const saved: CompactCell = { r: r + 1, c: c + 1, ...storedCell(cell, styles, validations) };
        const run = runs[c];
        if (run && run.lastRow === r - 1 && sameStoredCell(run.saved, saved)) {
          run.saved.n = (run.saved.n ?? 1) + 1;
          run.lastRow = r;
          continue;
        }
        if (run) emit(run.saved);
        runs[c] = { saved, lastRow: r };
      }
      if ((r + 1) % CHECKPOINT_ROWS_PER_PIECE === 0) {
        yield text;
        text = '';
      }
    }
    for (const run of runs) if (run) emit(run.saved);
    yield `${text}]}`;
  }
  yield `],"styles":${JSON.stringify(styles.values)},"validations":${JSON.stringify(validations.values)}}\n`;
}

/** Cross-checks zod cannot express: references point at existing sheets and table entries, cells lie inside their sheet. */
function consistencyProblems(file: WorkbookFile | CompactWorkbookFile): string[] {
  const problems: string[] = [];
  const ids = new Set(file.sheets.map((s) => s.id));
  if (ids.size !== file.sheets.length) problems.push('sheet ids repeat');
  const names = new Set(file.sheets.map((s) => s.name.toLowerCase()));
  if (names.size !== file.sheets.length) problems.push('sheet names repeat');
  if (!ids.has(file.activeSheetId)) problems.push(`activeSheetId ${file.activeSheetId} is not a sheet`);
  for (const sheet of file.sheets) {
    for (const cell of sheet.cells) {
      const lastRow = cell.r + ('n' in cell && cell.n !== undefined ? cell.n - 1 : 0);
      if (lastRow > sheet.maxRows || cell.c > sheet.maxColumns) {
        problems.push(`cell r${cell.r}c${cell.c} lies outside sheet "${sheet.name}"`);
        break;
      }
    }
  }
  if (file.version === 2) {
    for (const sheet of file.sheets) {
      const dangling = sheet.cells.find(
        (cell) =>
          (cell.style !== undefined && cell.style >= file.styles.length) ||
          (cell.validation !== undefined && cell.validation >= file.validations.length),
      );
      if (dangling)
        problems.push(`cell r${dangling.r}c${dangling.c} of "${sheet.name}" refers to a missing style or rule`);
    }
  }
  for (const n of file.namedRanges)
    if (!ids.has(n.range.sheetId)) problems.push(`named range ${n.name} points at a missing sheet`);
  return problems;
}

/** The one-entry-per-cell form of a compact file; cells share their table's style and rule objects, as after a save. */
function expandCompactFile({
  styles,
  validations,
  sheets,
  journalSeq: _seq,
  ...rest
}: CompactWorkbookFile): WorkbookFile {
  return {
    ...rest,
    version: 1,
    sheets: sheets.map(({ cells, ...meta }) => ({
      ...meta,
      cells: cells.flatMap(({ n = 1, r, c, ...stored }) =>
        Array.from({ length: n }, (_, offset) => ({
          r: r + offset,
          c,
          ...cellFromStored(stored, styles, validations),
        })),
      ),
    })),
  };
}

export function workbookFromFile(file: WorkbookFile): Workbook {
  const workbook = new Workbook({ id: file.id, name: file.name, timeZone: file.timeZone, locale: file.locale });
  workbook.activeSheetId = file.activeSheetId;
  workbook.nextIds = { ...file.nextIds };
  workbook.namedRanges = structuredClone(file.namedRanges);
  workbook.properties = structuredClone(file.properties);
  workbook.sheets = file.sheets.map(({ cells, ...meta }) => {
    const sheet: SheetData = { ...structuredClone(meta), rows: [] };
    for (const { r, c, ...cell } of cells) {
      sheet.rows[r - 1] ??= [];
      (sheet.rows[r - 1] as (Cell | undefined)[])[c - 1] = cell;
    }
    return sheet;
  });
  return workbook;
}

function parseWorkbookText(text: string, path: string): Workbook {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new WorkbookFileError('corrupt', path, (e as Error).message);
  }
  const parsed = SavedWorkbookFile.safeParse(json);
  if (!parsed.success) throw new WorkbookFileError('invalid', path, issuesText(parsed.error));
  const problems = consistencyProblems(parsed.data);
  if (problems.length > 0) throw new WorkbookFileError('invalid', path, problems.join('; '));
  try {
    if (parsed.data.version === 1) return workbookFromFile(parsed.data);
    const workbook = workbookFromFile(expandCompactFile(parsed.data));
    workbook.journalSeq = parsed.data.journalSeq ?? 0;
    return workbook;
  } catch (e) {
    throw new WorkbookFileError('invalid', path, (e as Error).message);
  }
}

function issuesText(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/**
 * One journal record: what changed in one group of writes, as state (the rows as they now are, a sheet's settings or
 * the sheet list when they changed, the properties that changed), so replaying a record twice, or over a checkpoint
 * that already holds some of it, gives the same workbook.
 */
export const JournalRecord = z.strictObject({
  seq: z.number().int().min(1),
  book: z
    .strictObject({
      name: z.string(),
      timeZone: z.string(),
      locale: z.string(),
      activeSheetId: z.number().int(),
      nextIds: z.object({ sheet: z.number().int(), chart: z.number().int(), protection: z.number().int() }),
      namedRanges: z.array(NamedRangeSpec),
      /** The sheets' ids in tab order: a sheet not listed was removed. */
      order: z.array(z.number().int()).min(1),
    })
    .optional(),
  sheets: z.array(
    z.strictObject({
      id: z.number().int(),
      meta: SheetMeta.optional(),
      rows: z.array(z.tuple([z.number().int().min(1), z.array(StoredCell.nullable())])),
    }),
  ),
  /** Changed properties per store; null: deleted. */
  properties: z
    .strictObject({
      script: z.record(z.string(), z.string().nullable()),
      document: z.record(z.string(), z.string().nullable()),
      user: z.record(z.string(), z.record(z.string(), z.string().nullable())),
    })
    .optional(),
  styles: z.array(CellStyle),
  validations: z.array(ValidationSpec),
});
export type JournalRecord = z.infer<typeof JournalRecord>;
export type JournalBook = NonNullable<JournalRecord['book']>;
export type PropertyChanges = NonNullable<JournalRecord['properties']>;

function applyPropertyChanges(store: Record<string, string>, changes: Record<string, string | null>): void {
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete store[key];
    else store[key] = value;
  }
}

/** Replays one record over the workbook. */
export function applyJournalRecord(workbook: Workbook, record: JournalRecord): void {
  const metas = new Map(record.sheets.flatMap((entry) => (entry.meta ? [[entry.id, entry.meta] as const] : [])));
  if (record.book) {
    const { order, nextIds, namedRanges, ...fields } = record.book;
    workbook.name = fields.name;
    workbook.timeZone = fields.timeZone;
    workbook.locale = fields.locale;
    workbook.activeSheetId = fields.activeSheetId;
    workbook.nextIds = { ...nextIds };
    workbook.namedRanges = namedRanges;
    workbook.sheets = order.map((id) => {
      const sheet = workbook.sheetById(id);
      if (sheet) return sheet;
      const meta = metas.get(id);
      if (!meta) throw new Error(`record ${record.seq} adds sheet ${id} without its settings`);
      return { ...meta, rows: [] };
    });
  }
  for (const { id, meta, rows } of record.sheets) {
    const sheet = workbook.sheetById(id);
    if (!sheet) throw new Error(`record ${record.seq} changes sheet ${id}, which the workbook does not have`);
    if (meta) Object.assign(sheet, meta);
    for (const [row, cells] of rows) {
      sheet.rows[row - 1] = cells.map((cell) =>
        cell === null ? undefined : cellFromStored(cell, record.styles, record.validations),
      );
    }
  }
  if (record.properties) {
    const { script, document, user } = record.properties;
    applyPropertyChanges(workbook.properties.script, script);
    applyPropertyChanges(workbook.properties.document, document);
    for (const [email, changes] of Object.entries(user)) {
      workbook.properties.user[email] ??= {};
      applyPropertyChanges(workbook.properties.user[email], changes);
    }
  }
}

/** The journal file of one generation; a compaction starts the next generation and removes the ones it holds. */
export function journalFile(path: string, generation: number): string {
  return `${path}.${generation}.journal`;
}

/** The files beside a workbook file whose names go on after `<workbook file>.` as `rest` describes. */
function siblings(path: string, rest: RegExp): { name: string; file: string }[] {
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefix) && rest.test(name.slice(prefix.length)))
    .map((name) => ({ name: name.slice(prefix.length), file: join(dirname(path), name) }));
}

/** The journal files beside a workbook file, oldest generation first. */
export function journalFiles(path: string): { generation: number; file: string }[] {
  return siblings(path, /^\d+\.journal$/)
    .map(({ name, file }) => ({ generation: Number.parseInt(name, 10), file }))
    .sort((a, b) => a.generation - b.generation);
}

/** Removes the journal generations up to `upTo` (all of them by default), once a checkpoint holds what they hold. */
export function removeJournals(path: string, upTo = Number.POSITIVE_INFINITY): void {
  for (const { generation, file } of journalFiles(path)) if (generation <= upTo) rmSync(file, { force: true });
}

/**
 * The records of one journal file. Each record is one line, written whole before it was acknowledged; a line cut
 * short (the server died while writing it, or the disk was full) was never acknowledged and ends the file.
 */
function readJournalFile(file: string): JournalRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new WorkbookFileError('unreadable', file, (e as Error).message);
  }
  const records: JournalRecord[] = [];
  const lines = text.split('\n');
  // The text after the last newline is a line cut short, or nothing.
  for (const line of lines.slice(0, -1)) {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      break;
    }
    const parsed = JournalRecord.safeParse(json);
    if (!parsed.success) throw new WorkbookFileError('invalid', file, issuesText(parsed.error));
    records.push(parsed.data);
  }
  return records;
}

/** The checkpoint, with the journal records written after it replayed in order. */
export function loadWorkbook(path: string): Workbook {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookFileError('missing', path, '');
    throw new WorkbookFileError('unreadable', path, (e as Error).message);
  }
  const workbook = parseWorkbookText(text, path);
  for (const { file } of journalFiles(path)) {
    for (const record of readJournalFile(file)) {
      if (record.seq <= workbook.journalSeq) continue;
      try {
        applyJournalRecord(workbook, record);
      } catch (e) {
        throw new WorkbookFileError('invalid', file, (e as Error).message);
      }
      workbook.journalSeq = record.seq;
    }
  }
  return workbook;
}

/** Writes all of `bytes` at the file's position (`position` null) or at `position`; a short write is carried on. */
export function writeAllSync(fd: number, bytes: Uint8Array, position: number | null = null): void {
  let done = 0;
  while (done < bytes.length) {
    done += writeSync(fd, bytes, done, bytes.length - done, position === null ? null : position + done);
  }
}

/** Makes a rename or a new file in the folder survive a power cut. */
export function syncDirectory(directory: string): void {
  const fd = openSync(directory, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Creates the folder a workbook file lives in, readable by its owner only when it is new. */
export function ensureDirectory(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
}

/** A temporary file beside the workbook file, for a checkpoint being written. */
export function checkpointTempFile(path: string): string {
  return `${path}.${process.pid}.${Date.now()}.tmp`;
}

/** Removes the checkpoints a process began beside the workbook file and never finished. */
export function removeCheckpointTempFiles(path: string): void {
  for (const { file } of siblings(path, /^\d+\.\d+\.tmp$/)) rmSync(file, { force: true });
}

/**
 * Writes a file from its pieces: a temp file next to the target, fsynced and renamed over it, so a crash never
 * leaves half a file; readable by its owner only.
 */
function writePiecesAtomically(path: string, pieces: Iterable<string>): void {
  ensureDirectory(path);
  const temp = checkpointTempFile(path);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'w', PRIVATE_FILE_MODE);
    for (const piece of pieces) writeAllSync(fd, Buffer.from(piece, 'utf8'));
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  syncDirectory(dirname(path));
}

/** Writes a file atomically (see writePiecesAtomically). */
export function writeFileAtomically(path: string, text: string): void {
  writePiecesAtomically(path, [text]);
}

/** Saves the whole workbook atomically; the journal records it now holds are removed. */
export function saveWorkbook(workbook: Workbook, path: string): void {
  writePiecesAtomically(path, checkpointText(checkpointSource(workbook)));
  removeJournals(path);
}
