// renderPlan: a Plan as canonical plan text, which parsePlan reads back to the same plan.
import type { Area, Plan, Subgoal } from '../model/plan.ts';
import { looksLikeHeading } from './lines.ts';
import { activityOwner } from './owners.ts';
import { organisationFromTitle } from './title.ts';

/** The lead-in that names the delmål's owner; parsePlan reads the owner back from it. */
function ownerLeadIn(owner: string): string {
  return `Under verksamhetsåret ska ${owner}:`;
}

/** Activities with a deadline, or an owner their wording does not name, as a table: the columns keep both. */
function activityTable(subgoal: Subgoal): string[] | undefined {
  const tabled = subgoal.activities.some(
    (activity) => activity.deadline !== undefined || activity.owner !== activityOwner(activity.text, subgoal.owner),
  );
  if (!tabled) return undefined;
  const rows = subgoal.activities.map((activity) =>
    [activity.text, activity.owner, activity.deadline ?? ''].join('\t'),
  );
  return ['Aktivitet\tAnsvarig\tKlart', ...rows];
}

function renderSubgoal(subgoal: Subgoal): string[] {
  // The description sits right under the title line, so it is never taken for the next area's heading.
  const lines = ['', `Delmål ${subgoal.number}: ${subgoal.title}`];
  if (subgoal.description !== '') lines.push(subgoal.description);
  if (subgoal.activities.length > 0 || subgoal.owner !== '') {
    lines.push('', subgoal.owner === '' ? 'Aktiviteter:' : `Aktiviteter: ${ownerLeadIn(subgoal.owner)}`);
    lines.push(...(activityTable(subgoal) ?? subgoal.activities.map((activity) => `· ${activity.text}`)));
  }
  return lines;
}

function renderArea(area: Area): string[] {
  const lines = ['', '', area.title];
  if (area.intro !== '') {
    // An intro opening with a heading-like line stays glued to the heading, so it does not read as the heading itself.
    const firstLine = area.intro.split('\n')[0] ?? '';
    if (!looksLikeHeading(firstLine)) lines.push('');
    lines.push(area.intro);
  }
  if (area.overallGoal.text !== '') lines.push('', `Övergripande mål: ${area.overallGoal.text}`);
  return lines.concat(area.subgoals.flatMap(renderSubgoal));
}

/**
 * Canonical text: the organisation when the title does not name it, the title, the intro, then per area its heading,
 * intro, "Övergripande mål:" when it has one and per delmål "Delmål N:", the description and "Aktiviteter:" with one
 * `·` bullet per activity (a table when activities have deadlines or owners of their own). Other owners and the
 * targets are not written out: they are read from the lead-in and the wording, so a parsed plan renders back to text
 * that parses to the same plan. A year given to parsePlan, not read from the text, must be given again.
 */
export function renderPlan(plan: Plan): string {
  // An organisation the title does not name stands on the line above it, where the title block is read from.
  const named = plan.organisation === '' || organisationFromTitle(plan.title) === plan.organisation;
  const lines = named ? [plan.title] : [plan.organisation, plan.title];
  if (plan.intro !== '') lines.push('', plan.intro);
  return `${lines.concat(plan.areas.flatMap(renderArea)).join('\n')}\n`;
}
