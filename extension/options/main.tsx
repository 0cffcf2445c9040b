// The options page: paste the connection code, see whom you are connected as, refresh the plan, pick the language.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/model/language.ts';
import { readConnectionCode } from '../../shared/webapp/connection-code.ts';
import { codeProblemText, LOCAL_ORIGIN_PATTERN } from '../connection.ts';
import { isLanguage, loadTranslator, type Translate } from '../i18n.ts';
import { ask, type ConnectionStatus } from '../messages.ts';

type Message = { ok: boolean; text: string };

function Options() {
  const [language, setLanguage] = useState<Language | null>(null);
  const [t, setT] = useState<Translate | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>({ state: 'none' });
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    void chrome.storage.local.get('language').then(({ language: stored }) => {
      setLanguage(isLanguage(stored) ? stored : DEFAULT_LANGUAGE);
    });
    void ask({ type: 'status' }).then(setStatus);
  }, []);
  useEffect(() => {
    if (!language) return;
    document.documentElement.lang = language;
    void loadTranslator(language).then((translate) => {
      setT(() => translate);
      document.title = translate('optionsTitle');
    });
  }, [language]);

  if (!t || !language) return null;

  const connect = async () => {
    const decoded = readConnectionCode(code);
    if (!decoded.ok) {
      setMessage({ ok: false, text: codeProblemText(decoded, t) });
      return;
    }
    // Asked for inside the click: Chrome only shows the permission prompt during a user gesture.
    if (decoded.local && !(await chrome.permissions.request({ origins: [LOCAL_ORIGIN_PATTERN] }))) {
      setMessage({ ok: false, text: t('permissionDenied', new URL(decoded.connection.url).origin) });
      return;
    }
    setBusy(true);
    setMessage(null);
    const result = await ask({ type: 'connect', code });
    setBusy(false);
    setMessage({ ok: result.ok, text: result.message });
    if (result.ok) {
      setStatus(result.status);
      setCode('');
    }
  };

  const refresh = async () => {
    setBusy(true);
    const result = await ask({ type: 'refresh' });
    setBusy(false);
    setMessage({ ok: result.ok, text: result.message });
    if (result.ok) setStatus(result.status);
    else setStatus(await ask({ type: 'status' }));
  };

  const chooseLanguage = async (next: Language) => {
    await ask({ type: 'set-language', language: next });
    setLanguage(next);
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {status.state !== 'none' && (
        <section class={`status ${status.state}`} data-malkoll="connection-status">
          <p>
            {status.state === 'revoked' && <strong>{t('revoked')} – </strong>}
            {t('connected', status.planTitle, status.member)}
          </p>
          {status.state === 'revoked' && <p>{t('revokedHelp')}</p>}
          <p class="muted">
            {t(
              'planFetched',
              new Date(status.fetchedAt).toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' }),
            )}{' '}
            <button type="button" class="link" data-malkoll="refresh" disabled={busy} onClick={() => void refresh()}>
              {t('refreshPlan')}
            </button>
          </p>
        </section>
      )}
      <section>
        <label for="code">{t('codeLabel')}</label>
        <textarea
          id="code"
          rows={4}
          spellcheck={false}
          data-malkoll="connection-code"
          value={code}
          onInput={(event) => setCode((event.currentTarget as HTMLTextAreaElement).value)}
        />
        <p class="muted">{t('codeHelp')}</p>
        <button type="button" class="primary" data-malkoll="connect" disabled={busy} onClick={() => void connect()}>
          {busy ? t('connecting') : t('connect')}
        </button>
        {message && (
          <p class={`notice ${message.ok ? 'ok' : 'error'}`} role="alert" data-malkoll="connect-message">
            {message.text}
          </p>
        )}
      </section>
      <section>
        <label for="language">{t('language')}</label>
        <select
          id="language"
          value={language}
          onChange={(event) => {
            const next = (event.currentTarget as HTMLSelectElement).value;
            if (isLanguage(next)) void chooseLanguage(next);
          }}
        >
          <option value="sv">{t('languageSv')}</option>
          <option value="en">{t('languageEn')}</option>
        </select>
      </section>
    </main>
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
