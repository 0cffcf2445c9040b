// Aktiviteter rows → the board's follow-up of each activity (status, deadline, comment), read cell by cell so one odd
// cell (a deadline typed as text) never hides the activity.
import { type ActivityFollowUp, activityStatusOf } from '../model/activity-status.ts';
import { dayToIso, stockholmDay } from '../model/calendar.ts';
import { cellInstant, cellText } from './cells.ts';
import { ACTIVITIES } from './columns.ts';

/** A date cell's Stockholm day: Sheets hands back midnight in the spreadsheet's zone, which is the day before in UTC. */
function cellDay(value: unknown): string | null {
  const at = cellInstant(value);
  return at && !Number.isNaN(at.getTime()) ? dayToIso(stockholmDay(at.getTime())) : null;
}

/** Rows below the header; rows without an id are skipped. */
export function readActivityRows(rows: readonly (readonly unknown[])[]): ActivityFollowUp[] {
  const cell = (cells: readonly unknown[], key: (typeof ACTIVITIES.keys)[number]) => cells[ACTIVITIES.index(key)];
  return rows.flatMap((cells) => {
    const id = cellText(cell(cells, 'id'));
    if (id === '') return [];
    return [
      {
        id,
        subgoalId: cellText(cell(cells, 'subgoal')),
        text: cellText(cell(cells, 'text')),
        owner: cellText(cell(cells, 'owner')),
        status: activityStatusOf(cellText(cell(cells, 'status'))),
        deadline: cellDay(cell(cells, 'deadline')),
        touched: cellText(cell(cells, 'changedAt')) !== '',
        comment: cellText(cell(cells, 'comment')),
      },
    ];
  });
}
