// The workbook's data model as zod schemas: the single source of the in-memory shapes and the saved JSON file.

import { z } from '../../shared/zod.ts';

/** The number comparisons, named alike in data validation and conditional format rules. */
export const NUMBER_CRITERIA = [
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
] as const;

export const DATA_VALIDATION_CRITERIA = [
  'CHECKBOX',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  ...NUMBER_CRITERIA,
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
] as const;
export type DataValidationCriteria = (typeof DATA_VALIDATION_CRITERIA)[number];

export const BOOLEAN_CRITERIA = [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_NOT_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  ...NUMBER_CRITERIA,
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
] as const;
export type BooleanCriteria = (typeof BOOLEAN_CRITERIA)[number];

export const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const PROTECTION_TYPES = ['RANGE', 'SHEET'] as const;

/** A rectangle on one sheet, 1-based, as every stored range (named ranges, charts, protections…) is kept. */
export const GridRef = z.object({
  sheetId: z.number().int(),
  row: z.number().int().min(1),
  column: z.number().int().min(1),
  numRows: z.number().int().min(1),
  numColumns: z.number().int().min(1),
});
export type GridRef = z.infer<typeof GridRef>;

/** A value a validation or conditional-format criterion was built with; dates and ranges are tagged. */
export const CriterionArg = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  /** A date, as epoch milliseconds. */
  z.strictObject({ date: z.number() }),
  z.strictObject({ range: GridRef }),
  z.strictObject({ list: z.array(z.string()) }),
]);
export type CriterionArg = z.infer<typeof CriterionArg>;

export const ValidationSpec = z.object({
  criteria: z.enum(DATA_VALIDATION_CRITERIA),
  args: z.array(CriterionArg),
  allowInvalid: z.boolean(),
  helpText: z.string(),
  /** For a custom formula: the cell its relative references are written for (the first cell it was set on). */
  anchor: z.object({ row: z.number().int(), column: z.number().int() }).optional(),
});
export type ValidationSpec = z.infer<typeof ValidationSpec>;

export const CellStyle = z.object({
  numberFormat: z.string().optional(),
  background: z.string().optional(),
  fontColor: z.string().optional(),
  fontWeight: z.enum(['bold', 'normal']).optional(),
  fontStyle: z.enum(['italic', 'normal']).optional(),
  fontSize: z.number().optional(),
  fontFamily: z.string().optional(),
  wrap: z.boolean().optional(),
  horizontalAlignment: z.string().optional(),
  verticalAlignment: z.string().optional(),
});
export type CellStyle = z.infer<typeof CellStyle>;

/** One cell. A date is a number (days since 1899-12-30, wall clock in the spreadsheet's zone) with a date format. */
export const Cell = z.object({
  value: z.union([z.number(), z.string(), z.boolean()]).optional(),
  formula: z.string().optional(),
  /** Typed or written with a leading apostrophe: the formula bar shows `'…`. */
  quoted: z.literal(true).optional(),
  note: z.string().optional(),
  style: CellStyle.optional(),
  validation: ValidationSpec.optional(),
});
export type Cell = z.infer<typeof Cell>;

export const ProtectionSpec = z.object({
  id: z.number().int(),
  type: z.enum(PROTECTION_TYPES),
  /** The protected range; a sheet protection covers its whole sheet. */
  range: GridRef,
  description: z.string(),
  warningOnly: z.boolean(),
  /** null: mirrors the spreadsheet's editors, as a fresh protection does until the script changes its editors. */
  editors: z.array(z.string()).nullable(),
  domainEdit: z.boolean(),
  unprotected: z.array(GridRef),
});
export type ProtectionSpec = z.infer<typeof ProtectionSpec>;

export const ChartSpec = z.object({
  id: z.number().int(),
  chartType: z.enum(CHART_TYPES),
  ranges: z.array(GridRef),
  anchor: z.object({
    row: z.number().int(),
    column: z.number().int(),
    offsetX: z.number().int(),
    offsetY: z.number().int(),
  }),
  options: z.record(z.string(), z.json()),
});
export type ChartSpec = z.infer<typeof ChartSpec>;

export const ConditionalFormatSpec = z.object({
  ranges: z.array(GridRef),
  condition: z.object({ type: z.enum(BOOLEAN_CRITERIA), args: z.array(CriterionArg) }),
  format: z.object({
    background: z.string().optional(),
    fontColor: z.string().optional(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    strikethrough: z.boolean().optional(),
    underline: z.boolean().optional(),
  }),
});
export type ConditionalFormatSpec = z.infer<typeof ConditionalFormatSpec>;

export const SheetMeta = z.object({
  id: z.number().int(),
  name: z.string().min(1),
  maxRows: z.number().int().min(1),
  maxColumns: z.number().int().min(1),
  frozenRows: z.number().int().min(0),
  frozenColumns: z.number().int().min(0),
  hidden: z.boolean(),
  tabColor: z.string().nullable(),
  columnWidths: z.record(z.string(), z.number()),
  rowHeights: z.record(z.string(), z.number()),
  protections: z.array(ProtectionSpec),
  charts: z.array(ChartSpec),
  conditionalFormats: z.array(ConditionalFormatSpec),
});
export type SheetMeta = z.infer<typeof SheetMeta>;

export const NamedRangeSpec = z.object({ name: z.string(), range: GridRef });
export type NamedRangeSpec = z.infer<typeof NamedRangeSpec>;

export const PropertyStores = z.object({
  script: z.record(z.string(), z.string()),
  document: z.record(z.string(), z.string()),
  /** Per user e-mail address. */
  user: z.record(z.string(), z.record(z.string(), z.string())),
});
export type PropertyStores = z.infer<typeof PropertyStores>;

export const WORKBOOK_FORMAT = 'malkoll-apps-script-workbook';

/** The saved file: one JSON document holding the whole spreadsheet plus the script's property stores. */
export const WorkbookFile = z.strictObject({
  format: z.literal(WORKBOOK_FORMAT),
  version: z.literal(1),
  id: z.string().min(1),
  name: z.string(),
  timeZone: z.string(),
  locale: z.string(),
  activeSheetId: z.number().int(),
  nextIds: z.object({ sheet: z.number().int(), chart: z.number().int(), protection: z.number().int() }),
  sheets: z
    .array(
      SheetMeta.extend({ cells: z.array(Cell.extend({ r: z.number().int().min(1), c: z.number().int().min(1) })) }),
    )
    .min(1),
  namedRanges: z.array(NamedRangeSpec),
  properties: PropertyStores,
});
export type WorkbookFile = z.infer<typeof WorkbookFile>;
