// Saves the whole workbook to one JSON file (atomically: temp file, then rename) and loads it back, validated by zod.

import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Cell, WORKBOOK_FORMAT, WorkbookFile } from './model.ts';
import { type SheetData, Workbook } from './workbook.ts';

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

/** The file form of a workbook; cells are shallow copies, so treat the result as read-only. */
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

/** Cross-checks zod cannot express: references point at existing sheets, cells lie inside their sheet. */
function consistencyProblems(file: WorkbookFile): string[] {
  const problems: string[] = [];
  const ids = new Set(file.sheets.map((s) => s.id));
  if (ids.size !== file.sheets.length) problems.push('sheet ids repeat');
  const names = new Set(file.sheets.map((s) => s.name.toLowerCase()));
  if (names.size !== file.sheets.length) problems.push('sheet names repeat');
  if (!ids.has(file.activeSheetId)) problems.push(`activeSheetId ${file.activeSheetId} is not a sheet`);
  for (const sheet of file.sheets) {
    for (const cell of sheet.cells) {
      if (cell.r > sheet.maxRows || cell.c > sheet.maxColumns) {
        problems.push(`cell r${cell.r}c${cell.c} lies outside sheet "${sheet.name}"`);
        break;
      }
    }
  }
  for (const n of file.namedRanges)
    if (!ids.has(n.range.sheetId)) problems.push(`named range ${n.name} points at a missing sheet`);
  return problems;
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

export function parseWorkbookText(text: string, path: string): Workbook {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new WorkbookFileError('corrupt', path, (e as Error).message);
  }
  const parsed = WorkbookFile.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new WorkbookFileError('invalid', path, issues.join('; '));
  }
  const problems = consistencyProblems(parsed.data);
  if (problems.length > 0) throw new WorkbookFileError('invalid', path, problems.join('; '));
  try {
    return workbookFromFile(parsed.data);
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

/** Writes a temp file next to the target and renames it over, so a crash never leaves half a workbook. */
export function saveWorkbook(workbook: Workbook, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(workbookToFile(workbook))}\n`, 'utf8');
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
