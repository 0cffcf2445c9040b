// SpreadsheetApp.getUi(): menus, alerts, prompts, dialogs and sidebars, recorded for tests instead of drawn.

import { type Context, ServiceObject } from './context.ts';
import { countCalls } from './counters.ts';
import { signatureError } from './errors.ts';
import { enumOf, type Google } from './google.ts';
import type { HtmlOutput } from './html.ts';
import { BUTTON_SETS, BUTTONS, type ButtonName, type ButtonSetName, type MenuItemSpec } from './ui-recorder.ts';

const ButtonSet = enumOf(Object.keys(BUTTON_SETS) as ButtonSetName[]);
const Button = enumOf(BUTTONS);

const SIDEBAR_WIDTH = 300;

function isButtonSet(value: unknown): value is ButtonSetName {
  return typeof value === 'string' && value in BUTTON_SETS;
}

/** Resolves the (prompt) / (prompt, buttons) / (title, prompt, buttons) overloads. */
function dialogArgs(method: string, args: unknown[]): { title: string; message: string; buttons: ButtonSetName } {
  const [a, b, c] = args;
  if (args.length === 1 && typeof a === 'string') return { title: '', message: a, buttons: 'OK' };
  if (args.length === 2 && typeof a === 'string' && isButtonSet(b)) return { title: '', message: a, buttons: b };
  if (args.length === 3 && typeof a === 'string' && typeof b === 'string' && isButtonSet(c))
    return { title: a, message: b, buttons: c };
  throw signatureError(method, args);
}

class PromptResponse extends ServiceObject implements Google<PromptResponse> {
  static gasName = 'PromptResponse';
  declare readonly _google: GoogleAppsScript.Base.PromptResponse;

  constructor(
    ctx: Context,
    private readonly button: ButtonName,
    private readonly text: string,
  ) {
    super(ctx);
  }

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): ButtonName {
    return this.button;
  }
}

export class Menu extends ServiceObject implements Google<Menu> {
  static gasName = 'Menu';
  declare readonly _google: GoogleAppsScript.Base.Menu;
  readonly _items: MenuItemSpec[] = [];

  constructor(
    ctx: Context,
    readonly _name: string,
  ) {
    super(ctx);
  }

  addItem(caption: string, functionName: string): Menu {
    this._items.push({ caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this._items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: Menu): Menu {
    this._items.push({ caption: menu._name, items: structuredClone(menu._items) });
    return this;
  }

  addToUi(): void {
    this.ctx.ui.addMenu({ name: this._name, items: structuredClone(this._items) });
  }
}

export class Ui extends ServiceObject implements Google<Ui> {
  static gasName = 'Ui';
  declare readonly _google: GoogleAppsScript.Base.Ui;
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;

  createMenu(caption: string): Menu {
    return new Menu(this.ctx, caption);
  }

  /** The add-on's menu under Extensions, named after the add-on. */
  createAddonMenu(): Menu {
    return new Menu(this.ctx, this.ctx.addonName);
  }

  alert(...args: unknown[]): ButtonName {
    const { title, message, buttons } = dialogArgs('Ui.alert', args);
    const { button, unanswered } = this.ctx.ui.answer(BUTTON_SETS[buttons], 'alert');
    this.ctx.ui.record({
      kind: 'alert',
      title,
      message,
      buttons,
      response: button,
      ...(unanswered ? { unanswered } : {}),
    });
    return button;
  }

  prompt(...args: unknown[]): PromptResponse {
    const { title, message, buttons } = dialogArgs('Ui.prompt', args);
    const { button, text, unanswered } = this.ctx.ui.answer(BUTTON_SETS[buttons], 'prompt');
    this.ctx.ui.record({
      kind: 'prompt',
      title,
      message,
      buttons,
      response: button,
      text,
      ...(unanswered ? { unanswered } : {}),
    });
    return new PromptResponse(this.ctx, button, text);
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.ctx.ui.record({
      kind: 'modalDialog',
      title,
      html: userInterface.getContent(),
      width: userInterface.getWidth(),
      height: userInterface.getHeight(),
    });
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.ctx.ui.record({
      kind: 'modelessDialog',
      title,
      html: userInterface.getContent(),
      width: userInterface.getWidth(),
      height: userInterface.getHeight(),
    });
  }

  /**
   * Shown beside the sheet, without suspending the script (the page calls back with google.script.run). "All sidebars
   * shown by scripts are 300 pixels wide" (reference/base/ui#showSidebar): a width set on the output is ignored.
   */
  showSidebar(userInterface: HtmlOutput): void {
    this.ctx.ui.record({
      kind: 'sidebar',
      title: userInterface.getTitle(),
      html: userInterface.getContent(),
      width: SIDEBAR_WIDTH,
    });
  }
}

for (const cls of [PromptResponse, Menu, Ui]) countCalls(cls);
