// The board's own rows in Mål: which rows are the board's (Ursprung), the dropdowns its corrections pick from, what
// Enhet shows for a target, and the shape of what the board's rows make of the plan (shared/board-targets.ts reads them).
import { periodNoun, TARGET_KIND_LABELS } from '../model/describe.ts';
import type { Plan } from '../model/plan.ts';
import { CadencePeriod, Target } from '../model/target.ts';
import { cellText } from './cells.ts';
import { GOALS, type SheetKey } from './columns.ts';
import { GOAL_ORIGINS, NO_TARGET_LABEL, STRUCK_KIND } from './labels.ts';

export type GoalKey = SheetKey<typeof GOALS.columns>;
type Kind = Target['kind'];

/** The kinds as the zod union declares them, in its order: Typ's dropdown and the words Typ is read by. */
export const TARGET_KINDS: readonly Kind[] = Target.options.map((option) => option.shape.kind.value);

/** Typ's dropdown: every target kind by its Swedish name, then "no target" and "struck". */
export const GOAL_KIND_CHOICES: readonly string[] = [
  ...TARGET_KINDS.map((kind) => TARGET_KIND_LABELS[kind].sv),
  NO_TARGET_LABEL.sv,
  STRUCK_KIND.sv,
];

/** Period's dropdown: the plan year, and the periods a cadence is counted in ("per kvartal"). */
export function goalPeriodChoices(year: number): string[] {
  return [String(year), ...CadencePeriod.options.map((period) => `per ${periodNoun(period, 'one')}`)];
}

/** Ursprung's dropdown. */
export const GOAL_ORIGIN_CHOICES: readonly string[] = [GOAL_ORIGINS.plan.sv, GOAL_ORIGINS.board.sv];

/** What Enhet shows for a target: what is counted or measured, a coverage's roles, the categories. */
export function targetUnit(target: Target): string {
  switch (target.kind) {
    case 'count':
      return target.unit.replace(/ per \S+$/u, '');
    case 'cadence':
    case 'level':
      return target.unit;
    case 'coverage':
      return target.roles.join(' och ');
    case 'trend':
      return target.metric;
    case 'share':
      return '';
    case 'categories':
      return target.categories.join(', ');
  }
}

export type GoalProblem = {
  /** Index into the rows given (sheet row = index + the first row read). */
  row: number;
  key: GoalKey;
  message: string;
};

/** What became of one of the board's rows. */
export type BoardRow = {
  /** The target's id: the plan's, the one typed, or one given to a new row (`U2.S1`). */
  id: string;
  /** The title of the area the row's target is in; '' when its delmål is not known. */
  area: string;
  state: 'counted' | 'struck' | 'unreadable';
};

export type BoardTargets = {
  /** The plan with the board's corrections: what Uppdatera utfall, every report and the web app count. */
  plan: Plan;
  problems: GoalProblem[];
  /** The board's rows by their index in the rows given. */
  rows: Map<number, BoardRow>;
};

/** A Mål cell of a row as text. */
export const goalCell = (cells: readonly unknown[], key: GoalKey) => cellText(cells[GOALS.index(key)]);
/** Mål's columns whose words are the target, which the board may correct. */
export const CORRECTABLE_KEYS = GOALS.keys.filter((key) => GOALS.columns[key].owner === 'correctable');
const lower = (text: string) => text.toLowerCase();

/**
 * True for a row whose target is the board's: Ursprung says Styrelsen (stamped when a person edits the target's
 * columns), or a new row typed without an ID. No import or recompute rewrites such a row's words.
 */
export function isBoardRow(cells: readonly unknown[]): boolean {
  const origin = lower(goalCell(cells, 'origin'));
  const id = goalCell(cells, 'id');
  // A row emptied by hand keeps the mark its last edit stamped, and is no target.
  if (id === '' && CORRECTABLE_KEYS.every((key) => goalCell(cells, key) === '')) return false;
  return (
    origin === lower(GOAL_ORIGINS.board.sv) || origin === lower(GOAL_ORIGINS.board.en) || (origin === '' && id === '')
  );
}
