// Runs a Målkoll menu command in the preview as the board runs it in Sheets: the add-on's own menu entry point, its
// prompts answered by the person. The runtime cannot stop a command at a prompt and wait for the browser, so a dialog
// nobody has answered yet is closed (×) and the command ends; the preview asks the person and runs it again from the
// start with every answer so far. That is sound because every Målkoll command asks before it changes anything, and
// this module refuses a command that wrote before a question it had no answer to.
import type { Addon } from '../host/addon.ts';
import type { ButtonName, MenuItemSpec, UiEvent } from '../local/index.ts';
import { type GroupSave, workbookWrites } from './group-save.ts';

export type Answer = { button: ButtonName; text: string };

/** A dialog the command is waiting for an answer to. */
export type Question = Extract<UiEvent, { kind: 'alert' | 'prompt' }>;

/** What the person sees when the command ends: its alerts, dialogs and sidebars, in order. */
export type Shown = Extract<UiEvent, { kind: 'alert' | 'modalDialog' | 'modelessDialog' | 'sidebar' | 'toast' }>;

export type MenuOutcome =
  | { kind: 'asking'; handler: string; caption: string; answers: Answer[]; question: Question }
  | { kind: 'done'; handler: string; caption: string; shown: Shown[] };

export type MenuEntry = { caption: string; handler: string } | { separator: true };

/** The Målkoll menu as the add-on's onOpen built it (submenus flattened). */
export function menuEntries(addon: Addon, menuName: string): MenuEntry[] {
  const menu = addon.runtime.ui.menus.find((candidate) => candidate.name === menuName);
  const flat = (items: readonly MenuItemSpec[]): MenuEntry[] =>
    items.flatMap((item): MenuEntry[] => {
      if ('separator' in item) return [{ separator: true }];
      if ('functionName' in item) return [{ caption: item.caption, handler: item.functionName }];
      return flat(item.items);
    });
  return flat(menu?.items ?? []);
}

const SHOWN_KINDS = new Set<string>(['alert', 'modalDialog', 'modelessDialog', 'sidebar', 'toast']);

/**
 * Runs the menu item whose entry point is `handler` with the person's answers so far. Null when the menu has no such
 * item (the preview never runs any other function from a form).
 */
export async function runMenuItem(
  addon: Addon,
  saves: GroupSave,
  menuName: string,
  handler: string,
  answers: readonly Answer[],
): Promise<MenuOutcome | null> {
  const entry = menuEntries(addon, menuName).find(
    (candidate): candidate is { caption: string; handler: string } =>
      'handler' in candidate && candidate.handler === handler,
  );
  if (!entry) return null;
  const { runtime, bundle } = addon;
  const ui = runtime.ui;
  const from = ui.events.length;
  const writesBefore = workbookWrites(runtime);
  ui.respond(...answers);
  ui.unanswered = 'close';
  try {
    await saves.after(() => bundle.call(handler));
  } finally {
    ui.unanswered = 'first-button';
    ui.discardResponses();
  }
  // The outcome keeps what was shown; the runtime's record of it is let go, so a long-running server does not grow.
  const events = ui.events.splice(from);
  const question = events.find(
    (event): event is Question => (event.kind === 'alert' || event.kind === 'prompt') && event.unanswered === true,
  );
  if (question) {
    if (workbookWrites(runtime) !== writesBefore) {
      throw new Error(`${handler} ändrade arbetsboken innan den frågade "${question.message}"`);
    }
    return { kind: 'asking', handler, caption: entry.caption, answers: [...answers], question };
  }
  return {
    kind: 'done',
    handler,
    caption: entry.caption,
    shown: events.filter((event): event is Shown => SHOWN_KINDS.has(event.kind)),
  };
}
