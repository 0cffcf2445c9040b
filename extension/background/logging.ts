// The worker's logging: an entry from the popup or a page's button becomes a checked action in the outbox; undo,
// change and the popup opened on an entry.
import { ActionInput, HTTP_URL, MAX_URL_LENGTH } from '../../shared/model/action.ts';
import { outsidePlanYears, planYears, planYearsText } from '../../shared/model/action-rules.ts';
import type { SnapshotPlan } from '../../shared/wire.ts';
import { localDay } from '../dates.ts';
import type { LogDraft, LogResult } from '../messages.ts';
import { OPTIONS_PAGE, POPUP_PAGE } from '../pages.ts';
import { amend, connectionKey, enqueue, hold, undo } from '../queue/machine.ts';
import { detectPageType, siteLoggableUrl } from '../sites/index.ts';
import { callAssignmentUrl, isCallerView } from '../sites/zetkin.ts';
import { defaultKind, rememberLastUsed, suggestedSubgoals } from '../suggest.ts';
import { scheduleAndShow, updateQueue } from './outbox.ts';
import { readSnapshot } from './plan.ts';
import { type PopupContext, read, readLastUsed, readQueue, readSendDelay, setPopupContext, write } from './store.ts';
import { translate } from './translate.ts';

export function subgoalTitle(plan: SnapshotPlan | undefined, id: string): string {
  const subgoal = plan?.areas.flatMap((area) => area.subgoals).find((candidate) => candidate.id === id);
  return subgoal ? `${subgoal.id} ${subgoal.title}` : id;
}

/** The page's address as it can be logged: http(s) only, without the fragment or the site's tracking, short enough. */
export function loggableUrl(url: string | undefined): string | undefined {
  const parsed = url ? URL.parse(siteLoggableUrl(url)) : null;
  if (!parsed || !HTTP_URL.test(parsed.href)) return undefined;
  parsed.hash = '';
  if (parsed.href.length > MAX_URL_LENGTH) parsed.search = '';
  return parsed.href.length <= MAX_URL_LENGTH ? parsed.href : undefined;
}

/**
 * The address logged for a page: on Zetkin's caller view, which names no assignment since Zetkin rewrote it, the
 * assignment the page's content script saw; otherwise the page's own address.
 */
export function pageAddress(url: string | undefined, callAssignment: number | undefined): string | undefined {
  if (url && isCallerView(url) && callAssignment !== undefined) return callAssignmentUrl(callAssignment);
  return loggableUrl(url);
}

function toAction(id: string, draft: LogDraft, at: string, plan: SnapshotPlan): ActionInput | undefined {
  const kind = draft.kind ?? defaultKind(plan, draft.pageType);
  const parsed = ActionInput.safeParse({
    id,
    at,
    subgoal: draft.subgoal,
    activity: draft.activity || undefined,
    kind,
    quantity: draft.quantity ?? 1,
    url: loggableUrl(draft.url),
    category: draft.category || undefined,
    note: draft.note?.trim() || undefined,
    role: kind === 'role.appointed' ? draft.role || undefined : undefined,
  });
  return parsed.success ? parsed.data : undefined;
}

/** Adds an entry to the outbox (or changes the one `replacing` names); the message names the delmål. */
export async function log(draft: LogDraft, options: { replacing?: string; fromTab?: number } = {}): Promise<LogResult> {
  const t = await translate();
  const [connection, snapshot] = await Promise.all([read('connection'), readSnapshot()]);
  if (!connection || !snapshot) return { ok: false, why: 'not-connected', message: t('notConnected') };
  const plan = snapshot.response.plan;
  const at = draft.at ?? new Date().toISOString();
  // The web app refuses these too; saying so now keeps the entry from waiting only to be turned away.
  const years = planYears(plan);
  if (outsidePlanYears(Date.parse(at), years) !== undefined) {
    const message = draft.at
      ? t('dateOutsidePlan', planYearsText(years))
      : t('todayOutsidePlan', planYearsText(years), new Date().getFullYear());
    return { ok: false, why: 'outside-plan', message };
  }
  if (draft.subgoal === '') return { ok: false, why: 'choose-subgoal', message: t('chooseSubgoal') };
  const id = options.replacing ?? crypto.randomUUID();
  const action = toAction(id, draft, at, plan);
  if (!action) return { ok: false, message: t('draftInvalid') };
  const sendAfter = Date.now() + (options.replacing ? 0 : await readSendDelay());
  const entry = {
    action,
    pageType: draft.pageType,
    connection: connectionKey(connection.url, connection.member),
    ...(options.fromTab === undefined ? {} : { fromTab: options.fromTab }),
  };
  const state = await updateQueue((current) =>
    options.replacing ? amend(current, action, Date.now()) : enqueue(current, entry, sendAfter),
  );
  const stored = state.entries.find((candidate) => candidate.action.id === id);
  if (!stored || stored.action !== action) return { ok: false, message: t('editGone') };
  await write('lastUsed', rememberLastUsed(await readLastUsed(), draft.pageType, action));
  await scheduleAndShow(state);
  return { ok: true, id, message: t(options.replacing ? 'changed' : 'logged', subgoalTitle(plan, action.subgoal)) };
}

/** The page's address is the sender's: a content script names only what the address no longer says. */
export type PageClick = {
  tabId: number;
  url: string;
  title: string;
  quantity?: number;
  callAssignment?: number;
  again?: boolean;
};

/**
 * One click in a page: the first suggestion, the page's kind and address. A page logged today already is logged
 * again only when the member says so; the toast tells what happened without naming the plan's delmål, since the
 * page can read the toast.
 */
export async function logPage(click: PageClick): Promise<LogResult> {
  const t = await translate();
  const pageType = detectPageType(click.url);
  const url = pageAddress(click.url, click.callAssignment);
  if (pageType === null || url === undefined) return { ok: false, message: t('pageNotLoggable') };
  const [connection, snapshot] = await Promise.all([read('connection'), readSnapshot()]);
  if (!connection || !snapshot) return { ok: false, why: 'not-connected', message: t('notConnected') };
  const today = localDay(new Date());
  const logged = await read('pagesLogged');
  const todays = logged?.day === today ? logged.entries : [];
  const by = connectionKey(connection.url, connection.member);
  if (!click.again && todays.some((entry) => entry.url === url && entry.connection === by)) {
    return { ok: false, why: 'already-today', message: t('alreadyToday') };
  }
  const [first] = suggestedSubgoals(snapshot.response.plan, pageType, await readLastUsed());
  if (!first) {
    await openPopup({ url, title: click.title, pageType, at: Date.now() });
    return { ok: false, why: 'choose-subgoal', message: t('chooseSubgoal') };
  }
  const draft = { pageType, subgoal: first.subgoal, activity: first.activity, url, quantity: click.quantity };
  const result = await log(draft, { fromTab: click.tabId });
  if (!result.ok) return result;
  await write('pagesLogged', { day: today, entries: [...todays, { url, id: result.id, connection: by }] });
  return { ok: true, id: result.id, message: t('loggedOnPage') };
}

/** Takes back an entry not yet sent; `fromTab` limits it to what that tab's button logged. */
export async function undoEntry(id: string, fromTab?: number): Promise<boolean> {
  const before = await readQueue();
  const entry = before.entries.find((candidate) => candidate.action.id === id);
  if (!entry || (fromTab !== undefined && entry.fromTab !== fromTab)) return false;
  const after = await updateQueue((state) => undo(state, id));
  await scheduleAndShow(after);
  const undone = after.entries.length < before.entries.length;
  const logged = await read('pagesLogged');
  if (undone && logged?.entries.some((page) => page.id === id)) {
    await write('pagesLogged', { ...logged, entries: logged.entries.filter((page) => page.id !== id) });
  }
  return undone;
}

export async function openPopup(context: PopupContext): Promise<void> {
  await setPopupContext(context);
  try {
    await chrome.action.openPopup();
  } catch {
    await chrome.tabs.create({ url: chrome.runtime.getURL(POPUP_PAGE) });
  }
}

/** Opens the popup on an entry to change it, holding it back meanwhile; `fromTab` as for undoEntry. */
export async function editEntry(id: string, fromTab?: number): Promise<void> {
  const entry = (await readQueue()).entries.find((candidate) => candidate.action.id === id);
  if (!entry || (fromTab !== undefined && entry.fromTab !== fromTab)) return;
  const state = await updateQueue((current) => hold(current, id, Date.now()));
  await scheduleAndShow(state);
  await openPopup({ url: entry.action.url, pageType: entry.pageType, focus: id, at: Date.now() });
}

/** The options page, from a page's toast (content scripts cannot open it themselves). */
export async function openOptions(): Promise<void> {
  try {
    await chrome.runtime.openOptionsPage();
  } catch {
    await chrome.tabs.create({ url: chrome.runtime.getURL(OPTIONS_PAGE) });
  }
}
