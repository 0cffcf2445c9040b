// Målkoll → Återkalla medlem…: ends a member's connection at once; `malkoll revoke` calls revokeMember.
import { MEMBERS_TEXT, MENU, say, sv } from '../messages.ts';
import { activeBook } from '../register/sheet-io.ts';
import { prompt, runFromMenu } from '../ui.ts';
import { revokeMembers } from '../webapp/members.ts';
import type { MenuItem } from './menu-item.ts';

export const REVOKE_MEMBER_ITEM: MenuItem = { label: MENU.revokeMember, handler: 'menuRevokeMember' };

export function menuRevokeMember(): void {
  const name = prompt(sv(MEMBERS_TEXT.revokeTitle), sv(MEMBERS_TEXT.revokePrompt));
  if (name === null) return;
  runFromMenu(() => revokeMember(name).message);
}

/** `malkoll revoke` and the preview: the member's name as Medlemmar spells it, how many rows, and what to say. */
export function revokeMember(name: string): { name: string; count: number; message: string } {
  const revoked = revokeMembers(activeBook(), String(name));
  return { ...revoked, message: say(revoked.count === 0 ? MEMBERS_TEXT.revokeNone : MEMBERS_TEXT.revoked, revoked) };
}
