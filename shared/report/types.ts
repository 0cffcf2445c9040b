// The shape every computed report takes, so the add-on, the CLI and the preview render any report the same way.
import { TargetStatus } from '../model/target-status.ts';
import { z } from '../zod.ts';

/** A cell of a report table: text, a number, or empty. */
export const ReportCell = z.union([z.string(), z.number(), z.null()]);
export type ReportCell = z.infer<typeof ReportCell>;

export const ReportTable = z.object({
  heading: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.array(ReportCell)),
});
export type ReportTable = z.infer<typeof ReportTable>;

/** A chart as data: the add-on turns it into an embedded Sheets chart, the preview into SVG. */
export const ReportChart = z.object({
  title: z.string(),
  type: z.enum(['bar', 'line']),
  /** Category labels along the x axis (delmål ids, dates, quarters). */
  categories: z.array(z.string()),
  series: z.array(
    z.object({
      name: z.string(),
      /** One per category; null where the series has no bar (a status series on another status's delmål). */
      values: z.array(z.number().nullable()),
      /** The series shows targets of this status, and takes its colour (green, amber, red as in Mål). */
      status: TargetStatus.optional(),
    }),
  ),
  /** Axis titles. */
  xLabel: z.string(),
  yLabel: z.string(),
  /** Series stack on each other: each category has a value in one series only, coloured by its status. */
  stacked: z.boolean().optional(),
  /** Values are percent: the value axis runs from 0 to 100 %. */
  percent: z.boolean().optional(),
});
export type ReportChart = z.infer<typeof ReportChart>;

export const Report = z.object({
  title: z.string(),
  /** The sheet the report is kept in ("Rapport 2024", "Rapport 2024 Q2"): regenerating it replaces only that one. */
  sheet: z.string(),
  /** ISO date the report was computed for. */
  asOf: z.string(),
  tables: z.array(ReportTable),
  charts: z.array(ReportChart),
});
export type Report = z.infer<typeof Report>;
