// What the person would have seen (alerts, prompts, dialogs, sidebars, toasts, menus) and the answers tests pre-queue.

export const BUTTONS = ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const;
export type ButtonName = (typeof BUTTONS)[number];

export const BUTTON_SETS = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
} as const satisfies Record<string, readonly ButtonName[]>;
export type ButtonSetName = keyof typeof BUTTON_SETS;

export type MenuItemSpec =
  | { caption: string; functionName: string }
  | { separator: true }
  | { caption: string; items: MenuItemSpec[] };

export interface MenuSpec {
  name: string;
  items: MenuItemSpec[];
}

export type UiEvent =
  | { kind: 'alert'; title: string; message: string; buttons: ButtonSetName; response: ButtonName; unanswered?: true }
  | {
      kind: 'prompt';
      title: string;
      message: string;
      buttons: ButtonSetName;
      response: ButtonName;
      text: string;
      unanswered?: true;
    }
  | { kind: 'modalDialog' | 'modelessDialog'; title: string; html: string; width: number | null; height: number | null }
  | { kind: 'sidebar'; title: string; html: string; width: number }
  | { kind: 'toast'; title: string; message: string; timeoutSeconds: number }
  | { kind: 'editRejected'; cell: string; message: string }
  | { kind: 'protectionWarning'; cell: string; response: ButtonName };

export type UiEventKind = UiEvent['kind'];

/** A pre-queued answer: which button the person presses and, for a prompt, what they type. */
export interface QueuedResponse {
  button?: ButtonName;
  text?: string;
}

/**
 * What a dialog gets that no answer was queued for: `first-button` (its first button and empty text, for tests), or
 * `close`: the person closed it with × (CLOSE) and the event is marked `unanswered`, so a host that asks the person
 * (the preview) can run the command again with their answer. A dialog whose only button is OK needs no decision and
 * gets OK either way.
 */
export type UnansweredDialogs = 'first-button' | 'close';

export class UiRecorder {
  readonly events: UiEvent[] = [];
  readonly menus: MenuSpec[] = [];
  private readonly queue: QueuedResponse[] = [];
  unanswered: UnansweredDialogs = 'first-button';
  /** Runs a bundle function for a menu click; set when a bundle is loaded. */
  dispatch: ((functionName: string) => unknown) | null = null;

  /** Clicks a menu item as the person would: `clickMenuItem('Målkoll', 'Importera verksamhetsplan…')`. */
  clickMenuItem(...path: string[]): unknown {
    const functionName = this.functionAt(path);
    if (!this.dispatch) throw new Error('Inget skript är laddat / No bundle is loaded');
    return this.dispatch(functionName);
  }

  /** Queues the person's next answers to alerts/prompts, consumed in order. Unanswered: the first button, empty text. */
  respond(...responses: QueuedResponse[]): void {
    this.queue.push(...responses);
  }

  pendingResponses(): number {
    return this.queue.length;
  }

  /** Drops answers queued for dialogs that were never shown, so they do not answer a later command's. */
  discardResponses(): void {
    this.queue.splice(0);
  }

  /** The next queued answer checked against the buttons on screen (CLOSE, the dialog's ×, is always there). */
  answer(buttons: readonly ButtonName[], what: string): { button: ButtonName; text: string; unanswered?: true } {
    const queued = this.queue.shift();
    if (!queued && this.unanswered === 'close' && (buttons.length > 1 || what === 'prompt')) {
      return { button: 'CLOSE', text: '', unanswered: true };
    }
    const button = queued?.button ?? (buttons[0] as ButtonName);
    if (button !== 'CLOSE' && !buttons.includes(button)) {
      throw new Error(
        `Köat svar ${button} finns inte i ${what} (knappar: ${buttons.join(', ')}) / Queued answer ${button} is not a button of this ${what}`,
      );
    }
    return { button, text: queued?.text ?? '' };
  }

  record(event: UiEvent): void {
    this.events.push(event);
  }

  addMenu(menu: MenuSpec): void {
    const at = this.menus.findIndex((m) => m.name === menu.name);
    if (at >= 0) this.menus.splice(at, 1, menu);
    else this.menus.push(menu);
  }

  /** Events of one kind, oldest first. */
  shown<K extends UiEventKind>(kind: K): Extract<UiEvent, { kind: K }>[] {
    return this.events.filter((e): e is Extract<UiEvent, { kind: K }> => e.kind === kind);
  }

  /** The function a menu path (`'Målkoll', 'Importera…'` or with submenus in between) runs. */
  functionAt(path: string[]): string {
    const [menuName, ...captions] = path;
    const menu = this.menus.find((m) => m.name === menuName);
    if (!menu) {
      throw new Error(
        `Menyn "${menuName}" finns inte (finns: ${this.menus.map((m) => m.name).join(', ') || 'inga'}) / No menu "${menuName}"`,
      );
    }
    let items = menu.items;
    for (const [i, caption] of captions.entries()) {
      const item = items.find((it) => 'caption' in it && it.caption === caption);
      if (!item || !('caption' in item)) {
        const available = items.flatMap((it) => ('caption' in it ? [it.caption] : [])).join(', ');
        throw new Error(`Menyvalet "${caption}" finns inte (finns: ${available}) / No menu item "${caption}"`);
      }
      if ('functionName' in item) {
        if (i !== captions.length - 1)
          throw new Error(`"${caption}" är inte en undermeny / "${caption}" is not a submenu`);
        return item.functionName;
      }
      items = item.items;
    }
    throw new Error(`Sökvägen ${path.join(' > ')} slutar i en undermeny / The path ends at a submenu`);
  }
}
