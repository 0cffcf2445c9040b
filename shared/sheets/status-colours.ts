// The calm fills the Mål and Aktiviteter Status columns get from conditional format rules, so the board reads a row's
// state at a glance: green done or on track, amber behind, red not met, blue under way, grey nothing to judge. The
// reports' charts draw their bars in the same hues, a shade stronger so a bar stands out from the grid.
import { TARGET_STATUS_LABELS, type TargetStatus } from '../model/target-status.ts';
import { ACTIVITY_STATUSES, REMOVED_STATUS } from './labels.ts';

/** Google Sheets' "light 3" palette: pale enough that black text stays easy to read. */
const FILLS = {
  green: '#d9ead3',
  amber: '#fff2cc',
  red: '#f4cccc',
  blue: '#cfe2f3',
  grey: '#efefef',
} as const;
type Fill = keyof typeof FILLS;

/** The same hues from the palette's "light 1" row, for bars. */
const BARS: Record<Fill, string> = {
  green: '#93c47d',
  amber: '#ffd966',
  red: '#e06666',
  blue: '#6fa8dc',
  grey: '#b7b7b7',
};

/** A Status cell showing exactly `text` gets `background`. */
export type StatusColour = { text: string; background: string };

const TARGET_FILLS: Record<TargetStatus, Fill> = {
  on_track: 'green',
  done: 'green',
  behind: 'amber',
  not_met: 'red',
  open: 'blue',
  no_data: 'grey',
};

type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]['sv'];
/** A new activity ("Ej påbörjad") stays white: most rows start there and nothing about them needs attention yet. */
const ACTIVITY_FILLS: Record<ActivityStatus, Fill | null> = {
  'Ej påbörjad': null,
  Pågår: 'blue',
  Klar: 'green',
  Struken: 'grey',
};

/** Mål's Status words with their fills, including the row of a target the plan no longer has. */
export const GOAL_STATUS_COLOURS: readonly StatusColour[] = [
  ...Object.entries(TARGET_FILLS).map(([status, fill]) => ({
    text: TARGET_STATUS_LABELS[status as TargetStatus].sv,
    background: FILLS[fill],
  })),
  { text: REMOVED_STATUS.sv, background: FILLS.grey },
];

/** The colour of a chart's bars for targets of a status: the hue of the status cell. */
export function statusBarColour(status: TargetStatus): string {
  return BARS[TARGET_FILLS[status]];
}

/** The Aktiviteter Status dropdown's words that get a fill. */
export const ACTIVITY_STATUS_COLOURS: readonly StatusColour[] = ACTIVITY_STATUSES.flatMap(({ sv }) => {
  const fill = ACTIVITY_FILLS[sv];
  return fill ? [{ text: sv, background: FILLS[fill] }] : [];
});
