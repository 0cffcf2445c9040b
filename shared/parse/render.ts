// renderPlan: a Plan as canonical plan text, which parsePlan reads back to the same plan.
import type { Area, Plan, Subgoal } from '../model/plan.ts';
import { looksLikeHeading } from './lines.ts';

/** The lead-in that names the delmål's owner; parsePlan reads the owner back from it. */
function ownerLeadIn(owner: string): string {
  return `Under verksamhetsåret ska ${owner}:`;
}

function renderSubgoal(subgoal: Subgoal): string[] {
  // The description sits right under the title line, so it is never taken for the next area's heading.
  const lines = ['', `Delmål ${subgoal.number}: ${subgoal.title}`];
  if (subgoal.description !== '') lines.push(subgoal.description);
  if (subgoal.activities.length > 0 || subgoal.owner !== '') {
    lines.push('', subgoal.owner === '' ? 'Aktiviteter:' : `Aktiviteter: ${ownerLeadIn(subgoal.owner)}`);
    for (const activity of subgoal.activities) lines.push(`· ${activity.text}`);
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
 * Canonical text: title, intro, then per area its heading, intro, "Övergripande mål:" and per delmål "Delmål N:", the
 * description and "Aktiviteter:" with one `·` bullet per activity. Owners and targets are not written out: they are
 * read from the lead-in and the wording, so a parsed plan renders back to text that parses to the same plan.
 */
export function renderPlan(plan: Plan): string {
  const lines = [plan.title];
  if (plan.intro !== '') lines.push('', plan.intro);
  return `${lines.concat(plan.areas.flatMap(renderArea)).join('\n')}\n`;
}
