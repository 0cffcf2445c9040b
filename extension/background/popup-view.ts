// What the popup shows, put together by the worker: the page, the plan's delmål with their standing, the suggestions,
// the vocabularies, the days an entry may be dated, and the latest entries.
import { ACTION_KINDS, actionKindLabel } from '../../shared/model/action.ts';
import { planYears, planYearsText } from '../../shared/model/action-rules.ts';
import type { Language } from '../../shared/model/language.ts';
import { pageTypeLabel } from '../../shared/model/page.ts';
import { TARGET_STATUS_LABELS } from '../../shared/model/target-status.ts';
import type { SnapshotPlan } from '../../shared/wire.ts';
import { localDay } from '../dates.ts';
import type { EntryView, PageTab, PopupView, SubgoalView } from '../messages.ts';
import { canChange, fromOtherConnection, waitingCount } from '../queue/machine.ts';
import { detectPageType, sitePageTitle } from '../sites/index.ts';
import { isCallerView } from '../sites/zetkin.ts';
import { defaultKind, suggestedSubgoals } from '../suggest.ts';
import { loggableUrl, pageAddress, subgoalTitle } from './logging.ts';
import { flush } from './outbox.ts';
import { connectionStatus, readSnapshot } from './plan.ts';
import { keyOf, read, readLanguage, readLastUsed, readQueue, takePopupContext } from './store.ts';
import { translate } from './translate.ts';

/** The latest entries the popup lists. */
const ENTRIES_SHOWN = 10;

/**
 * "5 av cirka 15 · i fas · Prognos: cirka 11 av 15 (når inte målet)" for each of a delmål's targets as Mål last
 * computed them, each wording once: where the member's click moves it, and where the year's pace leads.
 */
function standingOf(
  subgoal: SnapshotPlan['areas'][number]['subgoals'][number],
  language: Language,
): string | undefined {
  if (!subgoal.targets || subgoal.targets.length === 0) return undefined;
  const worded = subgoal.targets.map((target) => {
    const status = TARGET_STATUS_LABELS[target.status][language].toLowerCase();
    return [target.progress, status, target.forecast].filter(Boolean).join(' · ');
  });
  return [...new Set(worded)].join('; ');
}

/** The plan's days up to today: an entry is done within the plan's years and not in the future. */
function datesOf(plan: SnapshotPlan, now: Date): PopupView['dates'] {
  const years = planYears(plan);
  const last = `${years.last}-12-31`;
  const today = localDay(now);
  return { min: `${years.first}-01-01`, max: today < last ? today : last };
}

export async function popupView(tab: PageTab, opening: boolean): Promise<PopupView> {
  const now = Date.now();
  const [language, connection, stored, snapshot, queue, lastUsed, context, t] = await Promise.all([
    readLanguage(),
    connectionStatus(),
    read('connection'),
    readSnapshot(),
    readQueue(),
    readLastUsed(),
    // Only an opening popup takes the context: another popup already open must not consume it on a refresh.
    opening ? takePopupContext(now) : undefined,
    translate(),
  ]);
  void flush();
  const url = context ? context.url : tab.url;
  const pageType = context?.pageType ?? tab.pageType ?? (url ? detectPageType(url) : null) ?? 'other';
  const plan = snapshot?.response.plan;
  const kindIds = plan?.actionKinds.map((kind) => kind.id) ?? ACTION_KINDS.map((kind) => kind.id);
  const dayAndTime = { dateStyle: 'medium', timeStyle: 'short' } as const;
  const entries: EntryView[] = queue.entries.slice(0, ENTRIES_SHOWN).map((entry) => ({
    id: entry.action.id,
    subgoalTitle: subgoalTitle(plan, entry.action.subgoal),
    kindLabel: actionKindLabel(entry.action.kind, language),
    when: new Date(entry.action.at).toLocaleString(language, dayAndTime),
    status: entry.status,
    reason: entry.reason,
    canChange: canChange(entry),
    earlierConnection: fromOtherConnection(entry, keyOf(stored)),
    action: entry.action,
  }));
  const title = url && sitePageTitle(url, context ? context.title : tab.title);
  // Zetkin's caller view is titled "Call" whatever is called: name the assignment instead.
  const callerTitle =
    url && isCallerView(url) && tab.callAssignment !== undefined
      ? t('callAssignmentTitle', tab.callAssignment)
      : undefined;
  const areas = (plan?.areas ?? []).map((area) => ({
    id: area.id,
    title: area.title,
    subgoals: area.subgoals.map((subgoal): SubgoalView => {
      const standing = standingOf(subgoal, language);
      return standing ? { ...subgoal, standing } : subgoal;
    }),
  }));
  return {
    language,
    connection,
    page: {
      type: pageType,
      label: pageTypeLabel(pageType, language),
      url: context ? loggableUrl(context.url) : pageAddress(tab.url, tab.callAssignment),
      title: title || callerTitle,
      tabId: context ? undefined : tab.id,
    },
    defaultKind: plan ? defaultKind(plan, pageType) : 'other',
    suggested: plan ? suggestedSubgoals(plan, pageType, lastUsed) : [],
    areas,
    kinds: kindIds.map((id) => ({ id, label: actionKindLabel(id, language) })),
    categories: plan?.categories ?? [],
    roles: plan?.roles ?? [],
    dates: plan ? datesOf(plan, new Date(now)) : null,
    planYears: plan ? planYearsText(planYears(plan)) : null,
    entries,
    waiting: waitingCount(queue, keyOf(stored)),
    retryAt: queue.retryAt,
    focus: context?.focus ?? null,
  };
}
