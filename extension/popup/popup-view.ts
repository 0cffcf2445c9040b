// Loading what the popup shows: the active tab (and on Zetkin's caller view, the assignment and today's calls from
// its content script), the worker's view of it, the member's language and the toolbar shortcut; again on every change.
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_LANGUAGE } from '../../shared/model/language.ts';
import { isLanguage, loadTranslator, type Translate } from '../i18n.ts';
import { ask, failureText, type PageTab, type PopupView, type TabRequest } from '../messages.ts';

export type LoadedPopup = {
  view: PopupView | null;
  t: Translate | null;
  /** Calls finished today on the caller view, to prefill Antal. */
  callCount: number | null;
  /** The toolbar button's shortcut as Chrome has it now; '' when there is none (a clash, or removed). */
  shortcut: string | null;
  /** Why there is no view: the worker failed or did not answer. */
  failure: string | null;
};

function askTab<T>(tabId: number, request: TabRequest): Promise<T | null> {
  return chrome.tabs.sendMessage<TabRequest, T | null>(tabId, request).catch(() => null);
}

export function usePopupView(): LoadedPopup {
  const [view, setView] = useState<PopupView | null>(null);
  const [t, setT] = useState<Translate | null>(null);
  const [callCount, setCallCount] = useState<number | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let page: PageTab = {};
    const first = async () => {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      page = { id: tab?.id, url: tab?.url, title: tab?.title };
      // Only the content script of Zetkin's caller view knows an assignment; any other tab answers nothing.
      const assignment = tab?.id === undefined ? null : await askTab<number>(tab.id, { type: 'caller-assignment' });
      if (tab?.id !== undefined && assignment !== null) {
        page.callAssignment = assignment;
        void askTab<number>(tab.id, { type: 'count-calls' }).then(setCallCount);
      }
      const next = await ask({ type: 'popup-view', tab: page, opening: true });
      // Later views keep what the first decided (a context menu's or toast's page, which is read only once).
      page = { ...page, id: next.page.tabId, url: next.page.url, title: next.page.title, pageType: next.page.type };
      const translate = await loadTranslator(next.language);
      setT(() => translate);
      setView(next);
      const commands = await chrome.commands.getAll();
      setShortcut(commands.find((command) => command.name === '_execute_action')?.shortcut ?? '');
    };
    const again = async () => {
      try {
        setView(await ask({ type: 'popup-view', tab: page }));
      } catch {
        // The view on screen stays; the next change tries again.
      }
    };
    first().catch(async (error: unknown) => {
      const { language } = await chrome.storage.local.get('language');
      const translate = await loadTranslator(isLanguage(language) ? language : DEFAULT_LANGUAGE);
      setT(() => translate);
      setFailure(failureText(error, translate('workerGone')));
    });
    const onChange = (changes: Record<string, unknown>) => {
      if ('queue' in changes || 'connection' in changes || 'snapshot' in changes || 'language' in changes) {
        void again();
      }
    };
    chrome.storage.local.onChanged.addListener(onChange);
    return () => chrome.storage.local.onChanged.removeListener(onChange);
  }, []);

  return { view, t, callCount, shortcut, failure };
}
