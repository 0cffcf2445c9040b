// `malkoll parse <file> [--json] [--year 2025]`: reads a plan and prints it as JSON or as a short Swedish summary.
import { parseArgs } from 'node:util';
import { describeTarget, planCounts, TARGET_KIND_LABELS } from '../../../shared/model/describe.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import type { Target } from '../../../shared/model/target.ts';
import { readPlanFile } from '../../host/plan-file.ts';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import type { Verb } from '../verb.ts';

const YEAR = /^(?:19|2\d)\d\d$/;

export const parseVerb: Verb = {
  name: 'parse',
  summary: 'Läser en verksamhetsplan och visar vad Målkoll hittar i den (--year för en plan utan årtal)',
  usage: 'malkoll parse <fil> [--json] [--year ÅÅÅÅ]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, year: { type: 'string' } },
      allowPositionals: true,
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError([`Användning: ${this.usage}`]);
    if (values.year !== undefined && !YEAR.test(values.year)) {
      throw new UsageError([`--year ${values.year}: skriv planens år med fyra siffror, t.ex. --year 2025`]);
    }
    const plan = readPlanFile(file, values.year === undefined ? {} : { year: Number(values.year) });
    io.stdout(values.json ? `${JSON.stringify(plan, null, 2)}\n` : summarisePlan(plan));
    return EXIT_OK;
  },
};

function targetLine(target: Target, indent: string): string {
  const unsure = target.unsure ? `\n${indent}  osäkert: ${target.unsure}` : '';
  return `${indent}◎ ${target.id}  ${TARGET_KIND_LABELS[target.kind].sv}: ${describeTarget(target)}${unsure}\n`;
}

function summarisePlan(plan: Plan): string {
  const counts = planCounts(plan);
  const years = plan.years ? `${plan.years.from}–${plan.years.to}` : String(plan.year);
  let text = `${plan.title}\n`;
  text += `Organisation: ${plan.organisation || '(okänd)'} · År: ${years}\n`;
  text += `${counts.areas} områden · ${counts.subgoals} delmål · ${counts.activities} aktiviteter · ${counts.targets} mätbara mål\n`;
  for (const area of plan.areas) {
    text += `\n${area.id}  ${area.title}\n`;
    if (area.overallGoal.text !== '') text += `   Övergripande mål: ${area.overallGoal.text}\n`;
    for (const target of area.overallGoal.targets) text += targetLine(target, '     ');
    for (const subgoal of area.subgoals) {
      text += `   ${subgoal.id}  ${subgoal.title} (${subgoal.activities.length} ${subgoal.activities.length === 1 ? 'aktivitet' : 'aktiviteter'})\n`;
      for (const target of subgoal.targets) text += targetLine(target, '       ');
    }
  }
  return text;
}
