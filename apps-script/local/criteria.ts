// The criteria data validation and conditional format rules have in common (their stored arguments, number and date
// comparisons, custom formulas), judged one way for both.

import { type Context, rangesAt } from './context.ts';
import { type EvalScalar, evaluateFormula } from './formula.ts';
import type { CriterionArg, NUMBER_CRITERIA } from './model.ts';
import { dateToSerial, isDateFormat } from './values.ts';
import type { SheetData, Workbook } from './workbook.ts';

/** What getCriteriaValues() hands back: Dates, Ranges and lists as the script passed them. */
export function fromArg(ctx: Context, arg: CriterionArg): unknown {
  if (typeof arg !== 'object') return arg;
  if ('date' in arg) return new Date(arg.date);
  if ('list' in arg) return [...arg.list];
  return rangesAt(ctx, [arg.range])[0] ?? null;
}

type Comparison = (value: number, a: number, b: number) => boolean;

const numberComparisons: Record<(typeof NUMBER_CRITERIA)[number], Comparison> = {
  NUMBER_BETWEEN: (v, a, b) => v >= a && v <= b,
  NUMBER_EQUAL_TO: (v, a) => v === a,
  NUMBER_GREATER_THAN: (v, a) => v > a,
  NUMBER_GREATER_THAN_OR_EQUAL_TO: (v, a) => v >= a,
  NUMBER_LESS_THAN: (v, a) => v < a,
  NUMBER_LESS_THAN_OR_EQUAL_TO: (v, a) => v <= a,
  NUMBER_NOT_BETWEEN: (v, a, b) => v < a || v > b,
  NUMBER_NOT_EQUAL_TO: (v, a) => v !== a,
};

/** Date comparisons work on whole days. */
const dateComparisons = {
  DATE_AFTER: (day, a) => day > a,
  DATE_BEFORE: (day, a) => day < a,
  DATE_BETWEEN: (day, a, b) => day >= a && day <= b,
  DATE_EQUAL_TO: (day, a) => day === a,
  DATE_NOT_BETWEEN: (day, a, b) => day < a || day > b,
  DATE_NOT_EQUAL_TO: (day, a) => day !== a,
  DATE_ON_OR_AFTER: (day, a) => day >= a,
  DATE_ON_OR_BEFORE: (day, a) => day <= a,
} satisfies Record<string, Comparison>;

type NumberCriterion = keyof typeof numberComparisons;
type DateCriterion = keyof typeof dateComparisons;

function isNumberCriterion(type: string): type is NumberCriterion {
  return Object.hasOwn(numberComparisons, type);
}

/** Whether a criterion compares the cell's number (or date) with its arguments. */
export function isComparison<T extends string>(type: T): type is Extract<T, NumberCriterion | DateCriterion> {
  return isNumberCriterion(type) || Object.hasOwn(dateComparisons, type);
}

function numberOf(arg: CriterionArg | undefined): number {
  return typeof arg === 'number' ? arg : Number(arg);
}

/** The day serial of a date criterion argument (NaN for anything else). */
function dateSerialOf(arg: CriterionArg | undefined, workbook: Workbook): number {
  return typeof arg === 'object' && 'date' in arg ? Math.floor(dateToSerial(arg.date, workbook.timeZone)) : Number.NaN;
}

/**
 * Whether a cell's value meets a number or date comparison: only numbers can, and for a date comparison only a number
 * the cell shows in a date format.
 */
export function comparisonHolds(
  wb: Workbook,
  type: NumberCriterion | DateCriterion,
  args: readonly CriterionArg[],
  raw: EvalScalar,
  format: string | undefined,
): boolean {
  if (typeof raw !== 'number') return false;
  const [a, b] = args;
  if (isNumberCriterion(type)) return numberComparisons[type](raw, numberOf(a), numberOf(b));
  if (!isDateFormat(format)) return false;
  return dateComparisons[type](Math.floor(raw), dateSerialOf(a, wb), dateSerialOf(b, wb));
}

/**
 * Whether a custom formula holds for one cell (true or a non-zero number). Its relative references are written for
 * the anchor cell, so they shift by the cell's distance from it.
 */
export function formulaHolds(
  wb: Workbook,
  sheet: SheetData,
  formula: string,
  cell: { row: number; column: number },
  anchor: { row: number; column: number },
): boolean {
  const result = evaluateFormula(formula, wb.evalHost(sheet, cell.row - anchor.row, cell.column - anchor.column));
  return result === true || (typeof result === 'number' && result !== 0);
}
