// The service worker's wiring: who may ask what, the answers (a failure reaches the member as words in their
// language), the context menu, and the alarms that send the outbox and refresh the plan.

import { contextMenuTarget } from '../context-menu.ts';
import { type PageStrings, type Request, type ResponseTo, replyTo } from '../messages.ts';
import { retryNow } from '../queue/machine.ts';
import { editEntry, log, logPage, openOptions, openPopup, undoEntry } from './logging.ts';
import { FLUSH_ALARM, flush, recoverAfterRestart, updateQueue } from './outbox.ts';
import { connect, connectionStatus, readSnapshot, refreshSnapshot, SNAPSHOT_PERIOD_MINUTES } from './plan.ts';
import { popupView } from './popup-view.ts';
import { mayAsk, type SenderKind, senderKind } from './senders.ts';
import { keepStorageFromPages, write } from './store.ts';
import { translate } from './translate.ts';

const SNAPSHOT_ALARM = 'malkoll-snapshot';
const CONTEXT_MENU_ID = 'malkoll-log';

/** Before any request is answered, storage is closed to content scripts. */
const ready = keepStorageFromPages();

async function pageStrings(): Promise<PageStrings> {
  const t = await translate();
  return {
    button: t('logButton'),
    logged: t('loggedOnPage'),
    undo: t('undo'),
    undone: t('undone'),
    undoGone: t('undoGone'),
    edit: t('edit'),
    again: t('logAgain'),
    openOptions: t('openOptions'),
    workerGone: t('workerGone'),
    close: t('close'),
  };
}

async function handle(request: Request, sender: SenderKind): Promise<ResponseTo<Request>> {
  const fromTab = sender.kind === 'page' ? sender.tabId : undefined;
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
      return popupView(request.tab, request.opening === true);
    case 'log':
      return log(request.draft);
    case 'amend':
      return log(request.draft, { replacing: request.id });
    case 'undo':
      return undoEntry(request.id);
    case 'retry':
      await updateQueue(retryNow);
      await flush();
      return null;
    case 'open-options':
      await openOptions();
      return null;
    case 'page-strings':
      return pageStrings();
    case 'page-log':
      if (sender.kind !== 'page') return { ok: false, message: (await translate())('pageNotLoggable') };
      return logPage({
        tabId: sender.tabId,
        url: sender.url,
        title: request.title,
        quantity: request.quantity,
        callAssignment: request.callAssignment,
        again: request.again,
      });
    case 'page-undo':
      return undoEntry(request.id, fromTab ?? -1);
    case 'page-edit':
      await editEntry(request.id, fromTab ?? -1);
      return null;
  }
}

const self = { id: chrome.runtime.id, origin: new URL(chrome.runtime.getURL('')).origin };

chrome.runtime.onMessage.addListener((request: Request, messageSender, sendResponse) => {
  const sender = senderKind(messageSender, self);
  if (!mayAsk(sender, request)) {
    console.warn('Målkoll: refused a request from', messageSender.url, request.type);
    return false;
  }
  const work = async () => {
    await ready;
    return handle(request, sender);
  };
  void replyTo(work, async () => (await translate())('internalError')).then(sendResponse);
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
