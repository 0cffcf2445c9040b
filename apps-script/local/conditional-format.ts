// Conditional format rules kept as specs (a boolean condition, the ranges it covers and the format it applies), and
// which rule's format a cell shows.

import { normalizeColor } from './colors.ts';
import { type Context, rangesAt, ServiceObject } from './context.ts';
import { countCalls } from './counters.ts';
import { comparisonHolds, formulaHolds, fromArg, isComparison } from './criteria.ts';
import { FormulaError } from './formula.ts';
import type { Google } from './google.ts';
import type { BooleanCriteria, ConditionalFormatSpec, CriterionArg, GridRef } from './model.ts';
import type { Range } from './spreadsheet/range.ts';
import { displayValue, isDate } from './values.ts';
import type { SheetData, Workbook } from './workbook.ts';

function toArg(value: unknown): CriterionArg {
  if (isDate(value)) return { date: value.getTime() };
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

class BooleanCondition extends ServiceObject implements Google<BooleanCondition> {
  static gasName = 'BooleanCondition';
  declare readonly _google: GoogleAppsScript.Spreadsheet.BooleanCondition;

  constructor(
    ctx: Context,
    private readonly spec: ConditionalFormatSpec,
  ) {
    super(ctx);
  }

  getCriteriaType(): BooleanCriteria {
    return this.spec.condition.type;
  }

  getCriteriaValues(): unknown[] {
    return this.spec.condition.args.map((a) => fromArg(this.ctx, a));
  }

  getBackground(): string | null {
    return this.spec.format.background ?? null;
  }

  getFontColor(): string | null {
    return this.spec.format.fontColor ?? null;
  }

  getBold(): boolean | null {
    return this.spec.format.bold ?? null;
  }

  getItalic(): boolean | null {
    return this.spec.format.italic ?? null;
  }

  getStrikethrough(): boolean | null {
    return this.spec.format.strikethrough ?? null;
  }

  getUnderline(): boolean | null {
    return this.spec.format.underline ?? null;
  }
}

export class ConditionalFormatRule extends ServiceObject implements Google<ConditionalFormatRule> {
  static gasName = 'ConditionalFormatRule';
  declare readonly _google: GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

  constructor(
    ctx: Context,
    readonly _spec: ConditionalFormatSpec,
  ) {
    super(ctx);
  }

  getBooleanCondition(): BooleanCondition {
    return new BooleanCondition(this.ctx, this._spec);
  }

  /** Gradient rules are not supported, so no rule has a gradient condition. */
  getGradientCondition(): null {
    return null;
  }

  getRanges(): Range[] {
    return rangesAt(this.ctx, this._spec.ranges);
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx, structuredClone(this._spec));
  }
}

/** whenDate…(date) take no RelativeDate: the runtime has no RelativeDate enum, so relative-date rules cannot be built. */
export class ConditionalFormatRuleBuilder
  extends ServiceObject
  implements Google<ConditionalFormatRuleBuilder, 'whenDateAfter' | 'whenDateBefore' | 'whenDateEqualTo'>
{
  static gasName = 'ConditionalFormatRuleBuilder';
  declare readonly _google: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  private spec: ConditionalFormatSpec;

  constructor(ctx: Context, spec?: ConditionalFormatSpec) {
    super(ctx);
    this.spec = spec ?? { ranges: [], condition: { type: 'CELL_NOT_EMPTY', args: [] }, format: {} };
  }

  private when(type: BooleanCriteria, args: unknown[]): ConditionalFormatRuleBuilder {
    this.spec.condition = { type, args: args.map(toArg) };
    return this;
  }

  withCriteria(criteria: BooleanCriteria, args: unknown[]): ConditionalFormatRuleBuilder {
    return this.when(criteria, args);
  }

  whenCellEmpty(): ConditionalFormatRuleBuilder {
    return this.when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): ConditionalFormatRuleBuilder {
    return this.when('CELL_NOT_EMPTY', []);
  }

  whenDateAfter(date: Date): ConditionalFormatRuleBuilder {
    return this.when('DATE_AFTER', [date]);
  }

  whenDateBefore(date: Date): ConditionalFormatRuleBuilder {
    return this.when('DATE_BEFORE', [date]);
  }

  whenDateEqualTo(date: Date): ConditionalFormatRuleBuilder {
    return this.when('DATE_EQUAL_TO', [date]);
  }

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    return this.when('CUSTOM_FORMULA', [formula]);
  }

  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }

  whenNumberEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_EQUAL_TO', [number]);
  }

  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN', [number]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberLessThan(number: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN', [number]);
  }

  whenNumberLessThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberNotBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }

  whenNumberNotEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_NOT_EQUAL_TO', [number]);
  }

  whenTextContains(text: string): ConditionalFormatRuleBuilder {
    return this.when('TEXT_CONTAINS', [text]);
  }

  whenTextDoesNotContain(text: string): ConditionalFormatRuleBuilder {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }

  whenTextEndsWith(text: string): ConditionalFormatRuleBuilder {
    return this.when('TEXT_ENDS_WITH', [text]);
  }

  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    return this.when('TEXT_EQUAL_TO', [text]);
  }

  whenTextStartsWith(text: string): ConditionalFormatRuleBuilder {
    return this.when('TEXT_STARTS_WITH', [text]);
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    const c = color === null ? null : normalizeColor(color);
    if (c) this.spec.format.background = c;
    else delete this.spec.format.background;
    return this;
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    const c = color === null ? null : normalizeColor(color);
    if (c) this.spec.format.fontColor = c;
    else delete this.spec.format.fontColor;
    return this;
  }

  setBold(bold: boolean): ConditionalFormatRuleBuilder {
    this.spec.format.bold = bold;
    return this;
  }

  setItalic(italic: boolean): ConditionalFormatRuleBuilder {
    this.spec.format.italic = italic;
    return this;
  }

  setStrikethrough(strikethrough: boolean): ConditionalFormatRuleBuilder {
    this.spec.format.strikethrough = strikethrough;
    return this;
  }

  setUnderline(underline: boolean): ConditionalFormatRuleBuilder {
    this.spec.format.underline = underline;
    return this;
  }

  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    this.spec.ranges = ranges.map((r) => r._ref());
    return this;
  }

  getRanges(): Range[] {
    return rangesAt(this.ctx, this.spec.ranges);
  }

  getBooleanCondition(): BooleanCondition {
    return new BooleanCondition(this.ctx, this.spec);
  }

  build(): ConditionalFormatRule {
    return new ConditionalFormatRule(this.ctx, structuredClone(this.spec));
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx, structuredClone(this.spec));
  }
}

export type ConditionalFormat = ConditionalFormatSpec['format'];

function covers(ref: GridRef, row: number, column: number): boolean {
  return row >= ref.row && row < ref.row + ref.numRows && column >= ref.column && column < ref.column + ref.numColumns;
}

/** Whether a rule's condition holds for one cell. Text conditions ignore case, as Sheets' text rules do. */
function conditionHolds(wb: Workbook, sheet: SheetData, rule: ConditionalFormatSpec, row: number, column: number) {
  const { type, args } = rule.condition;
  const [a] = args;
  const raw = wb.rawValue(sheet, row, column);
  const empty = raw === null || raw === '';
  if (type === 'CELL_EMPTY') return empty;
  if (type === 'CELL_NOT_EMPTY') return !empty;
  if (type === 'CUSTOM_FORMULA') {
    // Relative references are written for the top-left cell of the rule's first range.
    return formulaHolds(wb, sheet, String(a), { row, column }, rule.ranges[0] ?? { row, column });
  }
  if (raw instanceof FormulaError) return false;
  const format = wb.cell(sheet, row, column)?.style?.numberFormat;
  if (isComparison(type)) return comparisonHolds(wb, type, args, raw, format);
  const text = raw === null ? '' : displayValue(raw, format, wb.rules).toLowerCase();
  const wanted = String(a ?? '').toLowerCase();
  switch (type) {
    case 'TEXT_EQUAL_TO':
      return text === wanted;
    case 'TEXT_NOT_EQUAL_TO':
      return text !== wanted;
    case 'TEXT_CONTAINS':
      return text.includes(wanted);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(wanted);
    case 'TEXT_STARTS_WITH':
      return text.startsWith(wanted);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(wanted);
    case 'DATE_AFTER_RELATIVE':
    case 'DATE_BEFORE_RELATIVE':
    case 'DATE_EQUAL_TO_RELATIVE':
      // Relative dates (today, past week …) need the runtime's RelativeDate enum, which it does not offer.
      return false;
  }
}

/**
 * The format a cell's conditional rules put on top of its own: the first rule, in the sheet's order, that covers the
 * cell and whose condition holds, as in Sheets (later matching rules add nothing). Null when no rule applies.
 */
export function conditionalFormatOf(
  wb: Workbook,
  sheet: SheetData,
  row: number,
  column: number,
): ConditionalFormat | null {
  for (const rule of sheet.conditionalFormats) {
    if (!rule.ranges.some((ref) => ref.sheetId === sheet.id && covers(ref, row, column))) continue;
    if (conditionHolds(wb, sheet, rule, row, column)) return rule.format;
  }
  return null;
}

for (const cls of [BooleanCondition, ConditionalFormatRule, ConditionalFormatRuleBuilder]) countCalls(cls);
