// Mål's computed columns read back by row id: Utfall, Framsteg, Status and Prognos as Uppdatera utfall last wrote them.
import { TARGET_STATUS_LABELS, type TargetStatus } from '../model/target-status.ts';
import { GOALS } from './columns.ts';

/**
 * One Mål row's standing; `result` is the Utfall cell: the words Uppdatera utfall writes ("5 av cirka 15"), or a number
 * in a register it has not recomputed since it wrote numbers. `forecast` is the Prognos cell, where there is one.
 */
export type GoalStanding = { result: number | string; percent: number | null; status: TargetStatus; forecast?: string };

const STATUS_BY_LABEL = new Map(
  (Object.keys(TARGET_STATUS_LABELS) as TargetStatus[]).map((status) => [TARGET_STATUS_LABELS[status].sv, status]),
);

/**
 * The standing of every Mål row that has been computed, by its ID. A row whose Status is empty (never computed) or
 * not a status word (a removed target) has none.
 */
export function readGoalStandings(rows: readonly (readonly unknown[])[]): Map<string, GoalStanding> {
  const standings = new Map<string, GoalStanding>();
  for (const cells of rows) {
    const row = GOALS.read(cells);
    if (!row.success) continue;
    const status = STATUS_BY_LABEL.get(row.data.status);
    if (row.data.id === '' || status === undefined) continue;
    standings.set(row.data.id, {
      result: row.data.result,
      percent: row.data.progress,
      status,
      ...(row.data.forecast === '' ? {} : { forecast: row.data.forecast }),
    });
  }
  return standings;
}
