// The add-on's sheets as zod column definitions: the single source of their Swedish headers, column order, who writes
// each column, and the row ↔ object conversion.
import { SHEET_NAMES } from '../model/sheet-names.ts';
import { z } from '../zod.ts';
import { type CellValue, cellInstant, cellNumber, cellText, exportSafeCellText, neutraliseCellText } from './cells.ts';

/**
 * Who writes a column: `plan` columns are rewritten by every import, `addon` columns are computed or stamped by the
 * add-on (protected, warning only), `board` columns are typed by people and never overwritten.
 */
export type ColumnOwner = 'plan' | 'addon' | 'board';

export type Column<S extends z.ZodType = z.ZodType> = {
  readonly schema: S;
  readonly header: string;
  readonly owner: ColumnOwner;
};

export function column<S extends z.ZodType>(schema: S, header: string, owner: ColumnOwner): Column<S> {
  return { schema, header, owner };
}

/** Any cell read as trimmed text. */
export const textColumn = (header: string, owner: ColumnOwner) =>
  column(z.preprocess(cellText, z.string()), header, owner);
/** A number, or null when empty; typed text that is no number fails. */
const numberColumn = (header: string, owner: ColumnOwner) =>
  column(z.preprocess(cellNumber, z.number().nullable()), header, owner);
/** A date, or null when empty; typed text that is no ISO date fails. */
export const dateColumn = (header: string, owner: ColumnOwner) =>
  column(z.preprocess(cellInstant, z.date().nullable()), header, owner);
/** A number or text, as the cell holds it (a target value is 15, or "ökning"). */
const valueColumn = (header: string, owner: ColumnOwner) =>
  column(
    z.preprocess((value) => (typeof value === 'number' ? value : cellText(value)), z.union([z.number(), z.string()])),
    header,
    owner,
  );

export type Columns = Record<string, Column>;
type Shape<C extends Columns> = { [K in keyof C]: C[K]['schema'] };
export type SheetKey<C extends Columns> = Extract<keyof C, string>;
/** A row to write: any subset of the columns; missing ones are written empty. */
export type CellRecord<C extends Columns> = Partial<Record<SheetKey<C>, CellValue | null | undefined>>;

export interface SheetDefinition<C extends Columns> {
  readonly name: string;
  readonly columns: C;
  readonly keys: readonly SheetKey<C>[];
  readonly headers: readonly string[];
  readonly width: number;
  readonly schema: z.ZodObject<Shape<C>>;
  /** 1-based sheet column of a key. */
  column(key: SheetKey<C>): number;
  /** 0-based index of a key in a row array. */
  index(key: SheetKey<C>): number;
  /**
   * The row array setValues takes; every string is neutralised so it is stored as text, never as a formula (and, on a
   * sheet that is exported, so that no value starts a formula once it leaves as CSV).
   */
  toCells(row: CellRecord<C>): CellValue[];
  /** The typed row from a getValues row (extra cells are ignored). */
  read(cells: readonly unknown[]): z.ZodSafeParseResult<z.output<z.ZodObject<Shape<C>>>>;
  /** Contiguous 1-based column ranges `[first, count]` people may type in (board columns). */
  boardRuns(): [number, number][];
}

export function defineSheet<const C extends Columns>(
  name: string,
  columns: C,
  options: { exported?: boolean } = {},
): SheetDefinition<C> {
  const neutralise = options.exported ? exportSafeCellText : neutraliseCellText;
  const keys = Object.keys(columns) as SheetKey<C>[];
  const spec = (key: SheetKey<C>): Column => columns[key] as Column;
  const position = new Map<string, number>(keys.map((key, index) => [key, index]));
  const shape = Object.fromEntries(keys.map((key) => [key, spec(key).schema])) as Shape<C>;
  const schema = z.object(shape);
  const index = (key: SheetKey<C>): number => position.get(key) ?? -1;
  return {
    name,
    columns,
    keys,
    headers: keys.map((key) => spec(key).header),
    width: keys.length,
    schema,
    index,
    column: (key) => index(key) + 1,
    toCells: (row) =>
      keys.map((key) => {
        const value = row[key];
        if (value === null || value === undefined) return '';
        return typeof value === 'string' ? neutralise(value) : value;
      }),
    read: (cells) => schema.safeParse(Object.fromEntries(keys.map((key, at) => [key, cells[at]]))),
    boardRuns: () => {
      const runs: [number, number][] = [];
      keys.forEach((key, at) => {
        if (spec(key).owner !== 'board') return;
        const last = runs[runs.length - 1];
        if (last && last[0] + last[1] === at + 1) last[1] += 1;
        else runs.push([at + 1, 1]);
      });
      return runs;
    },
  };
}

/**
 * Mål: one row per target, and one per delmål without a target. Målvärde and Utfall are words ("cirka 15",
 * "5 av cirka 15"); Framsteg is a number shown as percent.
 */
export const GOALS = defineSheet(SHEET_NAMES.goals, {
  id: textColumn('ID', 'plan'),
  area: textColumn('Område', 'plan'),
  subgoal: textColumn('Delmål', 'plan'),
  goal: textColumn('Mål', 'plan'),
  kind: textColumn('Typ', 'plan'),
  targetValue: valueColumn('Målvärde', 'plan'),
  period: textColumn('Period', 'plan'),
  result: valueColumn('Utfall', 'addon'),
  progress: numberColumn('Framsteg', 'addon'),
  status: textColumn('Status', 'addon'),
  owner: textColumn('Ansvarig', 'board'),
  comment: textColumn('Kommentar', 'board'),
  /** Last, so a register made before forecasts keeps the board's columns where they were. */
  forecast: textColumn('Prognos', 'addon'),
});

/**
 * Number formats of Mål's columns: the words of Målvärde, Utfall and Prognos are plain text, so "8,4 %" stays the
 * words written instead of becoming a number; Framsteg shows its number as "120 %" (the quotes keep Sheets from
 * multiplying by 100).
 */
export const GOAL_FORMATS = {
  targetValue: '@',
  result: '@',
  progress: '0" %"',
  forecast: '@',
} as const satisfies Partial<Record<SheetKey<typeof GOALS.columns>, string>>;

/** Aktiviteter: the plan's activities with the board's follow-up. */
export const ACTIVITIES = defineSheet(SHEET_NAMES.activities, {
  id: textColumn('ID', 'plan'),
  subgoal: textColumn('Delmål', 'plan'),
  text: textColumn('Aktivitet', 'plan'),
  owner: textColumn('Ansvarig', 'board'),
  status: textColumn('Status', 'board'),
  deadline: dateColumn('Deadline', 'board'),
  changedAt: dateColumn('Senast ändrad', 'addon'),
  comment: textColumn('Kommentar', 'board'),
});

/** Logg: what members did. Rows come from the web app, the extension, or are typed by the board; it is exported. */
export const LOG = defineSheet(
  SHEET_NAMES.log,
  {
    at: dateColumn('Tid', 'board'),
    member: textColumn('Medlem', 'board'),
    branch: textColumn('Partiförening', 'board'),
    subgoal: textColumn('Delmål', 'board'),
    activity: textColumn('Aktivitet', 'board'),
    kind: textColumn('Typ', 'board'),
    quantity: numberColumn('Antal', 'board'),
    url: textColumn('Länk', 'board'),
    category: textColumn('Område', 'board'),
    note: textColumn('Anteckning', 'board'),
    source: textColumn('Källa', 'addon'),
    id: textColumn('ID', 'addon'),
    /** Last, so a register made before roles were logged keeps its columns where they were. */
    role: textColumn('Roll', 'board'),
  },
  { exported: true },
);

/** Partiföreningar: name and Zetkin id; one more column per role the plan's coverage targets ask for. */
export const BRANCHES = defineSheet(SHEET_NAMES.branches, {
  name: textColumn('Namn', 'board'),
  zetkinId: textColumn('Zetkin-ID', 'board'),
});

/** Mätvärden: results the board records by hand for share, trend and level targets (an election result, a follower
 * count, the members at the end of the year). */
export const RECORDED = defineSheet(SHEET_NAMES.recorded, {
  at: dateColumn('Datum', 'board'),
  targetId: textColumn('Mål-ID', 'board'),
  value: numberColumn('Värde', 'board'),
  note: textColumn('Kommentar', 'board'),
});

/** Hidden: the imported plan as JSON, so every command can recompute without the plan text. */
export const PLAN_SHEET = SHEET_NAMES.plan;
/** Where a year's log rows go when the board archives it. */
export function archiveSheetName(year: number): string {
  return `${LOG.name} ${year}`;
}
