// The web app's own sheets, declared like the add-on's others: Medlemmar (who may log) and Kopplingar (where things go).
import { SHEET_NAMES } from '../model/sheet-names.ts';
import { dateColumn, defineSheet, textColumn } from './columns.ts';

/**
 * Medlemmar: one row per invitation. The token itself is never stored, only its SHA-256 (hex), so a copy of the
 * workbook cannot be used to log in anyone's name.
 */
export const MEMBERS = defineSheet(SHEET_NAMES.members, {
  name: textColumn('Namn', 'addon'),
  branch: textColumn('Partiförening', 'addon'),
  created: dateColumn('Skapad', 'addon'),
  lastUsed: dateColumn('Senast använd', 'addon'),
  status: textColumn('Status', 'addon'),
  tokenHash: textColumn('Nyckelns SHA-256', 'addon'),
});

/** The Status words of Medlemmar. */
export const MEMBER_STATUS = {
  active: { sv: 'Aktiv', en: 'Active' },
  revoked: { sv: 'Återkallad', en: 'Revoked' },
} as const;

/**
 * Kopplingar: the board's say in where a page type or an action kind goes. Seeded from the plan's words; a row with
 * Sidtyp empty is about the action kind alone.
 */
export const CONNECTIONS = defineSheet(SHEET_NAMES.connections, {
  page: textColumn('Sidtyp', 'board'),
  kind: textColumn('Åtgärdstyp', 'board'),
  subgoal: textColumn('Delmål', 'board'),
  activity: textColumn('Aktivitet', 'board'),
});
