// The popup: what page this is, the suggested delmål, the "mer…" fold, every delmål by area, and the latest entries.
// What was just logged stays in view with its "ångra", and focus stays where the member is after every action.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { localDay } from '../dates.ts';
import type { Translate } from '../i18n.ts';
import { ask, type EntryView, failureText, type LogDraft, type LogResult, type PopupView } from '../messages.ts';
import { EntryList } from './entry-list.tsx';
import { type Fold, type FoldProblem, foldFromEntry, foldProblems, foldToDraft, newFold, withinDates } from './fold.ts';
import { FoldForm } from './fold-form.tsx';
import { ConnectionNotice, openOptions, PageHeader } from './header.tsx';
import { usePopupView } from './popup-view.ts';
import { AllSubgoals, SuggestedSubgoals } from './subgoal-list.tsx';

/** The outcome of the member's last action; `undoId` (and its accessible name) while the entry can be taken back. */
type Flash = { ok: boolean; text: string; undoId?: string; undoLabel?: string; seq: number };
/** Where focus goes once the next render is on screen: the outcome, or its "ångra" (the outcome when it has none). */
type FocusTarget = 'flash' | 'flash-undo';
/** A focus move waiting for the render that shows this outcome (by its sequence number). */
type PendingFocus = { target: FocusTarget; seq: number };
const dateAndTime = { dateStyle: 'medium', timeStyle: 'short' } as const;

/**
 * Focus never drops to the page: when the focused element goes away (an entry went out and its "ångra" with it, the
 * form closed), it moves to the outcome of the last action, or else to the page's heading.
 */
function useFocusKept(pending: { current: PendingFocus | null }): void {
  useEffect(() => {
    let last: Element | null = null;
    const remember = (event: FocusEvent) => {
      last = event.target as Element;
    };
    const observer = new MutationObserver(() => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      // A move already planned for the coming render is left to happen.
      if (!last || last.isConnected || !lost || pending.current) return;
      last = null;
      (document.getElementById('flash') ?? document.querySelector<HTMLElement>('h1'))?.focus();
    });
    document.addEventListener('focusin', remember);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', remember);
      observer.disconnect();
    };
  }, []);
}

function JustLogged(props: {
  flash: Flash;
  view: PopupView;
  t: Translate;
  onUndo: (id: string, title: string) => void;
}) {
  const { flash, view, t } = props;
  const entry = flash.undoId ? view.entries.find((candidate) => candidate.id === flash.undoId) : undefined;
  // A new entry is undoable until the view says it went out, even before the view has caught up with it.
  const undoable = flash.undoId !== undefined && (entry === undefined || entry.canChange);
  return (
    <div
      class={`notice flash${flash.ok ? ' ok' : ' error'}`}
      role="status"
      tabIndex={-1}
      id="flash"
      data-malkoll="flash"
      data-seq={flash.seq}
    >
      <span>{flash.text}</span>
      {undoable && (
        <>
          {' '}
          <button
            type="button"
            class="link"
            id="flash-undo"
            data-malkoll="flash-undo"
            aria-label={entry ? t('undoEntry', entry.subgoalTitle, entry.when) : flash.undoLabel}
            onClick={() => props.onUndo(flash.undoId ?? '', entry?.subgoalTitle ?? '')}
          >
            {t('undo')}
          </button>
        </>
      )}
    </div>
  );
}

function Popup() {
  const { view, t, callCount, shortcut, failure } = usePopupView();
  const [fold, setFold] = useState<Fold | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [problems, setProblems] = useState<FoldProblem[]>([]);
  const [flash, setFlash] = useState<Flash | null>(null);
  const focusNext = useRef<PendingFocus | null>(null);
  const flashes = useRef(0);
  /** Shows the outcome of an action, and moves focus to it (or its "ångra") once it is on screen, or not at all. */
  const announce = (outcome: Omit<Flash, 'seq'>, focus: FocusTarget | null) => {
    const seq = ++flashes.current;
    setFlash({ ...outcome, seq });
    focusNext.current = focus ? { target: focus, seq } : null;
  };
  const openedFocus = useRef(false);
  useFocusKept(focusNext);

  useEffect(() => {
    if (view) document.documentElement.lang = view.language;
  }, [view?.language]);

  useEffect(() => {
    const pending = focusNext.current;
    const shown = document.getElementById('flash');
    // Another render (a refreshed view) may come first: wait for the one that shows this outcome.
    if (!pending || shown?.dataset.seq !== String(pending.seq)) return;
    focusNext.current = null;
    const element = document.getElementById(pending.target) ?? shown;
    element?.focus();
    element?.scrollIntoView({ block: 'nearest' });
  });

  // "ändra" in a page's toast opens the popup on that entry.
  useEffect(() => {
    if (!view || !t || openedFocus.current) return;
    openedFocus.current = true;
    const focused = view.entries.find((entry) => entry.id === view.focus);
    if (!focused) return;
    if (!focused.canChange) {
      announce({ ok: false, text: t('editGone') }, null);
      return;
    }
    setEditing(focused.id);
    setFold(foldFromEntry(focused.action, view.defaultKind));
  }, [view, t]);

  if (failure && t) {
    return (
      <main>
        <p class="notice error" role="alert">
          {failure}
        </p>
      </main>
    );
  }
  if (!view || !t) return null;

  const todayInPlan = view.dates !== null && withinDates(localDay(new Date()), view.dates);
  const subgoalsExist = view.areas.some((area) => area.subgoals.length > 0);

  const titleOf = (id: string) => {
    const found = view.areas.flatMap((area) => area.subgoals).find((candidate) => candidate.id === id);
    return found ? `${found.id} ${found.title}` : id;
  };

  /** Logs (or changes) an entry; `done` runs with the outcome, in the same render, when it was logged. */
  const send = async (draft: LogDraft, after: FocusTarget | null, done?: () => void): Promise<void> => {
    try {
      const result: LogResult = editing
        ? await ask({ type: 'amend', id: editing, draft })
        : await ask({ type: 'log', draft });
      const when = new Date(draft.at ?? Date.now()).toLocaleString(view.language, dateAndTime);
      const undoLabel = t('undoEntry', titleOf(draft.subgoal), when);
      announce(
        result.ok
          ? { ok: true, text: result.message, undoId: result.id, undoLabel }
          : { ok: false, text: result.message },
        after,
      );
      if (result.ok) done?.();
    } catch (error) {
      announce({ ok: false, text: failureText(error, t('workerGone')) }, 'flash');
    }
  };

  const openFold = (subgoal?: string, activity?: string) => {
    const suggestion = subgoal ? { subgoal, activity } : view.suggested[0];
    setFold(newFold(suggestion, view.defaultKind, callCount, view.dates));
    setProblems([]);
  };

  const pick = (subgoal: string, activity?: string) => {
    if (fold) {
      setFold({ ...fold, subgoal, activity: activity ?? '' });
      return;
    }
    // A plan for another year needs a day within it: the fold asks for one.
    if (!todayInPlan) {
      openFold(subgoal, activity);
      return;
    }
    // Focus stays on the delmål clicked; the entry and its "ångra" show at the top.
    void send({ pageType: view.page.type, subgoal, activity, url: view.page.url, quantity: callCount ?? 1 }, null);
  };

  const submitFold = async () => {
    if (!fold) return;
    const found = foldProblems(fold, view.dates);
    setProblems(found);
    if (found.length > 0) return;
    await send(foldToDraft(fold, view.page.type, view.page.url), 'flash-undo', () => {
      setEditing(null);
      setFold(null);
    });
  };

  const undo = async (id: string, title: string) => {
    try {
      const undone = await ask({ type: 'undo', id });
      announce({ ok: undone, text: undone ? t('undoneEntry', title) : t('undoGone') }, 'flash');
    } catch (error) {
      announce({ ok: false, text: failureText(error, t('workerGone')) }, 'flash');
    }
  };

  const chosen = fold ? fold.subgoal : null;
  return (
    <main>
      <PageHeader view={view} t={t} />
      <ConnectionNotice view={view} t={t} />
      {flash && <JustLogged flash={flash} view={view} t={t} onUndo={(id, title) => void undo(id, title)} />}
      {!todayInPlan && view.planYears && (
        <p class="notice" data-malkoll="plan-year">
          {t('planOutsideToday', view.planYears)}
        </p>
      )}
      <SuggestedSubgoals view={view} t={t} chosen={chosen} onPick={pick} />
      {subgoalsExist && (
        <details
          open={fold !== null}
          onToggle={(event) => {
            const open = (event.currentTarget as HTMLDetailsElement).open;
            if (open && !fold) openFold();
            if (!open && fold) {
              setFold(null);
              setEditing(null);
            }
          }}
        >
          <summary data-malkoll="more">{t('more')}</summary>
          {fold && (
            <FoldForm
              fold={fold}
              view={view}
              t={t}
              editing={editing !== null}
              problems={problems}
              onChange={setFold}
              onSubmit={() => void submitFold()}
            />
          )}
        </details>
      )}
      <AllSubgoals view={view} t={t} chosen={chosen} onPick={pick} />
      <EntryList view={view} t={t} onUndo={(entry: EntryView) => void undo(entry.id, entry.subgoalTitle)} />
      <footer>
        <span class="muted" data-malkoll="shortcut">
          {shortcut === null ? '' : shortcut ? t('shortcut', shortcut) : t('shortcutNone')}
        </span>
        <button type="button" class="link" onClick={openOptions}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
