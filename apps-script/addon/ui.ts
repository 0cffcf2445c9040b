// The add-on's dialogs with the board: alerts with a command's outcome, and prompts for a quarter or a year.
import { ERRORS, MENU, say, sv } from './messages.ts';
import { UserError } from './user-error.ts';

export function alert(text: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(sv(MENU.title), text, ui.ButtonSet.OK);
}

/** Asks for one line of text; null when the board cancels. */
export function prompt(title: string, text: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(title, text, ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? response.getResponseText().trim() : null;
}

/** Runs a menu command and tells the board how it went; a problem they can fix is shown as it is. */
export function runFromMenu(work: () => string | null): void {
  let text: string | null;
  try {
    text = work();
  } catch (error) {
    if (!(error instanceof UserError)) console.error(error);
    text =
      error instanceof UserError
        ? error.message
        : say(ERRORS.unexpected, { message: error instanceof Error ? error.message : String(error) });
  }
  if (text !== null) alert(text);
}
