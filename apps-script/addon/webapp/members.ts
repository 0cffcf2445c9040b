// Medlemmar: inviting a member (a row, a token, a connection code), revoking one, and finding the member behind a token.

import { cellA1, columnLetters, columnsA1 } from '../../../shared/sheets/a1.ts';
import { cellInstant, cellText, neutraliseCellText } from '../../../shared/sheets/cells.ts';
import { BRANCHES } from '../../../shared/sheets/columns.ts';
import { MEMBER_STATUS, MEMBERS } from '../../../shared/sheets/web-app-sheets.ts';
import { encodeConnectionCode } from '../../../shared/webapp/connection-code.ts';
import type { KnownMember } from '../../../shared/webapp/handle.ts';
import type { Member } from '../../../shared/webapp/snapshot.ts';
import { COMMON, MEMBERS_TEXT, say, sv } from '../messages.ts';
import { loadPlan } from '../register/plan-store.ts';
import { type Book, insertSheetWithHeader, readRows, type Sheet } from '../register/sheet-io.ts';
import { readBranchSheet } from '../register/workbook-input.ts';
import { UserError } from '../user-error.ts';
import { ensureConnectionsSheet } from './connections.ts';
import { hashToken, newToken } from './tokens.ts';

const MAX_NAME_LENGTH = 200;
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
/** "Senast använd" is rewritten at most this often, so a member's steady logging costs no extra write. */
const LAST_USED_RESOLUTION_MS = 60 * 60 * 1000;

function ensureMembersSheet(book: Book): Sheet {
  const existing = book.getSheetByName(MEMBERS.name);
  if (existing) return existing;
  const { sheet } = insertSheetWithHeader(book, MEMBERS.name, MEMBERS.headers);
  sheet.protect().setWarningOnly(true).setDescription(sv(MEMBERS_TEXT.protectedWarning));
  for (const key of ['created', 'lastUsed'] as const) {
    const letters = columnLetters(MEMBERS.column(key));
    sheet.getRange(`${letters}2:${letters}`).setNumberFormat('yyyy-mm-dd hh:mm');
  }
  return sheet;
}

function checkedText(value: string, empty: string, what: string): string {
  const text = value.trim();
  if (text === '') throw new UserError(empty);
  if (text.length > MAX_NAME_LENGTH || CONTROL_CHARS.test(text))
    throw new UserError(say(MEMBERS_TEXT.badText, { what }));
  return text;
}

/**
 * The branch as the Partiföreningar sheet spells it (any case). A branch the sheet does not have yet is added as a
 * row, so what the member logs counts under it in every report instead of under "Utan partiförening".
 */
function ensureBranch(book: Book, branch: string): { name: string; added: boolean } {
  const match = readBranchSheet(book).find((entry) => entry.name.toLowerCase() === branch.toLowerCase());
  if (match) return { name: match.name, added: false };
  book.getSheetByName(BRANCHES.name)?.appendRow(BRANCHES.toCells({ name: branch }));
  return { name: branch, added: true };
}

/**
 * Adds a member row and returns the connection code for the web app at `webAppUrl` (a /exec address, see
 * webapp/deployment.ts), the only place the token ever appears.
 */
export function createMember(
  book: Book,
  input: { name: string; branch: string },
  webAppUrl: string,
  now: Date,
): { code: string; member: Member; addedBranch: boolean } {
  const name = checkedText(input.name, sv(MEMBERS_TEXT.nameMissing), sv(MEMBERS_TEXT.nameField));
  const typedBranch = checkedText(input.branch, sv(MEMBERS_TEXT.branchMissing), sv(MEMBERS_TEXT.branchField));
  const plan = loadPlan(book);
  if (!plan) throw new UserError(sv(COMMON.noPlan));
  const { name: branch, added } = ensureBranch(book, typedBranch);
  ensureConnectionsSheet(book, plan);
  const sheet = ensureMembersSheet(book);
  const token = newToken();
  const row = MEMBERS.toCells({
    name,
    branch,
    created: now,
    status: sv(MEMBER_STATUS.active),
    tokenHash: hashToken(token),
  });
  sheet.getRange(sheet.getLastRow() + 1, 1, 1, MEMBERS.width).setValues([row]);
  return { code: encodeConnectionCode({ url: webAppUrl, token }), member: { name, branch }, addedBranch: added };
}

/** Every member row below the header: one getRange, one getValues. */
function readMembers(book: Book): unknown[][] {
  try {
    return readRows(book, MEMBERS.name, MEMBERS.width, 2);
  } catch {
    return [];
  }
}

/**
 * Marks every active member of that name (any case) revoked: their tokens stop working at once. Returns the name as
 * Medlemmar spells it and how many rows were revoked (0: nobody active has that name).
 */
export function revokeMembers(book: Book, typedName: string): { name: string; count: number } {
  const typed = checkedText(typedName, sv(MEMBERS_TEXT.nameMissing), 'Namnet');
  const rows = readMembers(book);
  const active = sv(MEMBER_STATUS.active);
  let count = 0;
  let name = typed;
  const statuses = rows.map((row) => {
    const status = cellText(row[MEMBERS.index('status')]);
    const rowName = cellText(row[MEMBERS.index('name')]);
    // Every other row's status is written back as it is: as text, whatever it looks like.
    if (status !== active || rowName.toLowerCase() !== typed.toLowerCase()) return [neutraliseCellText(status)];
    count += 1;
    name = rowName;
    return [sv(MEMBER_STATUS.revoked)];
  });
  if (count > 0) {
    book
      .getRange(`${columnsA1(MEMBERS.name, 1, 2, MEMBERS.column('status'))}${statuses.length + 1}`)
      .setValues(statuses);
  }
  return { name, count };
}

/**
 * The active member holding the token, or null. Only hashes are compared; an unknown, revoked or malformed row never
 * matches. Stamps "Senast använd" when it is more than an hour old.
 */
export function findMember(book: Book, token: string, now: Date): KnownMember | null {
  const hash = hashToken(token);
  const rows = readMembers(book);
  const at = rows.findIndex(
    (row) =>
      cellText(row[MEMBERS.index('tokenHash')]) === hash &&
      cellText(row[MEMBERS.index('status')]) === sv(MEMBER_STATUS.active),
  );
  const row = rows[at];
  if (!row) return null;
  const name = cellText(row[MEMBERS.index('name')]);
  if (name === '') return null;
  const lastUsed = cellInstant(row[MEMBERS.index('lastUsed')]);
  if (!lastUsed || Number.isNaN(lastUsed.getTime()) || now.getTime() - lastUsed.getTime() > LAST_USED_RESOLUTION_MS) {
    book.getRange(cellA1(MEMBERS.name, at + 2, MEMBERS.column('lastUsed'))).setValue(now);
  }
  return { name, branch: cellText(row[MEMBERS.index('branch')]), key: hash };
}

/** Medlemmar in numbers, for Kontrollera installationen: one read. Never connected: active, no Senast använd yet. */
export function memberCounts(book: Book): { active: number; revoked: number; neverConnected: number } {
  const counts = { active: 0, revoked: 0, neverConnected: 0 };
  for (const row of readMembers(book)) {
    const status = cellText(row[MEMBERS.index('status')]);
    if (status === sv(MEMBER_STATUS.revoked)) counts.revoked += 1;
    if (status !== sv(MEMBER_STATUS.active)) continue;
    counts.active += 1;
    if (cellText(row[MEMBERS.index('lastUsed')]) === '') counts.neverConnected += 1;
  }
  return counts;
}
