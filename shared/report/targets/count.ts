// Count targets ("cirka 15 debattartiklar"): the sum of matching actions against the pace of the year so far, or per
// category when the plan asks it for each one.
import { formatCount, formatNumber, joinSwedish } from '../../format.ts';
import { dayToIso } from '../../model/calendar.ts';
import type { TargetStatus } from '../../model/target-status.ts';
import { completionStatus, forecasting, forecastOf, type ReportContext, type RowFields } from '../context.ts';
import {
  countCategories,
  kindForUnit,
  matchingActions,
  normalizeCategory,
  sumQuantity,
  type TargetOf,
  type TargetPlace,
} from '../match.ts';

/**
 * A count due in each category ("minst en debattartikel för respektive område"): done per category once its actions
 * (from any delmål, as for the categories target) reach the amount; the row counts the categories that are done.
 */
function perCategoryCountFields(
  context: ReportContext,
  target: TargetOf<'count'>,
  categories: readonly string[],
): RowFields {
  const kind = kindForUnit(target.unit);
  const sums = new Map(categories.map((category) => [normalizeCategory(category), 0]));
  for (const { action } of context.index.all) {
    if (action.category === undefined || (kind !== undefined && action.kind !== kind)) continue;
    const key = normalizeCategory(action.category);
    const sum = sums.get(key);
    if (sum !== undefined) sums.set(key, sum + action.quantity);
  }
  const missing = categories.filter((category) => (sums.get(normalizeCategory(category)) ?? 0) < target.target);
  const value = categories.length - missing.length;
  const each = `${formatNumber(target.target)} ${target.unit.replace(/ per \S+$/u, '')}`;
  return {
    value,
    expected: categories.length,
    percent: (value / categories.length) * 100,
    status: completionStatus(context, value, categories.length),
    result: `${formatNumber(value)} av ${formatCount(categories.length, 'område', 'områden')}`,
    detail: `${value} av ${categories.length} områden har minst ${each}${missing.length > 0 ? `; saknas: ${joinSwedish(missing)}` : ''}.`,
  };
}

/** Count: pace is the target times the share of the year's days that have passed (the report day included). */
export function countFields(context: ReportContext, place: TargetPlace, target: TargetOf<'count'>): RowFields {
  const categories = countCategories(place);
  if (categories) return perCategoryCountFields(context, target, categories);
  const value = sumQuantity(matchingActions(context.index, place));
  const expected = (target.target * context.elapsedDays) / context.daysInYear;
  const status: TargetStatus =
    value >= target.target
      ? 'done'
      : context.yearOver
        ? 'not_met'
        : // Behind only when fewer whole units than the pace: nobody is behind by a fraction of an article.
          value >= Math.floor(expected)
          ? 'on_track'
          : 'behind';
  const amount = `${target.approximate ? 'cirka ' : ''}${formatNumber(target.target)}`;
  // A quarter report cut off before the report day measures the pace at its cut-off, not today.
  const when = context.closedBefore > context.asOfDay ? `den ${dayToIso(context.asOfDay)}` : 'i dag';
  return {
    value,
    expected,
    percent: (value / target.target) * 100,
    status,
    result: `${formatNumber(value)} av ${amount}`,
    detail: `${formatNumber(value)} av ${amount} ${target.unit}; takten ger ${formatNumber(expected)} ${when}.`,
    // The same pace carried on to the year's last day.
    ...(forecasting(context)
      ? { forecast: forecastOf((value * context.daysInYear) / context.elapsedDays, target.target, '') }
      : {}),
  };
}
