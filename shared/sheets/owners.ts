// One spelling per body in Mål's and Aktiviteter's Ansvarig: a plan that writes both "DS" and "Distriktsstyrelsen"
// means one board, so the sheets write it one way, the full name the plan itself uses.
import type { Plan } from '../model/plan.ts';

/** The abbreviations Swedish party organisations write for their bodies, with the full names they stand for. */
const ABBREVIATIONS: readonly { short: string; full: string }[] = [
  { short: 'DS', full: 'Distriktsstyrelsen' },
  { short: 'PS', full: 'Partistyrelsen' },
  { short: 'VU', full: 'Verkställande utskottet' },
  { short: 'AU', full: 'Arbetsutskottet' },
];

/** Everything in the plan a body's name may appear in: owners, titles, descriptions and activities. */
function planWords(plan: Plan): string {
  return plan.areas
    .flatMap((area) => [
      area.title,
      area.intro,
      area.overallGoal.text,
      ...area.subgoals.flatMap((subgoal) => [
        subgoal.title,
        subgoal.description,
        subgoal.owner,
        ...subgoal.activities.flatMap((activity) => [activity.text, activity.owner]),
      ]),
    ])
    .join('\n')
    .toLowerCase();
}

/**
 * The owner as the sheets write it: an abbreviation becomes the full name where the plan also writes the full name
 * ("DS" → "Distriktsstyrelsen", also inside "DS och regiongruppen"); a plan that only ever writes "DS" keeps it.
 */
export function ownerSpelling(plan: Plan): (owner: string) => string {
  const words = planWords(plan);
  const used = ABBREVIATIONS.filter(({ full }) => words.includes(full.toLowerCase()));
  return (owner) =>
    used.reduce(
      (spelt, { short, full }) => spelt.replace(new RegExp(`(^|[^\\p{L}])${short}(?![\\p{L}])`, 'gu'), `$1${full}`),
      owner,
    );
}
