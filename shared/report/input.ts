// What every report computation takes: the plan, the logged actions, the partiföreningar and the board's recorded results.
import type { Action } from '../model/action.ts';
import type { ActivityFollowUp } from '../model/activity-status.ts';
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

export type ReportInput = {
  plan: Plan;
  actions: readonly Action[];
  branches: readonly Branch[];
  recorded: readonly RecordedValue[];
  /** The board's follow-up of the plan's activities (Aktiviteter); an activity missing here has not started. */
  activities?: readonly ActivityFollowUp[];
  /** The day the report is computed for (`YYYY-MM-DD`, Stockholm); actions and results after it are ignored. */
  asOf: string;
  /** Maps an `at` to its Stockholm day `YYYY-MM-DD`; defaults to the built-in EU summer-time rule (see calendar.ts). */
  dayOf?: (at: string) => string;
};
