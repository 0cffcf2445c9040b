// What every menu command module declares about itself: its label in the Målkoll menu and the entry point it runs.
import type { Message } from '../messages.ts';

export type MenuItem = {
  label: Message;
  /** The name of the entry point main.ts exports for this item (Apps Script menus call functions by name). */
  handler: string;
};
