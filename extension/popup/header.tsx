// The popup's top: what page this is, how many entries wait, and what the connection needs from the member.
import type { Translate } from '../i18n.ts';
import type { PopupView } from '../messages.ts';

/** The options page, in one click from wherever the member is told to go there. */
export function openOptions(): void {
  void chrome.runtime.openOptionsPage();
}

export function PageHeader({ view, t }: { view: PopupView; t: Translate }) {
  const connected = view.connection.state !== 'none';
  return (
    <header>
      <div class="page-of">
        <h1 class="page" data-malkoll="page-type" tabIndex={-1}>
          {view.page.label}
        </h1>
        {view.page.title && <div class="muted clip">{view.page.title}</div>}
      </div>
      {connected ? (
        <span class={`count${view.waiting ? ' busy' : ''}`} data-malkoll="queue-count" data-count={view.waiting}>
          {view.waiting ? t('waiting', view.waiting) : t('allSent')}
        </span>
      ) : (
        <span class="count off" data-malkoll="queue-count" data-count={view.waiting}>
          {t('notConnectedShort')}
        </span>
      )}
    </header>
  );
}

export function ConnectionNotice({ view, t }: { view: PopupView; t: Translate }) {
  if (view.connection.state === 'none') {
    return (
      <div class="notice" data-malkoll="not-connected">
        <p>{t('connectFirst')}</p>
        <button type="button" class="primary" data-malkoll="open-options" onClick={openOptions}>
          {t('openOptionsButton')}
        </button>
      </div>
    );
  }
  if (view.connection.state === 'revoked') {
    return (
      <div class="notice error" data-malkoll="revoked">
        <p>
          <strong>{t('revoked')}</strong> – {t('revokedHelp')}
        </p>
        <button type="button" class="primary" data-malkoll="open-options" onClick={openOptions}>
          {t('reconnect')}
        </button>
      </div>
    );
  }
  return null;
}
