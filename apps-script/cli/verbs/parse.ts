// `malkoll parse <file> [--json]`: reads a plan and prints it as JSON or as a short Swedish summary.
import { parseArgs } from 'node:util';
import { describeTarget, planCounts, TARGET_KIND_LABELS } from '../../../shared/model/describe.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import type { Target } from '../../../shared/model/target.ts';
import { readPlanFile } from '../../host/plan-file.ts';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import type { Verb } from '../verb.ts';

export const parseVerb: Verb = {
  name: 'parse',
  summary: 'Läser en verksamhetsplan och visar vad Målkoll hittar i den',
  usage: 'malkoll parse <fil> [--json]',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError([`Användning: ${this.usage}`]);
    const plan = readPlanFile(file);
    io.stdout(values.json ? `${JSON.stringify(plan, null, 2)}\n` : summarisePlan(plan));
    return EXIT_OK;
  },
};

function targetLine(target: Target, indent: string): string {
  return `${indent}◎ ${target.id}  ${TARGET_KIND_LABELS[target.kind].sv}: ${describeTarget(target)}\n`;
}

function summarisePlan(plan: Plan): string {
  const counts = planCounts(plan);
  let text = `${plan.title}\n`;
  text += `Organisation: ${plan.organisation || '(okänd)'} · År: ${plan.year}\n`;
  text += `${counts.areas} områden · ${counts.subgoals} delmål · ${counts.activities} aktiviteter · ${counts.targets} mätbara mål\n`;
  for (const area of plan.areas) {
    text += `\n${area.id}  ${area.title}\n`;
    text += `   Övergripande mål: ${area.overallGoal.text}\n`;
    for (const target of area.overallGoal.targets) text += targetLine(target, '     ');
    for (const subgoal of area.subgoals) {
      text += `   ${subgoal.id}  ${subgoal.title} (${subgoal.activities.length} ${subgoal.activities.length === 1 ? 'aktivitet' : 'aktiviteter'})\n`;
      for (const target of subgoal.targets) text += targetLine(target, '       ');
    }
  }
  return text;
}
