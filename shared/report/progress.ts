// Progress per target as of a day: value, pace, percent, status and a short Swedish explanation for each row.

import { formatNumber, joinSwedish } from '../format.ts';
import { type ActionKindId, actionKindLabel } from '../model/action.ts';
import type { Branch } from '../model/branch.ts';
import { describeTarget, periodWord, targetBound } from '../model/describe.ts';
import type { Plan, Subgoal } from '../model/plan.ts';
import type { Target } from '../model/target.ts';
import { RECORDED } from '../sheets/columns.ts';
import { type DayNumber, dayReader, dayToIso, isoDateToDay, periodSpans, type Span, yearSpan } from './calendar.ts';
import type { ReportInput } from './input.ts';
import {
  type ActionIndex,
  countCategories,
  type DatedAction,
  indexActions,
  kindForUnit,
  matchingActions,
  normalizeCategory,
  sumQuantity,
  type TargetOf,
  type TargetPlace,
  targetPlaces,
} from './match.ts';
import type { TargetStatus } from './types.ts';

export type PeriodState = 'met' | 'missed' | 'open';

/** One period of a cadence target: met once the minimum is reached, missed when it ended short, otherwise open. */
export type PeriodTick = {
  label: string;
  /** ISO dates, inclusive. */
  first: string;
  last: string;
  value: number;
  min: number;
  state: PeriodState;
  /** False for periods that have not begun by the report day. */
  started: boolean;
};

export type RoleGap = { role: string; filled: number; branches: number; missing: string[] };

export type CategoryColumn = { kind: ActionKindId; label: string; activityId: string | undefined; min: number };
export type CategoryMatrix = { columns: CategoryColumn[]; rows: { category: string; counts: number[] }[] };

export type TrendReading = { first: number; firstAt: string; latest: number; latestAt: string; change: number };

export type ProgressRow = {
  /** The target's id, or the delmål's id for a delmål without targets. */
  id: string;
  areaId: string;
  /** Undefined for an area's overall goal. */
  subgoalId: string | undefined;
  target: Target | undefined;
  /** The plan's phrase for the target, or the delmål's title. */
  label: string;
  value: number | null;
  /** What the pace or the threshold asks for by the report day. */
  expected: number | null;
  /** Share of the whole target reached (can exceed 100). */
  percent: number | null;
  status: TargetStatus;
  detail: string;
  periods?: PeriodTick[];
  missing?: RoleGap[];
  matrix?: CategoryMatrix;
  trend?: TrendReading;
};

/** Everything the report builders share: computed once per report so actions are read once. */
export type ReportContext = {
  plan: Plan;
  branches: readonly Branch[];
  index: ActionIndex;
  recorded: Map<string, { value: number; day: DayNumber }[]>;
  year: Span;
  /** The last day whose actions and results count: the report day, or an earlier cut-off (a quarter's end). */
  asOfDay: DayNumber;
  /** Periods ending before this day are closed: the day after a cut-off that has passed, else the report day. */
  closedBefore: DayNumber;
  /** Days of the plan year up to and including `asOfDay`. */
  elapsedDays: number;
  daysInYear: number;
  /** True once the plan year has ended. */
  yearOver: boolean;
};

/** `through` cuts the data off at an earlier day than the report day (a quarter report looks back at its quarter). */
export function prepareReport(input: ReportInput, through?: DayNumber): ReportContext {
  const reportDay = isoDateToDay(input.asOf);
  if (Number.isNaN(reportDay)) throw new Error(`Ogiltigt datum "${input.asOf}": skriv datumet som ÅÅÅÅ-MM-DD.`);
  const asOfDay = through === undefined ? reportDay : Math.min(reportDay, through);
  const closedBefore = reportDay > asOfDay ? asOfDay + 1 : asOfDay;
  const readDay = dayReader(input.dayOf);
  const year = yearSpan(input.plan.year);
  const daysInYear = year.last - year.first + 1;
  const recorded = new Map<string, { value: number; day: DayNumber }[]>();
  for (const entry of input.recorded) {
    const day = readDay(entry.at);
    if (!(day <= asOfDay)) continue;
    const list = recorded.get(entry.targetId) ?? [];
    list.push({ value: entry.value, day });
    recorded.set(entry.targetId, list);
  }
  // Stable sort: entries of the same day keep the order they were entered in.
  for (const list of recorded.values()) list.sort((a, b) => a.day - b.day);
  return {
    plan: input.plan,
    branches: input.branches,
    index: indexActions(input.actions, readDay, year.first, Math.min(year.last, asOfDay)),
    recorded,
    year,
    asOfDay,
    closedBefore,
    elapsedDays: Math.max(0, Math.min(daysInYear, asOfDay - year.first + 1)),
    daysInYear,
    yearOver: closedBefore > year.last,
  };
}

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
    detail: `Inget mätbart mål i planen; ${formatNumber(value)} registrerat.`,
  };
}

type RowFields = Omit<ProgressRow, 'id' | 'areaId' | 'subgoalId' | 'target' | 'label'>;

function targetRow(context: ReportContext, place: TargetPlace): ProgressRow {
  const target = place.target;
  const base = { id: target.id, areaId: place.area.id, subgoalId: place.subgoal?.id, target, label: target.text };
  switch (target.kind) {
    case 'count':
      return { ...base, ...countFields(context, place, target) };
    case 'cadence':
      return { ...base, ...cadenceFields(context, place, target) };
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
    detail: `${value} av ${categories.length} områden har minst ${each}${missing.length > 0 ? `; saknas: ${joinSwedish(missing)}` : ''}.`,
  };
}

/** Count: pace is the target times the share of the year's days that have passed (the report day included). */
function countFields(context: ReportContext, place: TargetPlace, target: TargetOf<'count'>): RowFields {
  const categories = countCategories(place);
  if (categories) return perCategoryCountFields(context, target, categories);
  if (target.each) return eachFields(context, place, target);
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
  const goal = `${target.approximate ? 'cirka ' : ''}${formatNumber(target.target)} ${target.unit}`;
  // A quarter report cut off before the report day measures the pace at its cut-off, not today.
  const when = context.closedBefore > context.asOfDay ? `den ${dayToIso(context.asOfDay)}` : 'i dag';
  return {
    value,
    expected,
    percent: (value / target.target) * 100,
    status,
    detail: `${formatNumber(value)} av ${goal}; takten ger ${formatNumber(expected)} ${when}.`,
  };
}

const PERIOD_WORDS: Record<TargetOf<'cadence'>['per'], string> = {
  week: 'vecka',
  month: 'månad',
  quarter: 'kvartal',
  term: 'termin',
  year: 'år',
};

/** The periods a cadence is checked in: "varannan månad" joins every two months into one period. */
function cadenceSpans(year: number, target: TargetOf<'cadence'>): Span[] {
  const spans = periodSpans(year, target.per);
  const every = target.every ?? 1;
  if (every === 1) return spans;
  const joined: Span[] = [];
  for (let start = 0; start < spans.length; start += every) {
    const group = spans.slice(start, start + every);
    const first = group[0] as Span;
    const last = group[group.length - 1] as Span;
    joined.push({ label: `${first.label}–${last.label}`, first: first.first, last: last.last });
  }
  return joined;
}

function cadenceTicks(
  context: ReportContext,
  actions: readonly DatedAction[],
  target: TargetOf<'cadence'>,
): PeriodTick[] {
  const spans = cadenceSpans(context.plan.year, target);
  const periodOfDay = new Int32Array(context.daysInYear);
  spans.forEach((span, index) => {
    periodOfDay.fill(index, span.first - context.year.first, span.last - context.year.first + 1);
  });
  const values = spans.map(() => 0);
  for (const { action, day } of actions) {
    const period = periodOfDay[day - context.year.first] ?? 0;
    values[period] = (values[period] ?? 0) + action.quantity;
  }
  return spans.map((span, index) => {
    const value = values[index] ?? 0;
    const state: PeriodState = value >= target.min ? 'met' : span.last < context.closedBefore ? 'missed' : 'open';
    return {
      label: span.label,
      first: dayToIso(span.first),
      last: dayToIso(span.last),
      value,
      min: target.min,
      state,
      started: span.first <= context.asOfDay,
    };
  });
}

/** Cadence: one tick per period; behind as soon as a period has ended without the minimum. */
function cadenceFields(context: ReportContext, place: TargetPlace, target: TargetOf<'cadence'>): RowFields {
  if (target.each) return eachFields(context, place, target);
  const periods = cadenceTicks(context, matchingActions(context.index, place), target);
  const met = periods.filter((tick) => tick.state === 'met').length;
  const missed = periods.filter((tick) => tick.state === 'missed');
  const closedBefore = dayToIso(context.closedBefore);
  const closed = periods.filter((tick) => tick.last < closedBefore).length;
  const status: TargetStatus =
    met === periods.length ? 'done' : missed.length > 0 ? (context.yearOver ? 'not_met' : 'behind') : 'on_track';
  const missedText = missed.length > 0 ? `; missat: ${joinSwedish(missed.map((tick) => tick.label))}` : '';
  return {
    value: met,
    expected: closed,
    percent: (met / periods.length) * 100,
    status,
    detail: `Minst ${target.min} ${target.unit} ${target.every ? periodWord(target.per, 'sv', target.every) : `per ${PERIOD_WORDS[target.per]}`}: ${met} av ${periods.length} uppfyllda${missedText}.`,
    periods,
  };
}

/**
 * An amount due by each person or unit on their own ("Varje fullmäktigeledamot ska hålla ett öppet möte per
 * termin"): never summed. Actions are grouped by the member who logged them, or by their partiförening for a unit;
 * the row counts those that have met the amount (every period so far, for a cadence).
 */
function eachFields(context: ReportContext, place: TargetPlace, target: TargetOf<'count' | 'cadence'>): RowFields {
  const each = target.each as NonNullable<TargetOf<'count'>['each']>;
  const groups = new Map<string, DatedAction[]>();
  for (const dated of matchingActions(context.index, place)) {
    const key = each.kind === 'branch' ? (dated.action.branch ?? '') : dated.action.member;
    if (key === '') continue;
    groups.set(key, [...(groups.get(key) ?? []), dated]);
  }
  const met = [...groups].filter(([, actions]) =>
    target.kind === 'count'
      ? sumQuantity(actions) >= target.target
      : !cadenceTicks(context, actions, target).some((tick) => tick.state === 'missed'),
  );
  const roster = each.kind === 'branch' && context.branches.length > 0 ? context.branches.length : undefined;
  const names = met.map(([name]) => name).sort();
  return {
    value: met.length,
    expected: roster ?? null,
    percent: roster ? (met.length / roster) * 100 : null,
    status: roster ? completionStatus(context, met.length, roster) : groups.size === 0 ? 'no_data' : 'open',
    detail: `Gäller varje ${each.unit} för sig: ${met.length}${roster ? ` av ${roster}` : ''} har nått ${describeTarget({ ...target, each: undefined })}${names.length > 0 ? ` (${joinSwedish(names)})` : ''}.`,
  };
}

function isFilled(branch: Branch, role: string): boolean {
  return (branch.roles[role] ?? '').trim() !== '';
}

function roleGaps(branches: readonly Branch[], roles: readonly string[]): RoleGap[] {
  return roles.map((role) => {
    const missing = branches.filter((branch) => !isFilled(branch, role)).map((branch) => branch.name);
    return { role, filled: branches.length - missing.length, branches: branches.length, missing };
  });
}

/** Without a pace: done when complete, not met once the year is over, otherwise in progress. */
function completionStatus(context: ReportContext, value: number, total: number): TargetStatus {
  return value >= total ? 'done' : context.yearOver ? 'not_met' : 'open';
}

/** Coverage: a role is filled in a partiförening when its Partiföreningar cell is non-empty. */
function coverageFields(context: ReportContext, target: TargetOf<'coverage'>): RowFields {
  if (context.branches.length === 0) {
    return {
      value: null,
      expected: null,
      percent: null,
      status: 'no_data',
      detail: 'Inga partiföreningar registrerade.',
    };
  }
  const missing = roleGaps(context.branches, target.roles);
  const value = missing.reduce((sum, gap) => sum + gap.filled, 0);
  const total = context.branches.length * target.roles.length;
  const detail = missing
    .map(
      (gap) =>
        `${gap.role}: ${gap.filled} av ${gap.branches}${gap.missing.length > 0 ? ` (saknas: ${joinSwedish(gap.missing)})` : ''}`,
    )
    .join('; ');
  return {
    value,
    expected: total,
    percent: (value / total) * 100,
    status: completionStatus(context, value, total),
    detail: `${detail}.`,
    missing,
  };
}

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

function categoriesFields(context: ReportContext, place: TargetPlace, target: TargetOf<'categories'>): RowFields {
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
    detail: `${value} av ${total} klara${gaps.length > 0 ? `; saknas: ${joinSwedish(gaps)}` : ''}.`,
    matrix,
  };
}

function readings(context: ReportContext, target: Target): { value: number; day: DayNumber }[] {
  return context.recorded.get(target.id) ?? [];
}

/** Share: the latest recorded result must be over the threshold. */
function shareFields(context: ReportContext, target: TargetOf<'share'>): RowFields {
  const recorded = readings(context, target);
  const latest = recorded[recorded.length - 1];
  if (!latest) {
    return {
      value: null,
      expected: target.percent,
      percent: null,
      status: 'no_data',
      detail: `Inget utfall registrerat för ${target.election}: för in valresultatet i bladet ${RECORDED.name} med Mål-ID ${target.id}.`,
    };
  }
  const bound = targetBound(target) ?? 'över';
  return {
    value: latest.value,
    expected: target.percent,
    percent: (latest.value / target.percent) * 100,
    status: reaches(latest.value, target.percent, bound) ? 'done' : 'not_met',
    detail: `Utfall ${formatNumber(latest.value)} % (${dayToIso(latest.day)}) mot målet ${bound} ${formatNumber(target.percent)} % i ${target.election}.`,
  };
}

/** "minst" is met at the value itself, "över" only above it. */
function reaches(value: number, target: number, bound: 'minst' | 'över'): boolean {
  return bound === 'minst' ? value >= target : value > target;
}

/** Level: the latest value recorded in Mätvärden against the value to reach by the end of the year. */
function levelFields(context: ReportContext, target: TargetOf<'level'>): RowFields {
  const latest = readings(context, target).slice(-1)[0];
  const goal = describeTarget(target);
  if (!latest) {
    return {
      value: null,
      expected: target.target,
      percent: null,
      status: 'no_data',
      detail: `Inget värde registrerat för ${goal}: för in det i bladet ${RECORDED.name} med Mål-ID ${target.id}.`,
    };
  }
  const done = reaches(latest.value, target.target, targetBound(target) ?? 'minst');
  return {
    value: latest.value,
    expected: target.target,
    percent: (latest.value / target.target) * 100,
    status: done ? 'done' : context.yearOver ? 'not_met' : 'open',
    detail: `${formatNumber(latest.value)}${target.percent ? ' %' : ''} (${dayToIso(latest.day)}) mot målet ${goal}.`,
  };
}

/** A trend is done once the value moved the planned way, by the planned amount when the plan names one. */
function trendDone(target: TargetOf<'trend'>, first: number, change: number): boolean {
  const moved = target.direction === 'up' ? change : -change;
  if (!target.by) return moved > 0;
  const needed = target.by.percent ? (Math.abs(first) * target.by.amount) / 100 : target.by.amount;
  return moved > 0 && moved >= needed;
}

/** Trend: compares the first and the latest recorded value. */
function trendFields(context: ReportContext, target: TargetOf<'trend'>): RowFields {
  const values = readings(context, target);
  const first = values[0];
  const latest = values[values.length - 1];
  if (!first || !latest) {
    return {
      value: null,
      expected: null,
      percent: null,
      status: 'no_data',
      detail: `Inga värden registrerade för ${target.metric}: för in dem i bladet ${RECORDED.name} med Mål-ID ${target.id}.`,
    };
  }
  if (values.length === 1) {
    return {
      value: first.value,
      expected: null,
      percent: null,
      status: 'open',
      detail: `${formatNumber(first.value)} ${target.metric} (${dayToIso(first.day)}); ett värde till behövs för att se förändringen.`,
    };
  }
  const change = latest.value - first.value;
  const done = trendDone(target, first.value, change);
  const signed = `${change > 0 ? '+' : ''}${formatNumber(change)}`;
  return {
    value: latest.value,
    expected: null,
    percent: done ? 100 : 0,
    status: done ? 'done' : context.yearOver ? 'not_met' : 'behind',
    detail: `${target.metric}: från ${formatNumber(first.value)} (${dayToIso(first.day)}) till ${formatNumber(latest.value)} (${dayToIso(latest.day)}), ${signed}.`,
    trend: {
      first: first.value,
      firstAt: dayToIso(first.day),
      latest: latest.value,
      latestAt: dayToIso(latest.day),
      change,
    },
  };
}
