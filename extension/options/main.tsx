// The options page: paste the connection code, see whom you are connected as, refresh the plan, pick the language.
// Buttons stay focusable while busy (aria-disabled), so focus never drops to the page after an action.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/model/language.ts';
import { readConnectionCode } from '../../shared/webapp/connection-code.ts';
import { codeProblemText } from '../connection.ts';
import { isLanguage, loadTranslator, type Translate } from '../i18n.ts';
import { ask, type ConnectionStatus, failureText } from '../messages.ts';

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
    void ask({ type: 'status' }).then(setStatus, () => undefined);
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

  /** Runs one of the page's requests: busy meanwhile, and a failure said in the member's words. */
  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setMessage({ ok: false, text: failureText(error, t('workerGone')) });
    } finally {
      setBusy(false);
    }
  };

  // The web app answers CORS as Google's does, so no host permission (and no prompt) is needed for either address.
  const connect = () =>
    run(async () => {
      const decoded = readConnectionCode(code);
      if (!decoded.ok) {
        setMessage({ ok: false, text: codeProblemText(decoded, t) });
        return;
      }
      setMessage(null);
      const result = await ask({ type: 'connect', code });
      setMessage({ ok: result.ok, text: result.message });
      if (result.ok) {
        setStatus(result.status);
        setCode('');
      }
    });

  const refresh = () =>
    run(async () => {
      const result = await ask({ type: 'refresh' });
      setMessage({ ok: result.ok, text: result.message });
      setStatus(result.ok ? result.status : await ask({ type: 'status' }));
    });

  const chooseLanguage = (next: Language) =>
    run(async () => {
      await ask({ type: 'set-language', language: next });
      setLanguage(next);
    });

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
            <button
              type="button"
              class="link"
              data-malkoll="refresh"
              aria-disabled={busy}
              onClick={() => void refresh()}
            >
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
          aria-describedby="code-help"
          spellcheck={false}
          data-malkoll="connection-code"
          value={code}
          onInput={(event) => setCode((event.currentTarget as HTMLTextAreaElement).value)}
        />
        <p class="muted" id="code-help">
          {t('codeHelp')}
        </p>
        <button
          type="button"
          class="primary"
          data-malkoll="connect"
          aria-disabled={busy}
          onClick={() => void connect()}
        >
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
