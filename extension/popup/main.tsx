// The popup: what page this is, the suggested delmål, every delmål by area, the "mer…" fold and the latest entries.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ActionKindId } from '../../shared/model/action.ts';
import { loadTranslator, type Translate } from '../i18n.ts';
import { ask, type EntryView, type LogDraft, type PageTab, type PopupView, type TabRequest } from '../messages.ts';
import { OPTIONS_PAGE } from '../pages.ts';
import { type Fold, foldFromEntry, foldToDraft, newFold } from './fold.ts';

type Flash = { ok: boolean; text: string };

function Popup() {
  const [view, setView] = useState<PopupView | null>(null);
  const [t, setT] = useState<Translate | null>(null);
  const [callCount, setCallCount] = useState<number | null>(null);
  const [filter, setFilter] = useState('');
  const [fold, setFold] = useState<Fold | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [flash, setFlash] = useState<Flash | null>(null);

  useEffect(() => {
    let page: PageTab = {};
    const load = async (first: boolean) => {
      if (first) {
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
        page = { id: tab?.id, url: tab?.url, title: tab?.title };
      }
      const next = await ask({ type: 'popup-view', tab: page });
      if (first) {
        page = { id: next.page.tabId, url: next.page.url, title: next.page.title, pageType: next.page.type };
        const translate = await loadTranslator(next.language);
        setT(() => translate);
        const focused = next.entries.find((entry) => entry.id === next.focus);
        if (focused) openEditor(focused, next, translate);
        if (next.page.type === 'zetkin.call' && next.page.tabId !== undefined) {
          const request: TabRequest = { type: 'count-calls' };
          chrome.tabs.sendMessage<TabRequest, number | null>(next.page.tabId, request).then(setCallCount, () => null);
        }
      }
      setView(next);
    };
    void load(true);
    const onChange = (changes: Record<string, unknown>) => {
      if ('queue' in changes || 'connection' in changes || 'snapshot' in changes) void load(false);
    };
    chrome.storage.local.onChanged.addListener(onChange);
    return () => chrome.storage.local.onChanged.removeListener(onChange);
  }, []);

  const openEditor = (entry: EntryView, current: PopupView, translate: Translate) => {
    if (!entry.canChange) {
      setFlash({ ok: false, text: translate('editGone') });
      return;
    }
    setEditing(entry.id);
    setFold(foldFromEntry(entry.action, current.defaultKind));
  };

  const visibleAreas = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    if (!view || !needle) return view?.areas ?? [];
    return view.areas
      .map((area) => ({
        ...area,
        subgoals: area.subgoals.filter((subgoal) =>
          `${subgoal.id} ${subgoal.title} ${area.title}`.toLocaleLowerCase().includes(needle),
        ),
      }))
      .filter((area) => area.subgoals.length > 0);
  }, [view, filter]);

  if (!view || !t) return null;
  const subgoals = view.areas.flatMap((area) => area.subgoals);
  const titleOf = (id: string) => subgoals.find((subgoal) => subgoal.id === id)?.title ?? id;

  const submit = async (draft: LogDraft) => {
    const result = editing ? await ask({ type: 'amend', id: editing, draft }) : await ask({ type: 'log', draft });
    setFlash({ ok: result.ok, text: result.message });
    if (result.ok) {
      setEditing(null);
      setFold(null);
    }
  };

  const pick = (subgoal: string, activity?: string) => {
    if (fold) {
      setFold({ ...fold, subgoal, activity: activity ?? '' });
      return;
    }
    void submit({
      pageType: view.page.type,
      subgoal,
      activity,
      url: view.page.url,
      quantity: callCount ?? 1,
    });
  };

  const subgoalButton = (id: string, activity?: string) => {
    const activityText = activity && subgoals.find((s) => s.id === id)?.activities.find((a) => a.id === activity)?.text;
    return (
      <button
        type="button"
        class={`subgoal${fold?.subgoal === id ? ' chosen' : ''}`}
        data-malkoll="subgoal"
        data-subgoal={id}
        onClick={() => pick(id, activity)}
      >
        <b>{id}</b> {titleOf(id)}
        {activityText && <small>{activityText}</small>}
      </button>
    );
  };

  const connection = view.connection;
  const optionsLink = (label: string) => (
    <button
      type="button"
      class="link"
      onClick={() => void chrome.tabs.create({ url: chrome.runtime.getURL(OPTIONS_PAGE) })}
    >
      {label}
    </button>
  );

  return (
    <main>
      <header>
        <div>
          <div class="page" data-malkoll="page-type">
            {view.page.label}
          </div>
          {view.page.title && <div class="muted clip">{view.page.title}</div>}
        </div>
        <span class={`count${view.waiting ? ' busy' : ''}`} data-malkoll="queue-count" data-count={view.waiting}>
          {view.waiting ? t('waiting', view.waiting) : t('allSent')}
        </span>
      </header>

      {connection.state === 'none' && (
        <p class="notice">
          {t('notConnected')} {optionsLink(t('openOptions'))}
        </p>
      )}
      {connection.state === 'revoked' && (
        <p class="notice error" data-malkoll="revoked">
          <strong>{t('revoked')}</strong> – {t('revokedHelp')} {optionsLink(t('reconnect'))}
        </p>
      )}
      {flash && (
        <p class={`notice${flash.ok ? ' ok' : ' error'}`} role="status" data-malkoll="flash">
          {flash.text}
        </p>
      )}

      {view.suggested.length > 0 && (
        <section>
          <h2>{t('suggested')}</h2>
          {view.suggested.map((suggestion) => subgoalButton(suggestion.subgoal, suggestion.activity))}
        </section>
      )}

      {subgoals.length > 0 && (
        <details
          open={fold !== null}
          onToggle={(event) => {
            const open = (event.currentTarget as HTMLDetailsElement).open;
            if (open && !fold) setFold(newFold(view.suggested[0], view.defaultKind, callCount));
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
              onChange={setFold}
              onSubmit={() => void submit(foldToDraft(fold, view.page.type, view.page.url))}
            />
          )}
        </details>
      )}

      {subgoals.length > 0 && (
        <section>
          <h2>{t('allSubgoals')}</h2>
          <input
            type="search"
            class="filter"
            placeholder={t('filter')}
            aria-label={t('filter')}
            value={filter}
            onInput={(event) => setFilter((event.currentTarget as HTMLInputElement).value)}
          />
          {visibleAreas.length === 0 && <p class="muted">{t('noMatch')}</p>}
          {visibleAreas.map((area) => (
            <div key={area.id} class="area">
              <h3>{area.title}</h3>
              {area.subgoals.map((subgoal) => subgoalButton(subgoal.id))}
            </div>
          ))}
        </section>
      )}

      <section>
        <h2>{t('recent')}</h2>
        {view.waiting > 0 && view.retryAt !== null && view.connection.state !== 'revoked' && (
          <p class="muted">
            {t('retryAt', new Date(view.retryAt).toLocaleTimeString(view.language))}{' '}
            <button type="button" class="link" data-malkoll="retry" onClick={() => void ask({ type: 'retry' })}>
              {t('retryNow')}
            </button>
          </p>
        )}
        {view.entries.length === 0 && <p class="muted">{t('nothingLogged')}</p>}
        <ul class="entries">
          {view.entries.map((entry) => (
            <li key={entry.id} data-malkoll="entry" data-status={entry.status}>
              <div>
                <b>{entry.subgoalTitle}</b>
                <div class="muted">
                  {entry.kindLabel} · {entry.action.quantity} ·{' '}
                  {new Date(entry.action.at).toLocaleString(view.language, { dateStyle: 'short', timeStyle: 'short' })}
                </div>
              </div>
              <div class="state">
                <span class={`status ${entry.status}`}>
                  {entry.status === 'queued'
                    ? t('stateQueued')
                    : entry.status === 'sent'
                      ? t('stateSent')
                      : t('stateRejected', entry.reason ?? '')}
                </span>
                {entry.earlierConnection && (
                  <span class="muted" data-malkoll="earlier-connection">
                    {t('stateEarlierConnection')}
                  </span>
                )}
                {entry.canChange && (
                  <button
                    type="button"
                    class="link"
                    data-malkoll="undo"
                    onClick={() => void ask({ type: 'undo', id: entry.id })}
                  >
                    {t('undo')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <footer>{optionsLink(t('openOptions'))}</footer>
    </main>
  );
}

function FoldForm(props: {
  fold: Fold;
  view: PopupView;
  t: Translate;
  editing: boolean;
  onChange: (fold: Fold) => void;
  onSubmit: () => void;
}) {
  const { fold, view, t, onChange } = props;
  const subgoal = view.areas.flatMap((area) => area.subgoals).find((candidate) => candidate.id === fold.subgoal);
  const set = (patch: Partial<Fold>) => onChange({ ...fold, ...patch });
  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  return (
    <form
      class="fold"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <label>
        {t('subgoal')}
        <select value={fold.subgoal} onChange={(event) => set({ subgoal: value(event), activity: '' })}>
          {view.areas.map((area) => (
            <optgroup key={area.id} label={area.title}>
              {area.subgoals.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.id} {candidate.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        {t('activity')}
        <select value={fold.activity} onChange={(event) => set({ activity: value(event) })}>
          <option value="">{t('activityNone')}</option>
          {subgoal?.activities.map((activity) => (
            <option key={activity.id} value={activity.id}>
              {activity.text}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <label>
          {t('quantity')}
          <input
            type="number"
            min={1}
            max={1000}
            required
            data-malkoll="quantity"
            value={fold.quantity}
            onInput={(event) => set({ quantity: value(event) })}
          />
        </label>
        <label>
          {t('date')}
          <input
            type="date"
            required
            value={fold.date}
            max={fold.today}
            onInput={(event) => set({ date: value(event) })}
          />
        </label>
      </div>
      <label>
        {t('kind')}
        <select value={fold.kind} onChange={(event) => set({ kind: value(event) as ActionKindId })}>
          {view.kinds.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.label}
            </option>
          ))}
        </select>
      </label>
      {view.categories.length > 0 && (
        <label>
          {t('category')}
          <select value={fold.category} onChange={(event) => set({ category: value(event) })}>
            <option value="">{t('categoryNone')}</option>
            {view.categories.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('note')}
        <textarea maxLength={1000} rows={2} value={fold.note} onInput={(event) => set({ note: value(event) })} />
      </label>
      <button type="submit" class="primary" data-malkoll="fold-submit">
        {props.editing ? t('saveChange') : t('logAction')}
      </button>
    </form>
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
