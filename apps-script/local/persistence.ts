// Saves the whole workbook to one compact JSON file (atomically: temp file, then rename) and loads it back, validated
// by zod; files in the older, one-entry-per-cell form still load.

import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from '../../shared/zod.ts';
import { Cell, CellStyle, SheetMeta, ValidationSpec, WORKBOOK_FORMAT, WorkbookFile } from './model.ts';
import { type SheetData, Workbook } from './workbook.ts';

/**
 * The saved form. A sheet holds thousands of cells that differ only in their row (a column's dropdown, number format
 * or validation set down to the last row), each carrying a copy of the same rule: here every distinct style and
 * validation is stored once in a table that cells refer to by index, and a cell repeated straight down its column is
 * stored once with the number of rows `n` it covers.
 */
export const CompactWorkbookFile = WorkbookFile.extend({
  version: z.literal(2),
  styles: z.array(CellStyle),
  validations: z.array(ValidationSpec),
  sheets: z
    .array(
      SheetMeta.extend({
        cells: z.array(
          Cell.extend({
            r: z.number().int().min(1),
            c: z.number().int().min(1),
            n: z.number().int().min(2).optional(),
            style: z.number().int().min(0).optional(),
            validation: z.number().int().min(0).optional(),
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

/** The workbook with every cell spelled out (the older file form, and what tests compare); treat it as read-only. */
export function workbookToFile(workbook: Workbook): WorkbookFile {
  return {
    format: WORKBOOK_FORMAT,
    version: 1,
    id: workbook.id,
    name: workbook.name,
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    activeSheetId: workbook.activeSheetId,
    nextIds: { ...workbook.nextIds },
    sheets: workbook.sheets.map(({ rows, ...meta }) => {
      const cells: WorkbookFile['sheets'][number]['cells'] = [];
      rows.forEach((line, r) => {
        line?.forEach((cell, c) => {
          if (cell) cells.push({ r: r + 1, c: c + 1, ...cell });
        });
      });
      return { ...structuredClone(meta), cells };
    }),
    namedRanges: structuredClone(workbook.namedRanges),
    properties: structuredClone(workbook.properties),
  };
}

/** Deep equality of JSON-shaped values (styles, validation rules); a missing key equals an undefined one. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of Object.keys(left)) if (!sameJson(left[key], right[key])) return false;
  for (const key of Object.keys(right)) if (!(key in left) && right[key] !== undefined) return false;
  return true;
}

function sameCell(a: Cell, b: Cell): boolean {
  return (
    a.value === b.value &&
    a.formula === b.formula &&
    a.quoted === b.quoted &&
    a.note === b.note &&
    sameJson(a.style, b.style) &&
    sameJson(a.validation, b.validation)
  );
}

/**
 * A table of distinct styles or rules, each entered once and referred to by index. Cells' styles and rules are
 * replaced, never edited in place, so cells with equal ones can share the table's object: the next save then finds
 * them by identity instead of serialising each again.
 */
class Interned<T extends object> {
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

/** The saved form of a workbook; it shares objects with the workbook, so serialise it at once. */
function workbookToCompactFile(workbook: Workbook): CompactWorkbookFile {
  const styles = new Interned<CellStyle>();
  const validations = new Interned<ValidationSpec>();
  const sheets = workbook.sheets.map(({ rows, ...meta }) => {
    const cells: CompactCell[] = [];
    /** Per column, the run that the cell in the row above belongs to. */
    const runs: ({ cell: Cell; saved: CompactCell; lastRow: number } | undefined)[] = [];
    rows.forEach((line, r) => {
      line.forEach((cell, c) => {
        if (!cell) return;
        const run = runs[c];
        if (run && run.lastRow === r - 1 && sameCell(run.cell, cell)) {
          if (cell.style !== undefined) cell.style = run.cell.style;
          if (cell.validation !== undefined) cell.validation = run.cell.validation;
          run.saved.n = (run.saved.n ?? 1) + 1;
          run.lastRow = r;
          return;
        }
        const { style, validation, ...content } = cell;
        const saved: CompactCell = { r: r + 1, c: c + 1, ...content };
        if (style !== undefined) [saved.style, cell.style] = styles.enter(style);
        if (validation !== undefined) [saved.validation, cell.validation] = validations.enter(validation);
        cells.push(saved);
        runs[c] = { cell, saved, lastRow: r };
      });
    });
    return { ...meta, cells };
  });
  return {
    format: WORKBOOK_FORMAT,
    version: 2,
    id: workbook.id,
    name: workbook.name,
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    activeSheetId: workbook.activeSheetId,
    nextIds: workbook.nextIds,
    styles: styles.values,
    validations: validations.values,
    sheets,
    namedRanges: workbook.namedRanges,
    properties: workbook.properties,
  };
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
function expandCompactFile({ styles, validations, sheets, ...rest }: CompactWorkbookFile): WorkbookFile {
  return {
    ...rest,
    version: 1,
    sheets: sheets.map(({ cells, ...meta }) => ({
      ...meta,
      cells: cells.flatMap(({ n = 1, style, validation, ...content }) =>
        Array.from({ length: n }, (_, offset) => {
          const cell: WorkbookFile['sheets'][number]['cells'][number] = { ...content, r: content.r + offset };
          const styleSpec = style === undefined ? undefined : styles[style];
          const validationSpec = validation === undefined ? undefined : validations[validation];
          if (styleSpec) cell.style = styleSpec;
          if (validationSpec) cell.validation = validationSpec;
          return cell;
        }),
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
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new WorkbookFileError('invalid', path, issues.join('; '));
  }
  const problems = consistencyProblems(parsed.data);
  if (problems.length > 0) throw new WorkbookFileError('invalid', path, problems.join('; '));
  try {
    return workbookFromFile(parsed.data.version === 2 ? expandCompactFile(parsed.data) : parsed.data);
  } catch (e) {
    throw new WorkbookFileError('invalid', path, (e as Error).message);
  }
}

export function loadWorkbook(path: string): Workbook {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookFileError('missing', path, '');
    throw new WorkbookFileError('unreadable', path, (e as Error).message);
  }
  return parseWorkbookText(text, path);
}

/** Writes a temp file next to the target and renames it over, so a crash never leaves half a file. */
export function writeFileAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Saves the workbook atomically (writeFileAtomically), so a crash never leaves half a workbook. */
export function saveWorkbook(workbook: Workbook, path: string): void {
  writeFileAtomically(path, `${JSON.stringify(workbookToCompactFile(workbook))}\n`);
}
