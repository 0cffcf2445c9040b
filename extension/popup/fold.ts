// The "mer…" fold's form state and how it becomes a log draft (dates are local days; a past day is logged at noon).
import type { ActionInput, ActionKindId } from '../../shared/model/action.ts';
import type { PageTypeId } from '../../shared/model/page.ts';
import type { Suggestion } from '../../shared/wire.ts';
import type { LogDraft } from '../messages.ts';

export type Fold = {
  subgoal: string;
  activity: string;
  quantity: string;
  kind: ActionKindId;
  category: string;
  /** YYYY-MM-DD in local time. */
  date: string;
  today: string;
  note: string;
  /** Kept when changing an entry so its link and time stay unless the day is changed. */
  url?: string;
  at?: string;
};

function localDay(time: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

export function newFold(
  suggestion: Suggestion | undefined,
  kind: ActionKindId,
  quantity: number | null,
  now = new Date(),
): Fold {
  const today = localDay(now);
  return {
    subgoal: suggestion?.subgoal ?? '',
    activity: suggestion?.activity ?? '',
    quantity: String(quantity ?? 1),
    kind,
    category: '',
    date: today,
    today,
    note: '',
  };
}

export function foldFromEntry(action: ActionInput, fallbackKind: ActionKindId, now = new Date()): Fold {
  return {
    subgoal: action.subgoal,
    activity: action.activity ?? '',
    quantity: String(action.quantity),
    kind: action.kind ?? fallbackKind,
    category: action.category ?? '',
    date: localDay(new Date(action.at)),
    today: localDay(now),
    note: action.note ?? '',
    url: action.url,
    at: action.at,
  };
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
    quantity: Number(fold.quantity),
    url: fold.url ?? pageUrl,
    category: fold.category || undefined,
    note: fold.note || undefined,
    at: keptTime ?? (backdated ? new Date(year, month - 1, day, 12).toISOString() : undefined),
  };
}
