// Categories targets ("prioritera områdena ”Facklig politisk” ”Feministisk”"): trainings and articles per category.
import { formatNumber, joinSwedish } from '../../format.ts';
import { actionKindLabel } from '../../model/action.ts';
import type { Subgoal } from '../../model/plan.ts';
import {
  type CategoryColumn,
  type CategoryMatrix,
  completionStatus,
  type ReportContext,
  type RowFields,
} from '../context.ts';
import {
  countCategories,
  kindForUnit,
  normalizeCategory,
  type TargetOf,
  type TargetPlace,
  targetPlaces,
} from '../match.ts';

/**
 * The kinds each category must see: one column per count the plan asks "för respektive område" whose unit implies a
 * kind ("minst en debattartikel för respektive område"), else trainings and articles, one of each.
 */
function categoryColumns(context: ReportContext, subgoal: Subgoal | undefined): CategoryColumn[] {
  const columns: CategoryColumn[] = [];
  for (const place of targetPlaces(context.plan)) {
    if (place.subgoal !== subgoal || place.target.kind !== 'count' || !countCategories(place)) continue;
    const kind = kindForUnit(place.target.unit);
    if (!kind || columns.some((column) => column.kind === kind)) continue;
    columns.push({ kind, label: actionKindLabel(kind), activityId: place.activityId, min: place.target.target });
  }
  if (columns.length > 0) return columns;
  return (['education.held', 'article.published'] as const).map((kind) => ({
    kind,
    label: actionKindLabel(kind),
    activityId: undefined,
    min: 1,
  }));
}

/**
 * Categories: actions with a matching `category` from any delmål count, not only the target's own delmål — the plan
 * says the category articles "ingår i de 15 debattartiklarna ovan", so members log them where the count target is.
 */
function categoryMatrix(context: ReportContext, place: TargetPlace, target: TargetOf<'categories'>): CategoryMatrix {
  const columns = categoryColumns(context, place.subgoal);
  const rowOf = new Map(target.categories.map((category, index) => [normalizeCategory(category), index]));
  const columnOf = new Map(columns.map((column, index) => [column.kind, index]));
  const rows = target.categories.map((category) => ({ category, counts: columns.map(() => 0) }));
  for (const { action } of context.index.all) {
    if (action.category === undefined) continue;
    const row = rowOf.get(normalizeCategory(action.category));
    const column = columnOf.get(action.kind);
    if (row === undefined || column === undefined) continue;
    const counts = rows[row]?.counts;
    if (counts) counts[column] = (counts[column] ?? 0) + action.quantity;
  }
  return { columns, rows };
}

export function categoriesFields(
  context: ReportContext,
  place: TargetPlace,
  target: TargetOf<'categories'>,
): RowFields {
  const matrix = categoryMatrix(context, place, target);
  const gaps: string[] = [];
  let value = 0;
  for (const row of matrix.rows) {
    matrix.columns.forEach((column, index) => {
      if ((row.counts[index] ?? 0) >= column.min) value += 1;
      else gaps.push(`${row.category} (${column.label.toLowerCase()})`);
    });
  }
  const total = matrix.rows.length * matrix.columns.length;
  return {
    value,
    expected: total,
    percent: (value / total) * 100,
    status: completionStatus(context, value, total),
    result: `${formatNumber(value)} av ${formatNumber(total)} klara`,
    detail: `${value} av ${total} klara${gaps.length > 0 ? `; saknas: ${joinSwedish(gaps)}` : ''}.`,
    matrix,
  };
}
