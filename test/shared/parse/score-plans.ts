// `npx tsx test/shared/parse/score-plans.ts`: the precision/recall table of every plan in fixtures/plans, in markdown.
import { planCounts } from '../../../shared/model/describe.ts';
import { PLAN_EXPECTATIONS } from './plan-expectations.ts';
import { readFixture, score } from './plan-score.ts';

const percent = (share: number) => `${Math.round(share * 100)} %`;
const rows = ['| plan | områden | delmål | aktiviteter | mål väntade | mål lästa | rätt | precision | recall |'];
rows.push('|---|---|---|---|---|---|---|---|---|');
for (const expectation of PLAN_EXPECTATIONS) {
  const result = readFixture(expectation.file, expectation.options);
  if (!result.ok) {
    rows.push(
      `| ${expectation.file} | ${result.errors.map((error) => `rad ${error.line}: ${error.message}`).join('; ')} |`,
    );
    continue;
  }
  const counts = planCounts(result.plan);
  const { expected, read, matched, precision, recall } = score(result.plan, expectation);
  rows.push(
    `| ${expectation.file} | ${counts.areas} | ${counts.subgoals} | ${counts.activities} | ${expected} | ${read} | ${matched} | ${percent(precision)} | ${percent(recall)} |`,
  );
}
process.stdout.write(`${rows.join('\n')}\n`);
