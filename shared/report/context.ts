// What every target kind's progress is computed from: the report's context (actions read once), the row shape every
// kind fills in, and the two judgements several kinds share.
import type { ActionKindId } from '../model/action.ts';
import type { Branch } from '../model/branch.ts';
import { type DayNumber, dayReader, isoDateToDay, type Span, yearSpan } from '../model/calendar.ts';
import { InputError } from '../model/input-error.ts';
import type { Plan } from '../model/plan.ts';
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

/** What a target kind's computation fills in of its row; the rest comes from the target's place in the plan. */
export type RowFields = Omit<ProgressRow, 'id' | 'areaId' | 'subgoalId' | 'target' | 'label'>;

/** Without a pace: done when complete, not met once the year is over, otherwise in progress. */
export function completionStatus(context: ReportContext, value: number, total: number): TargetStatus {
  return value >= total ? 'done' : context.yearOver ? 'not_met' : 'open';
}

/** The values the board recorded for a target in Mätvärden, oldest first, up to the report's cut-off. */
/** A recorded value against a threshold: "minst" is met at the threshold itself, "över" only above it. */
export function reaches(value: number, threshold: number, bound: 'minst' | 'över'): boolean {
  return bound === 'minst' ? value >= threshold : value > threshold;
}

export function readings(context: ReportContext, target: Target): { value: number; day: DayNumber }[] {
  return context.recorded.get(target.id) ?? [];
}
