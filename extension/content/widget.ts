// The in-page "Logga i Målkoll" button and its toast, in a closed shadow root: neither the page's CSS nor ours leaks
// across (`:host` rules marked important win over anything the page says about the host), the page's scripts cannot
// reach inside, and only the member's own clicks and keys count (a script's synthetic events are not trusted). The
// toast never shows the plan's words, since the page can read what is drawn on it.
import type { LogResult, PageStrings } from '../messages.ts';

export type WidgetActions = {
  /** Logs the page; `again` when the member confirmed a second entry for the page today. */
  log(again: boolean): Promise<LogResult>;
  undo(id: string): Promise<boolean>;
  edit(id: string): void;
  openOptions(): void;
};

export type Widget = {
  /** Shows the button on pages that can be logged, hides it elsewhere; puts it back if the page removed it. */
  setVisible(visible: boolean): void;
};

/** As long as the entry can still be undone (the outbox's undo window); paused while the toast is hovered or focused. */
const TOAST_MS = 8_000;

const CSS = `
:host { all: initial !important; position: fixed !important; right: 16px !important; bottom: 16px !important;
  z-index: 2147483647 !important; }
.box { display: flex; flex-direction: column; align-items: flex-end; gap: 8px; font: 15px/1.4 system-ui, sans-serif; }
button { font: inherit; cursor: pointer; border: 0; }
button:focus-visible { outline: 3px solid #1f5fa8; outline-offset: 2px; }
.log { background: #da291c; color: #fff; padding: 10px 18px; border-radius: 999px; font-weight: 600;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.log[aria-busy="true"] { cursor: progress; }
.toast { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; max-width: min(360px, calc(100vw - 32px));
  box-sizing: border-box; background: #202124; color: #fff; padding: 10px 12px 10px 16px; border-radius: 8px;
  box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.toast[hidden], .toast button[hidden] { display: none; }
.text { margin: 0; flex: 1 1 160px; }
.action { background: transparent; color: #ffc2ba; text-decoration: underline; padding: 2px 0; }
.close { background: transparent; color: #fff; font-size: 20px; line-height: 1; padding: 0 4px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

export function mountWidget(
  document: Document,
  strings: PageStrings,
  actions: WidgetActions,
  /** `open` only for the accessibility test, which must see inside; the page never gets an open root. */
  options: { shadowMode?: ShadowRootMode } = {},
): Widget {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };
  const host = make('div', { 'data-malkoll': 'host' });
  for (const [property, value] of Object.entries({
    position: 'fixed',
    right: '16px',
    bottom: '16px',
    'z-index': '2147483647',
  })) {
    host.style.setProperty(property, value, 'important');
  }
  const root = host.attachShadow({ mode: options.shadowMode ?? 'closed' });
  const sheet = new (document.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];

  const box = make('div', { class: 'box' });
  // The announcement lives outside the toast, so it is heard even as the toast appears.
  const status = make('span', { class: 'sr', role: 'status', 'data-malkoll': 'status' });
  const toast = make('div', { class: 'toast', 'data-malkoll': 'toast' });
  toast.hidden = true;
  const text = make('p', { class: 'text', 'aria-hidden': 'true', 'data-malkoll': 'toast-text' });
  const actionButton = (label: string, name: string) => {
    const button = make('button', { type: 'button', class: 'action', 'data-malkoll': name });
    button.textContent = label;
    return button;
  };
  const undo = actionButton(strings.undo, 'toast-undo');
  const edit = actionButton(strings.edit, 'toast-edit');
  const again = actionButton(strings.again, 'toast-again');
  const settings = actionButton(strings.openOptions, 'toast-options');
  const close = make('button', {
    type: 'button',
    class: 'close',
    'aria-label': strings.close,
    'data-malkoll': 'toast-close',
  });
  close.textContent = '×';
  toast.append(text, undo, edit, again, settings, close);
  const button = make('button', { type: 'button', class: 'log', 'data-malkoll': 'log-button' });
  button.textContent = strings.button;
  box.append(status, toast, button);
  root.append(box);

  let loggedId: string | undefined;
  let busy = false;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let held = false;
  const hide = () => {
    toast.hidden = true;
  };
  const countDown = () => {
    clearTimeout(hideTimer);
    if (!held) hideTimer = setTimeout(hide, TOAST_MS);
  };
  const show = (message: string, visible: { undo?: boolean; again?: boolean; options?: boolean } = {}) => {
    text.textContent = message;
    status.textContent = message;
    undo.hidden = edit.hidden = !visible.undo;
    again.hidden = !visible.again;
    settings.hidden = !visible.options;
    toast.hidden = false;
    countDown();
  };
  const hold = (holding: boolean) => {
    held = holding;
    countDown();
  };
  let hovered = false;
  let focused = false;
  toast.addEventListener('pointerenter', () => {
    hovered = true;
    hold(true);
  });
  toast.addEventListener('pointerleave', () => {
    hovered = false;
    hold(focused);
  });
  toast.addEventListener('focusin', () => {
    focused = true;
    hold(true);
  });
  toast.addEventListener('focusout', (event) => {
    focused = toast.contains(event.relatedTarget as Node | null);
    hold(focused || hovered);
  });

  /** Only the member's own input acts: a page script's click() or dispatched event is not trusted. */
  const onTrustedClick = (element: HTMLElement, act: () => void | Promise<void>) =>
    element.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      void act();
    });

  const logPage = async (isAgain: boolean) => {
    if (busy) return;
    busy = true;
    button.setAttribute('aria-busy', 'true');
    try {
      const result = await actions.log(isAgain);
      loggedId = result.ok ? result.id : undefined;
      if (result.ok) show(strings.logged, { undo: true });
      else show(result.message, { again: result.why === 'already-today', options: result.why === 'not-connected' });
    } catch {
      show(strings.workerGone);
    } finally {
      busy = false;
      button.removeAttribute('aria-busy');
    }
  };
  onTrustedClick(button, () => logPage(false));
  onTrustedClick(again, async () => {
    button.focus();
    await logPage(true);
  });
  onTrustedClick(undo, async () => {
    const id = loggedId;
    if (!id) return;
    button.focus();
    const undone = await actions.undo(id).catch(() => false);
    loggedId = undefined;
    show(undone ? strings.undone : strings.undoGone);
  });
  onTrustedClick(edit, () => {
    if (loggedId) actions.edit(loggedId);
    button.focus();
    hide();
  });
  onTrustedClick(settings, () => {
    actions.openOptions();
    hide();
  });
  onTrustedClick(close, () => {
    button.focus();
    hide();
  });

  return {
    setVisible(visible) {
      if (visible && !host.isConnected) {
        // First in the page's tab order, where a keyboard member finds it.
        if (document.body) document.body.prepend(host);
        else document.documentElement.append(host);
      }
      if (!visible) host.remove();
    },
  };
}
