// How a target stands, as the progress computation judges it and the Mål sheet, the reports and the colours show it.
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
