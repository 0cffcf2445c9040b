// The spreadsheet's state and the operations Sheets performs on it (cell writes, formula reads, row/column moves).

import {
  type EvalHost,
  type EvalScalar,
  evaluateFormula,
  FormulaError,
  renameSheetInFormula,
  type StructuralChange,
  shiftFormula,
} from './formula.ts';
import type { Cell, CriterionArg, GridRef, NamedRangeSpec, PropertyStores, SheetMeta } from './model.ts';
import { TextIndex } from './text-index.ts';
import {
  type Entry,
  isDateFormat,
  type LocaleRules,
  localeRules,
  PLAIN_TEXT_FORMAT,
  type Scalar,
  serialToInstant,
} from './values.ts';

export interface SheetData extends SheetMeta {
  /** rows[r - 1][c - 1]; sparse. */
  rows: (Cell | undefined)[][];
}

export interface WorkbookInit {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
}

const DEFAULT_MAX_ROWS = 1000;
const DEFAULT_MAX_COLUMNS = 26;

function newSheetData(id: number, name: string): SheetData {
  return {
    id,
    name,
    maxRows: DEFAULT_MAX_ROWS,
    maxColumns: DEFAULT_MAX_COLUMNS,
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    tabColor: null,
    columnWidths: {},
    rowHeights: {},
    protections: [],
    charts: [],
    conditionalFormats: [],
    rows: [],
  };
}

function cellIsEmpty(cell: Cell): boolean {
  return (
    cell.value === undefined &&
    cell.formula === undefined &&
    cell.note === undefined &&
    cell.validation === undefined &&
    (cell.style === undefined || Object.keys(cell.style).length === 0)
  );
}

/** Shifts a stored rectangle after a row/column insertion or deletion; null when all of it was deleted. */
function shiftGridRef(ref: GridRef, sheetId: number, change: StructuralChange): GridRef | null {
  if (ref.sheetId !== sheetId) return ref;
  const [startKey, sizeKey] =
    change.axis === 'row' ? (['row', 'numRows'] as const) : (['column', 'numColumns'] as const);
  const start = ref[startKey];
  const end = start + ref[sizeKey] - 1;
  if (change.delta > 0) {
    if (start >= change.at) return { ...ref, [startKey]: start + change.delta };
    if (end >= change.at) return { ...ref, [sizeKey]: ref[sizeKey] + change.delta };
    return ref;
  }
  const n = -change.delta;
  const last = change.at + n - 1;
  const newStart = start < change.at ? start : start > last ? start - n : change.at;
  const newEnd = end < change.at ? end : end > last ? end - n : change.at - 1;
  if (newEnd < newStart) return null;
  return { ...ref, [startKey]: newStart, [sizeKey]: newEnd - newStart + 1 };
}

function shiftArgs(args: CriterionArg[], sheetId: number, change: StructuralChange): CriterionArg[] {
  return args.map((arg) => {
    if (typeof arg === 'object' && 'range' in arg) {
      const shifted = shiftGridRef(arg.range, sheetId, change);
      return shifted ? { range: shifted } : arg;
    }
    return arg;
  });
}

/**
 * What changed since the workbook file's journal last wrote (journal.ts): the rows whose cells changed, per sheet id,
 * and whether rows or columns moved or formulas were rewritten across sheets, which only a whole save can record.
 * Sheet settings, the sheet list and properties are compared when the journal writes, so they need no marks here.
 */
export class ChangedCells {
  readonly rows = new Map<number, Set<number>>();
  moved = false;

  row(sheetId: number, row: number): void {
    let rows = this.rows.get(sheetId);
    if (!rows) {
      rows = new Set();
      this.rows.set(sheetId, rows);
    }
    rows.add(row);
  }

  clear(): void {
    this.rows.clear();
    this.moved = false;
  }
}

export class Workbook {
  id: string;
  name: string;
  timeZone: string;
  private localeId: string;
  rules: LocaleRules;
  sheets: SheetData[] = [];
  activeSheetId = 0;
  nextIds = { sheet: 0, chart: 1, protection: 1 };
  namedRanges: NamedRangeSpec[] = [];
  properties: PropertyStores = { script: {}, document: {}, user: {} };
  /** The last journal record this state holds (0: none); saved with the file so a replay skips what it holds. */
  journalSeq = 0;
  /** Every cell change passes writeEntry, ensureCell, tidy or putCell, which mark it here. */
  readonly changes = new ChangedCells();
  /** What TextFinder searched, kept up to date by the writes below. */
  readonly textIndex = new TextIndex();
  private evaluating = new Set<string>();

  constructor(init: WorkbookInit) {
    this.id = init.id;
    this.name = init.name;
    this.timeZone = init.timeZone;
    this.localeId = init.locale;
    this.rules = localeRules(init.locale);
  }

  get locale(): string {
    return this.localeId;
  }

  set locale(locale: string) {
    this.rules = localeRules(locale);
    this.localeId = locale;
  }

  sheetById(id: number): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  activeSheet(): SheetData {
    return this.sheetById(this.activeSheetId) ?? (this.sheets[0] as SheetData);
  }

  addSheet(name: string, index?: number): SheetData {
    const sheet = newSheetData(this.nextIds.sheet++, name);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetData): void {
    this.textIndex.forget(sheet.id);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.namedRanges = this.namedRanges.filter((n) => n.range.sheetId !== sheet.id);
    if (this.activeSheetId === sheet.id) this.activeSheetId = (this.sheets[0] as SheetData).id;
  }

  renameSheet(sheet: SheetData, name: string): void {
    const from = sheet.name;
    sheet.name = name;
    this.changes.moved = true;
    this.forEachFormula((cell) => {
      cell.formula = renameSheetInFormula(cell.formula as string, from, name);
    });
  }

  cell(sheet: SheetData, row: number, column: number): Cell | undefined {
    return sheet.rows[row - 1]?.[column - 1];
  }

  ensureCell(sheet: SheetData, row: number, column: number): Cell {
    this.changes.row(sheet.id, row);
    let cells = sheet.rows[row - 1];
    if (!cells) {
      cells = [];
      sheet.rows[row - 1] = cells;
    }
    let cell = cells[column - 1];
    if (!cell) {
      cell = {};
      cells[column - 1] = cell;
    }
    return cell;
  }

  /** Drops a cell that no longer holds anything, keeping the grid sparse. */
  tidy(sheet: SheetData, row: number, column: number): void {
    this.changes.row(sheet.id, row);
    const cells = sheet.rows[row - 1];
    const cell = cells?.[column - 1];
    if (cells && cell && cellIsEmpty(cell)) delete cells[column - 1];
  }

  /** Puts a cell back as it was (a rejected edit), or removes it. */
  putCell(sheet: SheetData, row: number, column: number, cell: Cell | undefined): void {
    this.changes.row(sheet.id, row);
    sheet.rows[row - 1] ??= [];
    (sheet.rows[row - 1] as (Cell | undefined)[])[column - 1] = cell;
    this.textIndex.wrote(sheet, row, column, cell);
  }

  isPlainText(sheet: SheetData, row: number, column: number): boolean {
    return this.cell(sheet, row, column)?.style?.numberFormat === PLAIN_TEXT_FORMAT;
  }

  /** Stores an interpreted write; a format Sheets picks for typed input (dates, %) replaces a non-matching one. */
  writeEntry(sheet: SheetData, row: number, column: number, entry: Entry): void {
    const old = this.cell(sheet, row, column);
    const cell: Cell = {};
    if (entry.value !== undefined) cell.value = entry.value;
    if (entry.formula !== undefined) cell.formula = entry.formula;
    if (entry.quoted) cell.quoted = true;
    if (old?.note !== undefined) cell.note = old.note;
    if (old?.validation !== undefined) cell.validation = old.validation;
    let style = old?.style;
    if (entry.numberFormat !== undefined) {
      const current = style?.numberFormat;
      const keep = current !== undefined && isDateFormat(current) === isDateFormat(entry.numberFormat);
      if (!keep) style = { ...style, numberFormat: entry.numberFormat };
    }
    if (style !== undefined) cell.style = style;
    let cells = sheet.rows[row - 1];
    if (!cells) {
      cells = [];
      sheet.rows[row - 1] = cells;
    }
    if (cellIsEmpty(cell)) delete cells[column - 1];
    else cells[column - 1] = cell;
    this.changes.row(sheet.id, row);
    this.textIndex.wrote(sheet, row, column, cell);
  }

  /** The cell's value as formulas see it: formulas evaluated, empty as null. */
  rawValue(sheet: SheetData, row: number, column: number): EvalScalar {
    const cell = this.cell(sheet, row, column);
    if (!cell) return null;
    if (cell.formula !== undefined) {
      const key = `${sheet.id}:${row}:${column}`;
      if (this.evaluating.has(key)) return new FormulaError('#REF!');
      this.evaluating.add(key);
      try {
        return evaluateFormula(cell.formula, this.evalHost(sheet, 0, 0));
      } finally {
        this.evaluating.delete(key);
      }
    }
    return cell.value ?? null;
  }

  /** What `getValue()` returns: '' for empty, Date for numbers in a date format, errors as their text. */
  scriptValue(sheet: SheetData, row: number, column: number): Scalar | Date {
    const raw = this.rawValue(sheet, row, column);
    if (raw === null) return '';
    if (raw instanceof FormulaError) return raw.code;
    if (typeof raw === 'number' && isDateFormat(this.cell(sheet, row, column)?.style?.numberFormat)) {
      return new Date(serialToInstant(raw, this.timeZone));
    }
    return raw;
  }

  evalHost(sheet: SheetData, rowOffset: number, columnOffset: number): EvalHost {
    const target = (name: string | undefined) => (name === undefined ? sheet : this.sheetByName(name));
    return {
      locale: this.rules,
      rowOffset,
      columnOffset,
      read: (name, row, column, numRows, numColumns) => {
        const s = target(name);
        if (!s) return null;
        const lastRow = Math.min(row + numRows - 1, this.lastRow(s));
        const out: EvalScalar[][] = [];
        for (let r = row; r < row + numRows; r++) {
          const line: EvalScalar[] = [];
          for (let c = column; c < column + numColumns; c++) line.push(r > lastRow ? null : this.rawValue(s, r, c));
          out.push(line);
        }
        return out;
      },
      bounds: (name) => {
        const s = target(name);
        return s ? { maxRows: s.maxRows, maxColumns: s.maxColumns } : null;
      },
      namedRange: (name) => {
        const named = this.namedRanges.find((n) => n.name.toLowerCase() === name.toLowerCase());
        const s = named && this.sheetById(named.range.sheetId);
        return named && s ? { ...named.range, sheet: s.name } : null;
      },
    };
  }

  /** Last row holding a value or formula (0 if none), as getLastRow counts. */
  lastRow(sheet: SheetData): number {
    for (let r = sheet.rows.length; r >= 1; r--) {
      const cells = sheet.rows[r - 1];
      if (cells?.some((c) => c !== undefined && (c.value !== undefined || c.formula !== undefined))) return r;
    }
    return 0;
  }

  lastColumn(sheet: SheetData): number {
    let last = 0;
    for (const cells of sheet.rows) {
      if (!cells) continue;
      for (let c = cells.length; c > last; c--) {
        const cell = cells[c - 1];
        if (cell && (cell.value !== undefined || cell.formula !== undefined)) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  forEachFormula(fn: (cell: Cell, sheet: SheetData) => void): void {
    for (const sheet of this.sheets) {
      for (const cells of sheet.rows) {
        if (!cells) continue;
        for (const cell of cells) if (cell?.formula !== undefined) fn(cell, sheet);
      }
    }
  }

  /** Inserts (delta > 0) or deletes (delta < 0) rows/columns and moves everything that refers to them. */
  applyStructuralChange(sheet: SheetData, change: StructuralChange): void {
    const count = Math.abs(change.delta);
    // Rows or columns added past the last one move nothing: no cell, formula or stored range reaches past the grid.
    if (change.delta > 0 && change.axis === 'row' && change.at > sheet.maxRows) {
      sheet.maxRows += count;
      return;
    }
    if (change.delta > 0 && change.axis === 'column' && change.at > sheet.maxColumns) {
      sheet.maxColumns += count;
      return;
    }
    this.changes.moved = true;
    this.textIndex.forget(sheet.id);
    if (change.axis === 'row') {
      if (change.delta > 0) {
        if (sheet.rows.length >= change.at)
          sheet.rows.splice(change.at - 1, 0, ...new Array<Cell[]>(count).fill([]).map(() => []));
        sheet.maxRows += count;
      } else {
        sheet.rows.splice(change.at - 1, count);
        sheet.maxRows -= count;
      }
    } else {
      for (const cells of sheet.rows) {
        if (!cells || cells.length < change.at) continue;
        if (change.delta > 0) cells.splice(change.at - 1, 0, ...new Array<undefined>(count));
        else cells.splice(change.at - 1, count);
      }
      sheet.maxColumns += change.delta;
      const widths: Record<string, number> = {};
      for (const [col, width] of Object.entries(sheet.columnWidths)) {
        const c = Number(col);
        if (change.delta > 0) widths[c >= change.at ? c + count : c] = width;
        else if (c < change.at) widths[c] = width;
        else if (c >= change.at + count) widths[c - count] = width;
      }
      sheet.columnWidths = widths;
    }
    this.forEachFormula((cell, owner) => {
      cell.formula = shiftFormula(cell.formula as string, owner.name, change);
    });
    const shift = (ref: GridRef) => shiftGridRef(ref, sheet.id, change);
    this.namedRanges = this.namedRanges.flatMap((n) => {
      const range = shift(n.range);
      return range ? [{ ...n, range }] : [];
    });
    for (const s of this.sheets) {
      s.protections = s.protections.flatMap((p) => {
        const range = shift(p.range);
        if (!range) return [];
        return [{ ...p, range, unprotected: p.unprotected.flatMap((u) => shift(u) ?? []) }];
      });
      for (const chart of s.charts) chart.ranges = chart.ranges.flatMap((r) => shift(r) ?? []);
      s.conditionalFormats = s.conditionalFormats.flatMap((rule) => {
        const ranges = rule.ranges.flatMap((r) => shift(r) ?? []);
        return ranges.length
          ? [
              {
                ...rule,
                ranges,
                condition: { ...rule.condition, args: shiftArgs(rule.condition.args, sheet.id, change) },
              },
            ]
          : [];
      });
      for (const cells of s.rows) {
        for (const cell of cells ?? []) {
          if (cell?.validation)
            cell.validation = { ...cell.validation, args: shiftArgs(cell.validation.args, sheet.id, change) };
        }
      }
    }
  }
}
