// Content script on Zetkin and Facebook: shows the log button on loggable pages, following the single-page apps' navigation.
import { ask, type TabRequest } from '../messages.ts';
import { detectPageType } from '../sites/index.ts';
import { callerAssignmentId, FINISHED_CALLS_PATH, finishedCallsToday } from '../sites/zetkin.ts';
import { mountWidget } from './widget.ts';

/** Content scripts cannot see the page's history.pushState, so the address is polled. */
const URL_POLL_MS = 500;

/** On Zetkin's caller view: today's finished calls in this assignment, read from Zetkin's own API (numbers only). */
async function callsMadeToday(): Promise<number | null> {
  const assignmentId = callerAssignmentId(location.href);
  if (assignmentId === null) return null;
  try {
    const response = await fetch(FINISHED_CALLS_PATH, { credentials: 'same-origin' });
    if (!response.ok) return null;
    const body = (await response.json()) as { data?: unknown };
    const count = finishedCallsToday(Array.isArray(body) ? body : body.data, assignmentId, new Date());
    return count > 0 ? count : null;
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  const strings = await ask({ type: 'page-strings' });
  const widget = mountWidget(
    document,
    strings,
    async () => {
      const quantity = (await callsMadeToday()) ?? undefined;
      const result = await ask({ type: 'page-log', url: location.href, title: document.title, quantity });
      return result.ok ? { ok: true, message: result.message, id: result.id } : { ok: false, message: result.message };
    },
    (id) => void ask({ type: 'edit-entry', id }),
  );
  let shownFor = '';
  const follow = () => {
    if (location.href === shownFor) return;
    shownFor = location.href;
    widget.setVisible(detectPageType(location.href) !== null);
  };
  follow();
  setInterval(follow, URL_POLL_MS);
  addEventListener('popstate', follow);

  chrome.runtime.onMessage.addListener((request: TabRequest, _sender, sendResponse) => {
    if (request.type !== 'count-calls') return false;
    void callsMadeToday().then(sendResponse);
    return true;
  });
}

void start();
