// The "mer…" fold's form state, what is wrong with it in the member's words, and how it becomes a log draft (dates are
// local days within the plan's years; a past day is logged at noon).
import type { ActionInput, ActionKindId } from '../../shared/model/action.ts';
import type { PageTypeId } from '../../shared/model/page.ts';
import type { Suggestion } from '../../shared/wire.ts';
import { localDay } from '../dates.ts';
import type { MessageKey } from '../i18n.ts';
import type { LogDraft, PopupView } from '../messages.ts';

export type Fold = {
  subgoal: string;
  activity: string;
  quantity: string;
  kind: ActionKindId;
  category: string;
  role: string;
  /** YYYY-MM-DD in local time; empty until chosen when today is outside the plan's years. */
  date: string;
  note: string;
  /** Kept when changing an entry so its link and time stay unless the day is changed. */
  url?: string;
  at?: string;
};

type Dates = NonNullable<PopupView['dates']>;

/** Whether a day is one an entry may be dated: within the plan's years, and not after today. */
export function withinDates(day: string, dates: Dates | null): boolean {
  return dates === null || (day >= dates.min && day <= dates.max);
}

export function newFold(
  suggestion: Suggestion | undefined,
  kind: ActionKindId,
  quantity: number | null,
  dates: Dates | null,
  now = new Date(),
): Fold {
  const today = localDay(now);
  return {
    subgoal: suggestion?.subgoal ?? '',
    activity: suggestion?.activity ?? '',
    quantity: String(quantity ?? 1),
    kind,
    category: '',
    role: '',
    // A plan for another year gets no default day: the member chooses one within it.
    date: withinDates(today, dates) ? today : '',
    note: '',
  };
}

export function foldFromEntry(action: ActionInput, fallbackKind: ActionKindId): Fold {
  return {
    subgoal: action.subgoal,
    activity: action.activity ?? '',
    quantity: String(action.quantity),
    kind: action.kind ?? fallbackKind,
    category: action.category ?? '',
    role: action.role ?? '',
    date: localDay(new Date(action.at)),
    note: action.note ?? '',
    url: action.url,
    at: action.at,
  };
}

export type FoldField = 'subgoal' | 'quantity' | 'date';
export type FoldProblem = { field: FoldField; message: MessageKey };

/** What keeps the fold from being logged, field by field, in form order (the first is where focus goes). */
export function foldProblems(fold: Fold, dates: Dates | null): FoldProblem[] {
  const problems: FoldProblem[] = [];
  if (fold.subgoal === '') problems.push({ field: 'subgoal', message: 'foldNoSubgoal' });
  const quantity = Number(fold.quantity);
  if (!/^\d+$/.test(fold.quantity.trim()) || quantity < 1 || quantity > 1000) {
    problems.push({ field: 'quantity', message: 'foldQuantity' });
  }
  if (fold.date === '') problems.push({ field: 'date', message: 'foldDateMissing' });
  else if (!withinDates(fold.date, dates)) problems.push({ field: 'date', message: 'foldDate' });
  return problems;
}

export function foldToDraft(fold: Fold, pageType: PageTypeId, pageUrl: string | undefined, now = new Date()): LogDraft {
  const [year, month, day] = fold.date.split('-').map(Number);
  const keptTime = fold.at && localDay(new Date(fold.at)) === fold.date ? fold.at : undefined;
  const backdated = !keptTime && fold.date !== localDay(now) && year && month && day;
  return {
    pageType,
    subgoal: fold.subgoal,
    activity: fold.activity || undefined,
    kind: fold.kind,
    quantity: Number(fold.quantity.trim()),
    url: fold.url ?? pageUrl,
    category: fold.category || undefined,
    role: fold.kind === 'role.appointed' ? fold.role || undefined : undefined,
    note: fold.note || undefined,
    at: keptTime ?? (backdated ? new Date(year, month - 1, day, 12).toISOString() : undefined),
  };
}
