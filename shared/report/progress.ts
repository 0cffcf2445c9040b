// Progress per target as of a day: one row per target in plan order (value, pace, percent, status and a short Swedish
// explanation), each kind computed in its own file under targets/ as the parser reads it in parse/targets/.
import { formatNumber } from '../format.ts';
import type { Subgoal } from '../model/plan.ts';
import { type ProgressRow, prepareReport, type ReportContext } from './context.ts';
import type { ReportInput } from './input.ts';
import { sumQuantity, type TargetPlace, targetPlaces } from './match.ts';
import { cadenceFields } from './targets/cadence.ts';
import { categoriesFields } from './targets/categories.ts';
import { countFields } from './targets/count.ts';
import { coverageFields } from './targets/coverage.ts';
import { eachFields } from './targets/each.ts';
import { levelFields } from './targets/level.ts';
import { shareFields } from './targets/share.ts';
import { trendFields } from './targets/trend.ts';

/** One row per target in plan order, and one per delmål that has no targets. */
export function computeProgress(input: ReportInput): ProgressRow[] {
  return progressRows(prepareReport(input));
}

export function progressRows(context: ReportContext): ProgressRow[] {
  const places = targetPlaces(context.plan);
  const rows: ProgressRow[] = [];
  for (const area of context.plan.areas) {
    for (const place of places) if (place.area === area && !place.subgoal) rows.push(targetRow(context, place));
    for (const subgoal of area.subgoals) {
      const own = places.filter((place) => place.subgoal === subgoal);
      if (own.length === 0) rows.push(subgoalRow(context, area.id, subgoal));
      for (const place of own) rows.push(targetRow(context, place));
    }
  }
  return rows;
}

function subgoalRow(context: ReportContext, areaId: string, subgoal: Subgoal): ProgressRow {
  const value = sumQuantity(context.index.bySubgoal.get(subgoal.id) ?? []);
  return {
    id: subgoal.id,
    areaId,
    subgoalId: subgoal.id,
    target: undefined,
    label: subgoal.title,
    value,
    expected: null,
    percent: null,
    status: value > 0 ? 'open' : 'no_data',
    result: value > 0 ? `${formatNumber(value)} registrerade` : 'Inget registrerat',
    detail: `Inget mätbart mål i planen; ${formatNumber(value)} registrerat.`,
  };
}

function targetRow(context: ReportContext, place: TargetPlace): ProgressRow {
  const target = place.target;
  const base = { id: target.id, areaId: place.area.id, subgoalId: place.subgoal?.id, target, label: target.text };
  switch (target.kind) {
    case 'count':
      return {
        ...base,
        ...(target.each
          ? eachFields(context, place, { ...target, each: target.each })
          : countFields(context, place, target)),
      };
    case 'cadence':
      return {
        ...base,
        ...(target.each
          ? eachFields(context, place, { ...target, each: target.each })
          : cadenceFields(context, place, target)),
      };
    case 'coverage':
      return { ...base, ...coverageFields(context, target) };
    case 'categories':
      return { ...base, ...categoriesFields(context, place, target) };
    case 'share':
      return { ...base, ...shareFields(context, target) };
    case 'trend':
      return { ...base, ...trendFields(context, target) };
    case 'level':
      return { ...base, ...levelFields(context, target) };
  }
}
