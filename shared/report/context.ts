// What every target kind's progress is computed from: the report's context (actions read once), the row shape every
// kind fills in, and the two judgements several kinds share.
import { formatNumber } from '../format.ts';
import type { ActionKindId } from '../model/action.ts';
import type { ActivityStatus } from '../model/activity-status.ts';
import type { Branch } from '../model/branch.ts';
import { type DayNumber, dayReader, isoDateToDay, type Span, yearSpan } from '../model/calendar.ts';
import { InputError } from '../model/input-error.ts';
import type { Plan, Subgoal } from '../model/plan.ts';
import type { Target } from '../model/target.ts';
import type { TargetStatus } from '../model/target-status.ts';
import type { ReportInput } from './input.ts';
import { type ActionIndex, indexActions } from './match.ts';

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

/** At the pace so far, about how much by the end of the plan year, and whether that reaches the target. */
export type Forecast = {
  value: number;
  target: number;
  reaches: boolean;
  /** "cirka 11 av 15 (når inte målet)", as Mål's Prognos column and the reports show it. */
  text: string;
};

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
  /** The result as a person would say it ("5 av cirka 15", "2 av 4 kvartal", "8,4 %"); '' while there is none. */
  result: string;
  /** What the pace or the threshold asks for by the report day. */
  expected: number | null;
  /** Share of the whole target reached (can exceed 100). */
  percent: number | null;
  status: TargetStatus;
  detail: string;
  /** Count and cadence targets, once the pace says something: a month into the year, until the year is over. */
  forecast?: Forecast;
  periods?: PeriodTick[];
  missing?: RoleGap[];
  matrix?: CategoryMatrix;
  trend?: TrendReading;
};

/** What the activities of one delmål stand at (Aktiviteter), as of the report day. */
export type ActivityTally = {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  dropped: number;
  /** Not done or struck, and past the deadline the board set. */
  overdue: number;
};

/** Everything the report builders share: computed once per report so actions are read once. */
export type ReportContext = {
  plan: Plan;
  branches: readonly Branch[];
  index: ActionIndex;
  recorded: Map<string, { value: number; day: DayNumber }[]>;
  /** Activity id → its status and deadline day in Aktiviteter. */
  activities: Map<string, { status: ActivityStatus; deadline: DayNumber | undefined }>;
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
  if (Number.isNaN(reportDay)) throw new InputError(`Ogiltigt datum "${input.asOf}": skriv datumet som ÅÅÅÅ-MM-DD.`);
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
  const activities: ReportContext['activities'] = new Map();
  for (const entry of input.activities ?? []) {
    // A Status cell with other words than the dropdown's is counted as not started.
    const deadline = entry.deadline === null ? undefined : isoDateToDay(entry.deadline);
    activities.set(entry.id, { status: entry.status ?? 'not_started', deadline });
  }
  return {
    plan: input.plan,
    branches: input.branches,
    index: indexActions(input.actions, readDay, year.first, Math.min(year.last, asOfDay)),
    recorded,
    activities,
    year,
    asOfDay,
    closedBefore,
    elapsedDays: Math.max(0, Math.min(daysInYear, asOfDay - year.first + 1)),
    daysInYear,
    yearOver: closedBefore > year.last,
  };
}

/** What a target kind's computation fills in of its row; the rest comes from the target's place in the plan. */
export type RowFields = Omit<ProgressRow, 'id' | 'areaId' | 'subgoalId' | 'target' | 'label'>;

/** Without a pace: done when complete, not met once the year is over, otherwise in progress. */
export function completionStatus(context: ReportContext, value: number, total: number): TargetStatus {
  return value >= total ? 'done' : context.yearOver ? 'not_met' : 'open';
}

/** No forecast from less than this many days of the year: one early article is no pace. */
const MIN_FORECAST_DAYS = 30;

/** True while a forecast says something: the year has run a month and is not over. */
export function forecasting(context: ReportContext): boolean {
  return !context.yearOver && context.elapsedDays >= MIN_FORECAST_DAYS;
}

/** A forecast of about `value` against `target` (`unit` after the target: "kvartal"; '' for none). */
export function forecastOf(value: number, target: number, unit: string): Forecast {
  const rounded = Math.round(value);
  const reaches = rounded >= target;
  const of = `${formatNumber(target)}${unit === '' ? '' : ` ${unit}`}`;
  return {
    value: rounded,
    target,
    reaches,
    text: `cirka ${formatNumber(rounded)} av ${of} (${reaches ? 'når målet' : 'når inte målet'})`,
  };
}

/** Per delmål, what its activities stand at on the report day: done, under way, not started, struck, overdue. */
export function activityTally(context: ReportContext, subgoal: Subgoal): ActivityTally {
  const tally: ActivityTally = { total: 0, done: 0, inProgress: 0, notStarted: 0, dropped: 0, overdue: 0 };
  for (const activity of subgoal.activities) {
    const state = context.activities.get(activity.id);
    const status = state?.status ?? 'not_started';
    tally.total += 1;
    if (status === 'done') tally.done += 1;
    else if (status === 'dropped') tally.dropped += 1;
    else if (status === 'in_progress') tally.inProgress += 1;
    else tally.notStarted += 1;
    const open = status === 'not_started' || status === 'in_progress';
    if (open && state?.deadline !== undefined && state.deadline < context.asOfDay) tally.overdue += 1;
  }
  return tally;
}

/** The values the board recorded for a target in Mätvärden, oldest first, up to the report's cut-off. */
/** A recorded value against a threshold: "minst" is met at the threshold itself, "över" only above it. */
export function reaches(value: number, threshold: number, bound: 'minst' | 'över'): boolean {
  return bound === 'minst' ? value >= threshold : value > threshold;
}

export function readings(context: ReportContext, target: Target): { value: number; day: DayNumber }[] {
  return context.recorded.get(target.id) ?? [];
}
