// Aktiviteter rows → where each activity stands (status and deadline), for the reports' activity counts.
import type { ActivityState, ActivityStatus } from '../report/input.ts';
import { cellInstant, cellText } from './cells.ts';
import { ACTIVITIES } from './columns.ts';
import { ACTIVITY_STATUSES } from './labels.ts';

/** A status word as the dropdown writes it, or its English label, whatever its case. */
const STATUS_BY_WORD = new Map<string, ActivityStatus>(
  ACTIVITY_STATUSES.flatMap((status) => [
    [status.sv.toLowerCase(), status.id],
    [status.en.toLowerCase(), status.id],
  ]),
);

/**
 * Each Aktiviteter row with an id (cells in ACTIVITIES column order) as its status and deadline. An empty or unknown
 * status counts as not started; a deadline that is no date is left out. `dayOf` gives a date cell's day (ISO).
 */
export function readActivityStates(
  rows: readonly (readonly unknown[])[],
  dayOf: (instant: Date) => string,
): ActivityState[] {
  const states: ActivityState[] = [];
  for (const cells of rows) {
    const id = cellText(cells[ACTIVITIES.index('id')]);
    if (id === '') continue;
    const status = STATUS_BY_WORD.get(cellText(cells[ACTIVITIES.index('status')]).toLowerCase()) ?? 'not_started';
    const deadline = cellInstant(cells[ACTIVITIES.index('deadline')]);
    const day = deadline && !Number.isNaN(deadline.getTime()) ? dayOf(deadline) : undefined;
    states.push(day === undefined ? { id, status } : { id, status, deadline: day });
  }
  return states;
}
