// The preview's Målkoll menu and what its commands show, drawn as Sheets draws them: the menu from the add-on's own
// onOpen, a prompt or question as a dialog with the add-on's buttons, alerts, the add-on's HTML dialogs and its sidebar
// in frames (the frames get google.script's client half, so their google.script.run reaches the add-on).
import { Html, html } from '../../shared/html.ts';
import type { ButtonName } from '../local/index.ts';
import type { MenuEntry, MenuOutcome, Question } from './menu-run.ts';

/** Sheets' button words in a Swedish spreadsheet. */
const BUTTON_WORDS: Record<ButtonName, string> = { OK: 'OK', CANCEL: 'Avbryt', YES: 'Ja', NO: 'Nej', CLOSE: 'Stäng' };
const BUTTON_SETS: Record<Question['buttons'], ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['CANCEL', 'OK'],
  YES_NO: ['NO', 'YES'],
  YES_NO_CANCEL: ['CANCEL', 'NO', 'YES'],
};

/** The menu bar: the add-on's menu as a drop-down whose items post to /meny. */
export function menuBarHtml(title: string, entries: readonly MenuEntry[]): Html {
  const items = entries.map((entry) =>
    'separator' in entry
      ? html`<li role="separator" class="separator"></li>`
      : html`<li role="none"><button role="menuitem" name="handler" value="${entry.handler}">${entry.caption}</button></li>`,
  );
  return html`<nav class="menubar" id="meny" aria-label="Menyer"><details><summary>${title}</summary>
<form method="post" action="/meny"><ul role="menu" aria-label="${title}">${items}</ul></form></details></nav>`;
}

function dialogBox(title: string, body: Html, close = '/'): Html {
  return html`<div class="overlay"><div class="dialog" role="dialog" aria-modal="true" aria-labelledby="dialog-title">
<div class="dialog-title"><h2 id="dialog-title">${title}</h2><a class="close" href="${close}" aria-label="Stäng">×</a></div>
${body}</div></div>`;
}

/** A prompt or a question with buttons, as the command asked it; answering runs the command again. */
export function questionHtml(outcome: Extract<MenuOutcome, { kind: 'asking' }>): Html {
  const { question } = outcome;
  const input =
    question.kind === 'prompt'
      ? html`<input name="text" autocomplete="off" autofocus aria-label="${question.message}">`
      : html``;
  const buttons = BUTTON_SETS[question.buttons].map(
    (button) =>
      html`<button name="button" value="${button}"${button === 'OK' || button === 'YES' ? html` class="primary"` : html``}>${BUTTON_WORDS[button]}</button>`,
  );
  const body = html`<form method="post" action="/meny">
<input type="hidden" name="handler" value="${outcome.handler}">
<input type="hidden" name="answers" value="${JSON.stringify(outcome.answers)}">
<p class="message">${question.message}</p>${input}<div class="buttons">${buttons}</div></form>`;
  return dialogBox(question.title || outcome.caption, body);
}

/** What a finished command showed: its alerts, then its dialogs in frames. */
export function shownHtml(id: number, outcome: Extract<MenuOutcome, { kind: 'done' }>): Html {
  const parts: Html[] = [];
  outcome.shown.forEach((event, index) => {
    if (event.kind === 'alert') {
      parts.push(
        dialogBox(
          event.title || 'Målkoll',
          html`<p class="message">${event.message}</p><div class="buttons"><a class="button primary" href="/">OK</a></div>`,
        ),
      );
    } else if (event.kind === 'modalDialog' || event.kind === 'modelessDialog') {
      const style = `width:${event.width ?? 600}px;height:${event.height ?? 400}px`;
      parts.push(
        dialogBox(
          event.title,
          html`<iframe class="addon-dialog" title="${event.title}" src="/dialog/${id}/${index}" style="${style}"></iframe>`,
        ),
      );
    } else if (event.kind === 'toast') {
      parts.push(html`<div class="toast" role="status"><strong>${event.title}</strong> ${event.message}</div>`);
    }
  });
  return new Html(parts.map((part) => part.markup).join(''));
}

/** The add-on's sidebar, docked on the right at the 300 px Google gives every sidebar. */
export function sidebarHtml(sidebar: { title: string; width: number } | null): Html {
  if (!sidebar) return html``;
  return html`<aside class="sidebar" style="width:${sidebar.width}px" aria-label="${sidebar.title}">
<div class="dialog-title"><h2>${sidebar.title}</h2><form method="post" action="/sidofalt/stang"><button class="close" aria-label="Stäng sidofältet">×</button></form></div>
<iframe title="${sidebar.title}" src="/sidofalt"></iframe></aside>`;
}

export const MENU_STYLE = `.menubar{position:sticky;top:0;z-index:5;background:#f9fbfd;border-bottom:1px solid #dadce0;margin:0 -1.5rem 1rem;padding:.2rem 1.5rem}
.menubar summary{cursor:pointer;display:inline-block;padding:.3rem .6rem;border-radius:4px;font-weight:bold}
.menubar summary:hover,.menubar details[open] summary{background:#e8eaed}
.menubar details{position:relative;display:inline-block}
.menubar ul{position:absolute;top:100%;left:0;z-index:7;list-style:none;margin:.2rem 0 0;padding:.3rem 0;background:#fff;border:1px solid #dadce0;box-shadow:0 2px 6px rgba(0,0,0,.2);min-width:18rem}
.menubar li button{display:block;width:100%;text-align:left;border:0;background:none;padding:.4rem 1rem;font:inherit;cursor:pointer}
.menubar li button:hover,.menubar li button:focus{background:#e8f0fe}
.menubar .separator{border-top:1px solid #dadce0;margin:.3rem 0}
.overlay{position:fixed;inset:0;background:rgba(32,33,36,.4);display:flex;align-items:center;justify-content:center;z-index:10}
.dialog{background:#fff;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3);padding:1rem 1.4rem;max-width:90vw;max-height:90vh;overflow:auto}
.dialog-title{display:flex;justify-content:space-between;align-items:center;gap:1rem}
.dialog-title h2{font-size:1.1rem;margin:.2rem 0}
.close{font-size:1.4rem;text-decoration:none;color:#5f6368;background:none;border:0;cursor:pointer}
.dialog .message{white-space:pre-line;max-width:36rem}
.dialog input[name=text]{width:100%;box-sizing:border-box;font:inherit;padding:.3rem}
.buttons{display:flex;justify-content:flex-end;gap:.5rem;margin-top:.8rem}
.buttons button,.button{font:inherit;padding:.35rem 1rem;border:1px solid #dadce0;border-radius:4px;background:#fff;color:#1a73e8;text-decoration:none;cursor:pointer}
.buttons .primary{background:#1a73e8;color:#fff;border-color:#1a73e8}
iframe.addon-dialog{border:0;display:block}
.toast{position:fixed;right:1rem;bottom:1rem;background:#323232;color:#fff;padding:.6rem 1rem;border-radius:4px;z-index:11}
.sidebar{position:fixed;top:0;right:0;bottom:0;background:#fff;border-left:1px solid #dadce0;box-shadow:-2px 0 6px rgba(0,0,0,.1);z-index:6;display:flex;flex-direction:column}
.sidebar .dialog-title{padding:.3rem .6rem;border-bottom:1px solid #dadce0}
.sidebar iframe{border:0;flex:1;width:100%}
body.with-sidebar{margin-right:calc(300px + 1.5rem)}`;
