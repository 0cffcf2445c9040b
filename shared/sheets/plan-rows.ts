// The plan as Mål and Aktiviteter rows, merged into what the sheets already hold so a re-import updates rows in place.

import { formatCount, formatNumber } from '../format.ts';
import { periodNoun, periodWord, TARGET_KIND_LABELS, targetBound } from '../model/describe.ts';
import type { Plan } from '../model/plan.ts';
import type { Target } from '../model/target.ts';
import { TARGET_STATUS_LABELS } from '../model/target-status.ts';
import type { ProgressRow } from '../report/context.ts';
import { isPerEachCount } from '../report/match.ts';
import { type CellValue, cellText, neutraliseCellText } from './cells.ts';
import {
  ACTIVITIES,
  type CellRecord,
  type Column,
  type Columns,
  GOALS,
  type SheetDefinition,
  type SheetKey,
} from './columns.ts';
import { ACTIVITY_STATUSES, NO_TARGET_LABEL, REMOVED_STATUS } from './labels.ts';
import { ownerSpelling } from './owners.ts';

export type GoalRecord = CellRecord<typeof GOALS.columns>;
export type ActivityRecord = CellRecord<typeof ACTIVITIES.columns>;

/**
 * What a target asks for, as a person would say it beside the plan's phrase in Mål: "cirka 15", "minst 1 per kvartal",
 * "över 8 %", "varje partiförening", "1 per område" (a count due in each area, measured in areas done), "minst 400".
 */
export function targetValue(target: Target): string {
  const each = 'each' in target && target.each ? ` för varje ${target.each.unit}` : '';
  switch (target.kind) {
    case 'count': {
      const amount = `${target.approximate ? 'cirka ' : ''}${formatNumber(target.target)}`;
      const per = isPerEachCount(target) ? / per \S+$/u.exec(target.unit)?.[0] : undefined;
      return `${amount}${per ?? ''}${each}`;
    }
    case 'cadence': {
      const period = target.every ? periodWord(target.per, 'sv', target.every) : `per ${periodNoun(target.per, 'one')}`;
      return `minst ${formatNumber(target.min)} ${period}${each}`;
    }
    case 'coverage':
      return `varje ${target.unit ?? 'partiförening'}`;
    case 'share':
      return `${targetBound(target) ?? 'över'} ${formatNumber(target.percent)} %`;
    case 'trend': {
      const by = target.by ? ` med ${formatNumber(target.by.amount)}${target.by.percent ? ' %' : ''}` : '';
      return `${target.direction === 'up' ? 'ökning' : 'minskning'}${by}`;
    }
    case 'level': {
      const bound = targetBound(target);
      return `${bound ? `${bound} ` : ''}${formatNumber(target.target)}${target.percent ? ' %' : ''}`;
    }
    case 'categories':
      return formatCount(target.categories.length, 'område', 'områden');
  }
}

/** When a target is measured: the election of a vote share, otherwise the plan year. */
function targetPeriod(target: Target, year: number): string {
  return target.kind === 'share' ? target.election : String(year);
}

/** One row per target in plan order (an area's overall goal first), and one per delmål that has no targets. */
export function goalPlanRows(plan: Plan): GoalRecord[] {
  const rows: GoalRecord[] = [];
  const spell = ownerSpelling(plan);
  const targetRow = (target: Target, area: string, subgoal: string, owner: string): GoalRecord => ({
    id: target.id,
    area,
    subgoal,
    goal: target.text,
    kind: TARGET_KIND_LABELS[target.kind].sv,
    targetValue: targetValue(target),
    period: targetPeriod(target, plan.year),
    owner: spell(owner),
  });
  for (const area of plan.areas) {
    for (const target of area.overallGoal.targets) rows.push(targetRow(target, area.title, '', ''));
    for (const subgoal of area.subgoals) {
      if (subgoal.targets.length === 0) {
        rows.push({
          id: subgoal.id,
          area: area.title,
          subgoal: subgoal.id,
          goal: subgoal.title,
          kind: NO_TARGET_LABEL.sv,
          period: String(plan.year),
          owner: spell(subgoal.owner),
        });
      }
      for (const target of subgoal.targets) {
        // A target read from an activity belongs to whoever carries that activity out.
        const activity = subgoal.activities.find((candidate) => candidate.id === target.source);
        rows.push(targetRow(target, area.title, subgoal.id, activity?.owner || subgoal.owner));
      }
    }
  }
  return rows;
}

function activityPlanRows(plan: Plan): ActivityRecord[] {
  const spell = ownerSpelling(plan);
  return plan.areas.flatMap((area) =>
    area.subgoals.flatMap((subgoal) =>
      subgoal.activities.map((activity) => ({
        id: activity.id,
        subgoal: subgoal.id,
        text: activity.text,
        owner: spell(activity.owner || subgoal.owner),
        status: ACTIVITY_STATUSES[0].sv,
      })),
    ),
  );
}

export type MergedRows = {
  /** Every row to write below the header, in order. */
  rows: CellValue[][];
  /** 0-based indexes into `rows` of rows whose id the plan no longer has. */
  removed: number[];
  added: number;
  updated: number;
};

/**
 * Existing rows keep their place and every board or add-on column; their plan columns are rewritten from the plan.
 * Plan rows not yet in the sheet are appended. Rows whose id the plan lost stay and are reported as removed, so
 * nothing the board typed disappears. Blank rows are dropped.
 */
function mergePlanRows<C extends Columns & { id: Column }>(
  sheet: SheetDefinition<C>,
  planRows: readonly CellRecord<C>[],
  existing: readonly (readonly unknown[])[],
): MergedRows {
  const idKey = 'id' as SheetKey<C>;
  const byId = new Map<string, CellRecord<C>>();
  for (const row of planRows) byId.set(cellText(row[idKey]), row);
  const planKeys = sheet.keys.filter((key) => sheet.columns[key]?.owner === 'plan');
  const seen = new Set<string>();
  const result: MergedRows = { rows: [], removed: [], added: 0, updated: 0 };
  for (const cells of existing) {
    if (cells.every((cell) => cellText(cell) === '')) continue;
    const record = Object.fromEntries(sheet.keys.map((key, at) => [key, cells[at] as CellValue])) as CellRecord<C>;
    const id = cellText(record[idKey]);
    const planRow = seen.has(id) ? undefined : byId.get(id);
    if (planRow) {
      for (const key of planKeys) record[key] = planRow[key];
      seen.add(id);
      result.updated += 1;
    } else if (id !== '' && !byId.has(id)) {
      result.removed.push(result.rows.length);
    }
    result.rows.push(sheet.toCells(record));
  }
  for (const row of planRows) {
    if (seen.has(cellText(row[idKey]))) continue;
    result.rows.push(sheet.toCells(row));
    result.added += 1;
  }
  return result;
}

/** Rounds a progress share to whole percent for the Framsteg % column. */
function wholePercent(percent: number | null): number | '' {
  return percent === null ? '' : Math.round(percent);
}

/**
 * Mål rows for the current plan: merged into the existing rows, and with Utfall, Framsteg, Status and Prognos filled
 * from computed progress when given (rows of removed targets say so in Status). Framsteg is not capped: 18 of 15
 * articles is 120 %, with "18 av cirka 15" beside it in Utfall.
 */
export function goalRows(plan: Plan, existing: readonly (readonly unknown[])[], progress?: readonly ProgressRow[]) {
  const merged = mergePlanRows(GOALS, goalPlanRows(plan), existing);
  const removed = new Set(merged.removed);
  const byId = new Map((progress ?? []).map((row) => [row.id, row]));
  const [result, percent, status, forecast] = (['result', 'progress', 'status', 'forecast'] as const).map(
    GOALS.index,
  ) as [number, number, number, number];
  merged.rows.forEach((cells, at) => {
    if (removed.has(at)) {
      cells[status] = REMOVED_STATUS.sv;
      return;
    }
    const row = progress ? byId.get(cellText(cells[GOALS.index('id')])) : undefined;
    if (!row) return;
    cells[result] = neutraliseCellText(row.result);
    cells[percent] = wholePercent(row.percent);
    cells[status] = TARGET_STATUS_LABELS[row.status].sv;
    cells[forecast] = row.forecast?.text ?? '';
  });
  return merged;
}

export function activityRows(plan: Plan, existing: readonly (readonly unknown[])[]): MergedRows {
  return mergePlanRows(ACTIVITIES, activityPlanRows(plan), existing);
}
