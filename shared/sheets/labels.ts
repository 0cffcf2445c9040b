// The Swedish words the add-on writes into cells (with English alongside), kept apart from the UI message catalog
// because pure row logic writes them too.
import { ACTIVITY_STATUS_LABELS } from '../model/activity-status.ts';

type Label = { readonly sv: string; readonly en: string };

/** The Aktiviteter status dropdown, in order; the first is what a new activity starts as. */
export const ACTIVITY_STATUSES = [
  ACTIVITY_STATUS_LABELS.not_started,
  ACTIVITY_STATUS_LABELS.in_progress,
  ACTIVITY_STATUS_LABELS.done,
  ACTIVITY_STATUS_LABELS.dropped,
] as const satisfies readonly Label[];

export const NO_TARGET_LABEL: Label = { sv: 'Inget mätbart mål', en: 'No measurable target' };

/** Status of a Mål row whose target the re-imported plan no longer has. */
export const REMOVED_STATUS: Label = { sv: 'Borttagen ur planen', en: 'Removed from the plan' };
/** Note on the ID cell of a Mål or Aktiviteter row the re-imported plan no longer has. */
export const REMOVED_NOTE: Label = {
  sv: 'Finns inte längre i verksamhetsplanen. Raden är kvar så att historiken inte försvinner.',
  en: 'No longer in the plan. The row stays so its history is kept.',
};

/** A role cell in Partiföreningar filled from a member's Ansvarig utsedd, followed by the day ("Utsedd 2024-03-05"). */
export const APPOINTED: Label = { sv: 'Utsedd', en: 'Appointed' };

/** Where a Logg row came from (the Källa column). */
export const LOG_SOURCES = {
  webapp: { sv: 'Webbapp', en: 'Web app' },
  extension: { sv: 'Tillägg', en: 'Extension' },
  manual: { sv: 'Manuellt', en: 'Typed by hand' },
} as const satisfies Record<string, Label>;

/**
 * How every note line Målkoll writes on a Logg cell it found a problem in starts (Granska registret, a re-import): how
 * a later review tells its own lines from the board's, and what `malkoll review` prints.
 */
export const FLAG_MARK = 'Målkoll: ';
