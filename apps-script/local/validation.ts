// Data validation rules: the builder, the rule object, and the check Sheets applies when a person types into a cell.

import { type Context, ServiceObject } from './context.ts';
import { countCalls } from './counters.ts';
import { comparisonHolds, formulaHolds, fromArg, isComparison } from './criteria.ts';
import { ScriptException } from './errors.ts';
import { FormulaError } from './formula.ts';
import type { Google } from './google.ts';
import type { CriterionArg, DataValidationCriteria, ValidationSpec } from './model.ts';
import type { Range } from './spreadsheet/range.ts';
import { displayValue, isDate, isDateFormat } from './values.ts';
import type { SheetData } from './workbook.ts';

/** Converts builder arguments into storable criterion values. */
function toArg(ctx: Context, value: unknown): CriterionArg {
  if (value instanceof ctx.classes.Range) return { range: value._ref() };
  if (isDate(value)) return { date: value.getTime() };
  if (Array.isArray(value)) return { list: value.map(String) };
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** getHelpText() is null when the rule has none, as Google documents (@types says string). */
export class DataValidation extends ServiceObject implements Google<DataValidation, 'getHelpText'> {
  static gasName = 'DataValidation';
  declare readonly _google: GoogleAppsScript.Spreadsheet.DataValidation;

  constructor(
    ctx: Context,
    readonly _spec: ValidationSpec,
  ) {
    super(ctx);
  }

  getCriteriaType(): DataValidationCriteria {
    return this._spec.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this._spec.args.map((a) => fromArg(this.ctx, a));
  }

  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }

  getHelpText(): string | null {
    return this._spec.helpText === '' ? null : this._spec.helpText;
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx, structuredClone(this._spec));
  }
}

type Draft = Omit<ValidationSpec, 'criteria'> & { criteria?: DataValidationCriteria };

/** getCriteriaType() is null until a criterion is set (Google does not say; @types says never null). */
export class DataValidationBuilder extends ServiceObject implements Google<DataValidationBuilder, 'getCriteriaType'> {
  static gasName = 'DataValidationBuilder';
  declare readonly _google: GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  private draft: Draft;

  /** A new rule allows invalid data (shows a warning) until setAllowInvalid(false), as Google documents. */
  constructor(ctx: Context, spec?: ValidationSpec) {
    super(ctx);
    this.draft = spec ?? { args: [], allowInvalid: true, helpText: '' };
  }

  private require(criteria: DataValidationCriteria, args: unknown[]): DataValidationBuilder {
    this.draft.criteria = criteria;
    this.draft.args = args.map((a) => toArg(this.ctx, a));
    return this;
  }

  withCriteria(criteria: DataValidationCriteria, args: unknown[]): DataValidationBuilder {
    return this.require(criteria, args);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilder {
    return this.require(
      'CHECKBOX',
      [checkedValue, uncheckedValue].filter((v) => v !== undefined),
    );
  }

  requireDate(): DataValidationBuilder {
    return this.require('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: Date): DataValidationBuilder {
    return this.require('DATE_AFTER', [date]);
  }

  requireDateBefore(date: Date): DataValidationBuilder {
    return this.require('DATE_BEFORE', [date]);
  }

  requireDateBetween(start: Date, end: Date): DataValidationBuilder {
    return this.require('DATE_BETWEEN', [start, end]);
  }

  requireDateEqualTo(date: Date): DataValidationBuilder {
    return this.require('DATE_EQUAL_TO', [date]);
  }

  requireDateNotBetween(start: Date, end: Date): DataValidationBuilder {
    return this.require('DATE_NOT_BETWEEN', [start, end]);
  }

  requireDateOnOrAfter(date: Date): DataValidationBuilder {
    return this.require('DATE_ON_OR_AFTER', [date]);
  }

  requireDateOnOrBefore(date: Date): DataValidationBuilder {
    return this.require('DATE_ON_OR_BEFORE', [date]);
  }

  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this.require('CUSTOM_FORMULA', [formula]);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this.require('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberEqualTo(number: number): DataValidationBuilder {
    return this.require('NUMBER_EQUAL_TO', [number]);
  }

  requireNumberGreaterThan(number: number): DataValidationBuilder {
    return this.require('NUMBER_GREATER_THAN', [number]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberLessThan(number: number): DataValidationBuilder {
    return this.require('NUMBER_LESS_THAN', [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberNotBetween(start: number, end: number): DataValidationBuilder {
    return this.require('NUMBER_NOT_BETWEEN', [start, end]);
  }

  requireNumberNotEqualTo(number: number): DataValidationBuilder {
    return this.require('NUMBER_NOT_EQUAL_TO', [number]);
  }

  requireTextContains(text: string): DataValidationBuilder {
    return this.require('TEXT_CONTAINS', [text]);
  }

  requireTextDoesNotContain(text: string): DataValidationBuilder {
    return this.require('TEXT_DOES_NOT_CONTAIN', [text]);
  }

  requireTextEqualTo(text: string): DataValidationBuilder {
    return this.require('TEXT_EQUAL_TO', [text]);
  }

  requireTextIsEmail(): DataValidationBuilder {
    return this.require('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): DataValidationBuilder {
    return this.require('TEXT_IS_VALID_URL', []);
  }

  /** showDropdown defaults to true. */
  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    return this.require('VALUE_IN_LIST', [values, showDropdown]);
  }

  requireValueInRange(range: Range, showDropdown = true): DataValidationBuilder {
    return this.require('VALUE_IN_RANGE', [range, showDropdown]);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.draft.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.draft.helpText = helpText;
    return this;
  }

  getAllowInvalid(): boolean {
    return this.draft.allowInvalid;
  }

  getHelpText(): string | null {
    return this.draft.helpText === '' ? null : this.draft.helpText;
  }

  getCriteriaType(): DataValidationCriteria | null {
    return this.draft.criteria ?? null;
  }

  getCriteriaValues(): unknown[] {
    return this.draft.args.map((a) => fromArg(this.ctx, a));
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx, structuredClone(this.draft) as ValidationSpec);
  }

  build(): DataValidation {
    const { criteria } = this.draft;
    if (!criteria) throw new ScriptException('The data validation rule has no criteria.');
    return new DataValidation(this.ctx, structuredClone({ ...this.draft, criteria }));
  }
}

/** Whether the cell's current content satisfies its rule (an empty cell always does), as Sheets marks invalid cells. */
export function cellSatisfiesRule(ctx: Context, sheet: SheetData, row: number, column: number): boolean {
  const wb = ctx.workbook;
  const cell = wb.cell(sheet, row, column);
  const rule = cell?.validation;
  if (!rule) return true;
  const raw = wb.rawValue(sheet, row, column);
  if (raw === null || raw === '') return true;
  if (raw instanceof FormulaError) return false;
  const format = cell?.style?.numberFormat;
  if (isComparison(rule.criteria)) return comparisonHolds(wb, rule.criteria, rule.args, raw, format);
  const text = displayValue(raw, format, wb.rules);
  const [a] = rule.args;
  switch (rule.criteria) {
    case 'CHECKBOX':
      return rule.args.length === 0 ? typeof raw === 'boolean' : rule.args.some((v) => String(v) === String(raw));
    case 'DATE_IS_VALID_DATE':
      return typeof raw === 'number' && isDateFormat(format);
    case 'TEXT_CONTAINS':
      return text.toLowerCase().includes(String(a).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.toLowerCase().includes(String(a).toLowerCase());
    case 'TEXT_EQUAL_TO':
      return text === String(a);
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case 'TEXT_IS_VALID_URL':
      return /^(?:(?:https?|ftp):\/\/)?[^\s/.]+(?:\.[^\s/.]+)+(?:[/?#]\S*)?$/i.test(text);
    case 'VALUE_IN_LIST': {
      const list = typeof a === 'object' && 'list' in a ? a.list : [];
      return list.includes(text) || list.includes(String(raw));
    }
    case 'VALUE_IN_RANGE': {
      if (typeof a !== 'object' || !('range' in a)) return false;
      const source = wb.sheetById(a.range.sheetId);
      if (!source) return false;
      for (let r = a.range.row; r < a.range.row + a.range.numRows; r++) {
        for (let c = a.range.column; c < a.range.column + a.range.numColumns; c++) {
          const v = wb.rawValue(source, r, c);
          if (v === null || v instanceof FormulaError) continue;
          if (displayValue(v, wb.cell(source, r, c)?.style?.numberFormat, wb.rules) === text) return true;
        }
      }
      return false;
    }
    case 'CUSTOM_FORMULA':
      return formulaHolds(wb, sheet, String(a), { row, column }, rule.anchor ?? { row, column });
  }
}

for (const cls of [DataValidation, DataValidationBuilder]) countCalls(cls);
