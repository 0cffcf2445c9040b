// The shape every computed report takes, so the add-on, the CLI and the preview render any report the same way.
import { z } from '../zod.ts';

export const TargetStatus = z.enum(['on_track', 'behind', 'done', 'open', 'not_met', 'no_data']);
export type TargetStatus = z.infer<typeof TargetStatus>;

/** Swedish status words shown in the sheet (the board's language). */
export const TARGET_STATUS_LABELS: Record<TargetStatus, { sv: string; en: string }> = {
  on_track: { sv: 'I fas', en: 'On track' },
  behind: { sv: 'Efter', en: 'Behind' },
  done: { sv: 'Klar', en: 'Done' },
  open: { sv: 'Pågår', en: 'In progress' },
  not_met: { sv: 'Ej uppnått', en: 'Not met' },
  no_data: { sv: 'Saknar utfall', en: 'No data' },
};

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
  series: z.array(z.object({ name: z.string(), values: z.array(z.number()) })),
  /** Axis titles. */
  xLabel: z.string(),
  yLabel: z.string(),
});
export type ReportChart = z.infer<typeof ReportChart>;

export const Report = z.object({
  title: z.string(),
  /** ISO date the report was computed for. */
  asOf: z.string(),
  tables: z.array(ReportTable),
  charts: z.array(ReportChart),
});
export type Report = z.infer<typeof Report>;
