// The in-page button's and toast's Swedish words, for the tests that mount the widget without a worker to ask.
import type { PageStrings } from '../../extension/messages.ts';

export const PAGE_STRINGS: PageStrings = {
  button: 'Logga i Målkoll',
  logged: 'Loggat i Målkoll.',
  undo: 'ångra',
  undone: 'Ångrat: inget loggades.',
  undoGone: 'Posten är redan skickad och kan inte ångras här.',
  edit: 'ändra',
  again: 'Logga igen',
  openOptions: 'Öppna inställningarna',
  workerGone: 'Målkoll svarade inte. Försök igen om en stund.',
  close: 'Stäng',
};
