// The in-page "Logga i Målkoll" button and its toast, in a shadow root so neither the page's CSS nor ours leaks across
// (`:host` rules marked important win over anything the page says about the host element).
export type WidgetStrings = { button: string; edit: string };
export type LogOutcome = { ok: boolean; message: string; id?: string };

export type Widget = {
  /** Shows the button on pages that can be logged, hides it elsewhere. */
  setVisible(visible: boolean): void;
};

/** As long as the entry can still be changed (the outbox's undo window). */
const TOAST_MS = 8_000;

const CSS = `
:host { all: initial !important; position: fixed !important; right: 16px !important; bottom: 16px !important;
  z-index: 2147483647 !important; }
.box { display: flex; flex-direction: column; align-items: flex-end; gap: 8px; font: 14px/1.35 system-ui, sans-serif; }
button { font: inherit; cursor: pointer; border: 0; border-radius: 999px; }
.log { background: #da291c; color: #fff; padding: 10px 16px; font-weight: 600; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.log:disabled { opacity: .6; cursor: progress; }
.toast { display: flex; gap: 12px; align-items: center; max-width: 320px; background: #222; color: #fff; padding: 10px 14px;
  border-radius: 8px; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.toast[hidden] { display: none; }
.edit { background: transparent; color: #ffb4ab; text-decoration: underline; padding: 0; }
.edit[hidden] { display: none; }
`;

export function mountWidget(
  document: Document,
  strings: WidgetStrings,
  onLog: () => Promise<LogOutcome>,
  onEdit: (id: string) => void,
): Widget {
  const host = document.createElement('div');
  host.setAttribute('data-malkoll', 'host');
  for (const [property, value] of Object.entries({
    position: 'fixed',
    right: '16px',
    bottom: '16px',
    'z-index': '2147483647',
  })) {
    host.style.setProperty(property, value, 'important');
  }
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new (document.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];

  const box = document.createElement('div');
  box.className = 'box';
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  toast.hidden = true;
  const toastText = document.createElement('span');
  const edit = document.createElement('button');
  edit.className = 'edit';
  edit.textContent = strings.edit;
  edit.setAttribute('data-malkoll', 'toast-edit');
  toast.append(toastText, edit);
  const button = document.createElement('button');
  button.className = 'log';
  button.type = 'button';
  button.textContent = strings.button;
  button.setAttribute('data-malkoll', 'log-button');
  box.append(toast, button);
  root.append(box);

  let loggedId: string | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const showToast = (outcome: LogOutcome) => {
    loggedId = outcome.ok ? outcome.id : undefined;
    toastText.textContent = outcome.message;
    edit.hidden = loggedId === undefined;
    toast.hidden = false;
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      toast.hidden = true;
    }, TOAST_MS);
  };

  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      showToast(await onLog());
    } finally {
      button.disabled = false;
    }
  });
  edit.addEventListener('click', () => {
    if (loggedId) onEdit(loggedId);
    toast.hidden = true;
  });

  return {
    setVisible(visible) {
      if (visible && !host.isConnected) document.documentElement.append(host);
      if (!visible) host.remove();
    },
  };
}
