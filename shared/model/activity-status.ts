// How the board follows up an activity in Aktiviteter (the Status dropdown, a deadline, a comment), as the reports, the
// verksamhetsberättelse and the overview read it.
import { z } from '../zod.ts';

export const ActivityStatus = z.enum(['not_started', 'in_progress', 'done', 'dropped']);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** The dropdown's words, in the dropdown's order; a new activity starts as the first. */
export const ACTIVITY_STATUS_LABELS = {
  not_started: { sv: 'Ej påbörjad', en: 'Not started' },
  in_progress: { sv: 'Pågår', en: 'In progress' },
  done: { sv: 'Klar', en: 'Done' },
  dropped: { sv: 'Struken', en: 'Dropped' },
} as const satisfies Record<ActivityStatus, { sv: string; en: string }>;

/** The status a Status cell names (Swedish or English, any case); undefined for any other text. */
export function activityStatusOf(text: string): ActivityStatus | undefined {
  const wanted = text.trim().toLowerCase();
  return ActivityStatus.options.find((status) => {
    const label = ACTIVITY_STATUS_LABELS[status];
    return label.sv.toLowerCase() === wanted || label.en.toLowerCase() === wanted;
  });
}

/** One Aktiviteter row as the board left it. */
export type ActivityFollowUp = {
  id: string;
  subgoalId: string;
  text: string;
  owner: string;
  /** Undefined when the cell holds something else than the dropdown's words. */
  status: ActivityStatus | undefined;
  /** ISO date, or null when none is set. */
  deadline: string | null;
  /** Someone has edited the row (the add-on stamps Senast ändrad): a status is the board's, not the import's default. */
  touched: boolean;
  comment: string;
};
