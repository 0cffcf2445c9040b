// The latest entries with their state; one still waiting can be undone, and its "ångra" says which entry it is.
import type { Translate } from '../i18n.ts';
import { ask, type EntryView, type PopupView } from '../messages.ts';

function statusText(entry: EntryView, t: Translate): string {
  if (entry.status === 'queued') return t('stateQueued');
  if (entry.status === 'sent') return t('stateSent');
  return t('stateRejected', entry.reason ?? '');
}

export function EntryList(props: { view: PopupView; t: Translate; onUndo: (entry: EntryView) => void }) {
  const { view, t } = props;
  return (
    <section aria-labelledby="recent">
      <h2 id="recent">{t('recent')}</h2>
      {view.waiting > 0 && view.retryAt !== null && view.connection.state !== 'revoked' && (
        <p class="muted">
          {t('retryAt', new Date(view.retryAt).toLocaleTimeString(view.language))}{' '}
          <button type="button" class="link" data-malkoll="retry" onClick={() => void retry()}>
            {t('retryNow')}
          </button>
        </p>
      )}
      {view.entries.length === 0 && <p class="muted">{t('nothingLogged')}</p>}
      <ul class="entries">
        {view.entries.map((entry) => (
          <li key={entry.id} data-malkoll="entry" data-status={entry.status}>
            <div class="entry-text">
              <b>{entry.subgoalTitle}</b>
              <div class="muted">
                {entry.kindLabel} · {entry.action.quantity} · {entry.when}
              </div>
            </div>
            <div class="state">
              <span class={`status ${entry.status}`}>{statusText(entry, t)}</span>
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
                  aria-label={t('undoEntry', entry.subgoalTitle, entry.when)}
                  onClick={() => props.onUndo(entry)}
                >
                  {t('undo')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Sends what waits now; the view follows from storage, whatever the outcome. */
function retry(): Promise<unknown> {
  return ask({ type: 'retry' }).catch(() => undefined);
}
