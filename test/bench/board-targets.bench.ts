// The board's corrections in Mål: merging the plan's targets with Mål's rows, as every command and report does first.
import { boardTargets } from '../../shared/board-targets.ts';
import { GOALS } from '../../shared/sheets/columns.ts';
import { goalPlanRows } from '../../shared/sheets/plan-rows.ts';
import { parseSeed } from '../support/seed.ts';
import { type Figure, medianMs } from './measure.ts';

export async function bench(): Promise<Figure[]> {
  const plan = parseSeed();
  const planRows = goalPlanRows(plan).map((row) => GOALS.toCells(row));
  // A thousand rows the board typed itself, each read by the parser's target readers.
  const boardRows = Array.from({ length: 1000 }, (_, at) =>
    GOALS.toCells({ subgoal: 'U2', kind: 'Antal', targetValue: `cirka ${at + 1}`, unit: 'möten', origin: 'Styrelsen' }),
  );
  return [
    {
      name: 'seed plan, Mål as imported (no row of the board)',
      value: medianMs(21, () => boardTargets(plan, planRows)),
      unit: 'ms',
    },
    {
      name: 'seed plan and 1,000 targets the board added in Mål',
      value: medianMs(9, () => boardTargets(plan, [...planRows, ...boardRows])),
      unit: 'ms',
    },
  ];
}
