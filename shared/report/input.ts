// What every report computation takes: the plan, the logged actions, the partiföreningar and the board's recorded results.
import type { Action } from '../model/action.ts';
import type { Branch } from '../model/branch.ts';
import type { Plan } from '../model/plan.ts';
import { z } from '../zod.ts';

/** A result the board enters by hand for a share or trend target (an election result, a follower count). */
export const RecordedValue = z.object({
  targetId: z.string().min(1),
  /** ISO date (`2024-06-09`) or date-time with offset. */
  at: z.string().min(1),
  value: z.number(),
});
export type RecordedValue = z.infer<typeof RecordedValue>;

/** Where an activity stands as the board keeps it in Aktiviteter. */
export const ActivityStatus = z.enum(['not_started', 'in_progress', 'done', 'dropped']);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** One activity's follow-up: its status and, when the board set one, its deadline (ISO day). */
export type ActivityState = { id: string; status: ActivityStatus; deadline?: string };

export type ReportInput = {
  plan: Plan;
  actions: readonly Action[];
  branches: readonly Branch[];
  recorded: readonly RecordedValue[];
  /** The board's follow-up of the plan's activities, by activity id; an activity missing here has not started. */
  activities?: readonly ActivityState[];
  /** The day the report is computed for (`YYYY-MM-DD`, Stockholm); actions and results after it are ignored. */
  asOf: string;
  /** Maps an `at` to its Stockholm day `YYYY-MM-DD`; defaults to the built-in EU summer-time rule (see calendar.ts). */
  dayOf?: (at: string) => string;
};
