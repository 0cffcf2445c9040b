// The service worker: owns the connection, the cached plan and the outbox; answers the popup, options page and pages.
import { ACTION_KINDS, ActionInput, actionKindLabel, HTTP_URL, MAX_URL_LENGTH } from '../../shared/model/action.ts';
import type { Language } from '../../shared/model/language.ts';
import { pageTypeLabel } from '../../shared/model/page.ts';
import { type Connection, readConnectionCode } from '../../shared/webapp/connection-code.ts';
import type { SnapshotPlan } from '../../shared/wire.ts';
import { codeProblemText } from '../connection.ts';
import { contextMenuTarget } from '../context-menu.ts';
import { loadTranslator, type Translate } from '../i18n.ts';
import type {
  ConnectionStatus,
  ConnectResult,
  EntryView,
  LogDraft,
  LogResult,
  PageTab,
  PopupView,
  Request,
  ResponseTo,
} from '../messages.ts';
import { POPUP_PAGE } from '../pages.ts';
import {
  amend,
  canChange,
  connectionKey,
  enqueue,
  fromOtherConnection,
  hold,
  resume,
  retryNow,
  undo,
  waitingCount,
} from '../queue/machine.ts';
import { detectPageType } from '../sites/index.ts';
import { defaultKind, rememberLastUsed, suggestedSubgoals } from '../suggest.ts';
import { FLUSH_ALARM, flush, recoverAfterRestart, scheduleAndShow, updateQueue } from './outbox.ts';
import {
  keyOf,
  type PopupContext,
  read,
  readLanguage,
  readLastUsed,
  readQueue,
  readSendDelay,
  type StoredConnection,
  type StoredSnapshot,
  setPopupContext,
  takePopupContext,
  write,
} from './store.ts';
import { fetchSnapshot } from './web-app.ts';

const SNAPSHOT_ALARM = 'malkoll-snapshot';
const SNAPSHOT_PERIOD_MINUTES = 24 * 60;
const CONTEXT_MENU_ID = 'malkoll-log';

const translators = new Map<Language, Promise<Translate>>();
async function translate(): Promise<Translate> {
  const language = await readLanguage();
  let loaded = translators.get(language);
  if (!loaded) {
    loaded = loadTranslator(language);
    translators.set(language, loaded);
  }
  return loaded;
}

// ---- connection and plan ----

async function connectionStatus(): Promise<ConnectionStatus> {
  const [connection, snapshot] = await Promise.all([read('connection'), readSnapshot()]);
  if (!connection || !snapshot) return { state: 'none' };
  return {
    state: connection.revoked ? 'revoked' : 'connected',
    planTitle: snapshot.response.plan.title,
    member: snapshot.response.member.name,
    fetchedAt: snapshot.fetchedAt,
  };
}

async function markRevoked(connection: StoredConnection): Promise<void> {
  await write('connection', { ...connection, revoked: true });
  await scheduleAndShow(await updateQueue((state) => ({ ...state, halted: true })));
}

/** Fetches the plan with these credentials; stores both only when the web app accepts them. */
async function loadSnapshot({ url, token }: Connection): Promise<ConnectResult> {
  const t = await translate();
  const answer = await fetchSnapshot({ url, token });
  if (answer.kind === 'ok') {
    await write('connection', { url, token, member: answer.data.member.name, revoked: false });
    await write('snapshot', { response: answer.data, fetchedAt: Date.now() });
    await scheduleAndShow(await updateQueue(resume));
    void flush();
    const status = await connectionStatus();
    return { ok: true, status, message: t('connected', answer.data.plan.title, answer.data.member.name) };
  }
  if (answer.kind === 'error' && answer.code === 'unauthorized') {
    const stored = await read('connection');
    if (stored && stored.url === url && stored.token === token) await markRevoked(stored);
    return { ok: false, message: t('connectUnauthorized') };
  }
  if (answer.kind === 'error') return { ok: false, message: t('connectServer', answer.message) };
  return { ok: false, message: t(answer.kind === 'unreachable' ? 'connectNetwork' : 'connectBadResponse') };
}

async function connect(code: string): Promise<ConnectResult> {
  const decoded = readConnectionCode(code);
  if (!decoded.ok) return { ok: false, message: codeProblemText(decoded, await translate()) };
  return loadSnapshot(decoded.connection);
}

let refreshing: Promise<ConnectResult> | undefined;

/** One fetch at a time, however many views ask for the plan at once. */
function refreshSnapshot(): Promise<ConnectResult> {
  refreshing ??= (async (): Promise<ConnectResult> => {
    const connection = await read('connection');
    if (!connection) return { ok: false, message: (await translate())('notConnected') };
    return loadSnapshot(connection);
  })().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

/**
 * The cached plan. A day-old one is used while it is refreshed; a missing or unreadable one (one an older version
 * stored in another shape) is fetched again first, and stays missing only when the web app cannot be reached.
 */
async function readSnapshot(): Promise<StoredSnapshot | undefined> {
  const [connection, snapshot] = await Promise.all([read('connection'), read('snapshot')]);
  if (!connection) return snapshot;
  if (!snapshot) {
    await refreshSnapshot();
    return read('snapshot');
  }
  if (Date.now() - snapshot.fetchedAt > SNAPSHOT_PERIOD_MINUTES * 60_000) void refreshSnapshot();
  return snapshot;
}

// ---- logging ----

function subgoalTitle(plan: SnapshotPlan | undefined, id: string): string {
  const subgoal = plan?.areas.flatMap((area) => area.subgoals).find((candidate) => candidate.id === id);
  return subgoal ? `${subgoal.id} ${subgoal.title}` : id;
}

/** The page's address as it can be logged: http(s) only, without the fragment, and short enough. */
function loggableUrl(url: string | undefined): string | undefined {
  const parsed = url ? URL.parse(url) : null;
  if (!parsed || !HTTP_URL.test(parsed.href)) return undefined;
  parsed.hash = '';
  if (parsed.href.length > MAX_URL_LENGTH) parsed.search = '';
  return parsed.href.length <= MAX_URL_LENGTH ? parsed.href : undefined;
}

function toAction(id: string, draft: LogDraft, plan: SnapshotPlan): ReturnType<typeof ActionInput.safeParse> {
  return ActionInput.safeParse({
    id,
    at: draft.at ?? new Date().toISOString(),
    subgoal: draft.subgoal,
    activity: draft.activity || undefined,
    kind: draft.kind ?? defaultKind(plan, draft.pageType),
    quantity: draft.quantity ?? 1,
    url: loggableUrl(draft.url),
    category: draft.category || undefined,
    note: draft.note?.trim() || undefined,
  });
}

async function log(draft: LogDraft, replacing?: string): Promise<LogResult> {
  const t = await translate();
  const [connection, snapshot] = await Promise.all([read('connection'), readSnapshot()]);
  if (!connection || !snapshot) return { ok: false, message: t('notConnected') };
  const id = replacing ?? crypto.randomUUID();
  const parsed = toAction(id, draft, snapshot.response.plan);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join('; ') };
  const action = parsed.data;
  const sendAfter = Date.now() + (replacing ? 0 : await readSendDelay());
  const entry = { action, pageType: draft.pageType, connection: connectionKey(connection.url, connection.member) };
  const state = await updateQueue((current) =>
    replacing ? amend(current, action, Date.now()) : enqueue(current, entry, sendAfter),
  );
  const stored = state.entries.find((entry) => entry.action.id === id);
  if (!stored || stored.action !== action) return { ok: false, message: t('editGone') };
  await write('lastUsed', rememberLastUsed(await readLastUsed(), draft.pageType, action));
  await scheduleAndShow(state);
  return { ok: true, id, message: t('logged', subgoalTitle(snapshot.response.plan, action.subgoal)) };
}

/** One click in a page: the first suggestion, the page's kind, the page's URL. */
async function logPage(url: string, title: string, quantity: number | undefined): Promise<LogResult> {
  const pageType = detectPageType(url) ?? 'other';
  const snapshot = await readSnapshot();
  const [first] = snapshot ? suggestedSubgoals(snapshot.response.plan, pageType, await readLastUsed()) : [];
  if (snapshot && !first) {
    await openPopup({ url, title, pageType, at: Date.now() });
    return { ok: false, message: (await translate())('chooseSubgoal') };
  }
  return log({ pageType, subgoal: first?.subgoal ?? '', activity: first?.activity, url, quantity });
}

async function openPopup(context: PopupContext): Promise<void> {
  await setPopupContext(context);
  try {
    await chrome.action.openPopup();
  } catch {
    await chrome.tabs.create({ url: chrome.runtime.getURL(POPUP_PAGE) });
  }
}

async function editEntry(id: string): Promise<void> {
  const state = await updateQueue((current) => hold(current, id, Date.now()));
  await scheduleAndShow(state);
  const entry = state.entries.find((candidate) => candidate.action.id === id);
  if (entry) await openPopup({ url: entry.action.url, pageType: entry.pageType, focus: id, at: Date.now() });
}

// ---- the popup's view ----

async function popupView(tab: PageTab): Promise<PopupView> {
  const now = Date.now();
  const [language, connection, stored, snapshot, queue, lastUsed, context] = await Promise.all([
    readLanguage(),
    connectionStatus(),
    read('connection'),
    readSnapshot(),
    readQueue(),
    readLastUsed(),
    takePopupContext(now),
  ]);
  void flush();
  const url = context ? context.url : tab.url;
  const pageType = context?.pageType ?? tab.pageType ?? (url ? detectPageType(url) : null) ?? 'other';
  const plan = snapshot?.response.plan;
  const kindIds = plan?.actionKinds.map((kind) => kind.id) ?? ACTION_KINDS.map((kind) => kind.id);
  const entries: EntryView[] = queue.entries.slice(0, 10).map((entry) => ({
    id: entry.action.id,
    subgoalTitle: subgoalTitle(plan, entry.action.subgoal),
    kindLabel: actionKindLabel(entry.action.kind, language),
    status: entry.status,
    reason: entry.reason,
    canChange: canChange(entry),
    earlierConnection: fromOtherConnection(entry, keyOf(stored)),
    action: entry.action,
  }));
  return {
    language,
    connection,
    page: {
      type: pageType,
      label: pageTypeLabel(pageType, language),
      url: loggableUrl(url),
      title: context ? context.title : tab.title,
      tabId: context ? undefined : tab.id,
    },
    defaultKind: plan ? defaultKind(plan, pageType) : 'other',
    suggested: plan ? suggestedSubgoals(plan, pageType, lastUsed) : [],
    areas: plan?.areas ?? [],
    kinds: kindIds.map((id) => ({ id, label: actionKindLabel(id, language) })),
    categories: plan?.categories ?? [],
    entries,
    waiting: waitingCount(queue, keyOf(stored)),
    retryAt: queue.retryAt,
    focus: context?.focus ?? null,
  };
}

// ---- wiring ----

async function handle(request: Request): Promise<ResponseTo<Request>> {
  switch (request.type) {
    case 'connect':
      return connect(request.code);
    case 'status':
      return connectionStatus();
    case 'refresh':
      return refreshSnapshot();
    case 'set-language':
      await write('language', request.language);
      await createContextMenu();
      return null;
    case 'popup-view':
      return popupView(request.tab);
    case 'log':
      return log(request.draft);
    case 'amend':
      return log(request.draft, request.id);
    case 'undo': {
      const before = await readQueue();
      const after = await updateQueue((state) => undo(state, request.id));
      await scheduleAndShow(after);
      return after.entries.length < before.entries.length;
    }
    case 'retry':
      await updateQueue(retryNow);
      await flush();
      return null;
    case 'page-log':
      return logPage(request.url, request.title, request.quantity);
    case 'page-strings': {
      const t = await translate();
      return { button: t('logButton'), edit: t('edit') };
    }
    case 'edit-entry':
      await editEntry(request.id);
      return null;
  }
}

chrome.runtime.onMessage.addListener((request: Request, _sender, sendResponse) => {
  handle(request).then(sendResponse, (error: unknown) => {
    console.error('Målkoll:', error);
    sendResponse(undefined);
  });
  return true;
});

async function createContextMenu(): Promise<void> {
  const t = await translate();
  await chrome.contextMenus.removeAll();
  chrome.contextMenus.create({ id: CONTEXT_MENU_ID, title: t('contextMenuTitle'), contexts: ['page', 'link'] });
}

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== CONTEXT_MENU_ID) return;
  const target = contextMenuTarget(info);
  void openPopup({ ...target, title: info.linkUrl ? undefined : tab?.title, at: Date.now() });
});

chrome.runtime.onInstalled.addListener(() => {
  void createContextMenu();
  // An update may bring a snapshot shape the cached one no longer matches.
  void readSnapshot();
});

/** The daily plan refresh; alarms normally persist, but an update or a cleared profile can drop them. */
async function ensureSnapshotAlarm(): Promise<void> {
  if (!(await chrome.alarms.get(SNAPSHOT_ALARM))) {
    await chrome.alarms.create(SNAPSHOT_ALARM, { periodInMinutes: SNAPSHOT_PERIOD_MINUTES });
  }
}

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === FLUSH_ALARM) void flush();
  if (alarm.name === SNAPSHOT_ALARM) void refreshSnapshot();
});

void ensureSnapshotAlarm();
void recoverAfterRestart().then(flush);
