// Add-on figures: Apps Script service calls per command at 10 and 10,000 Logg rows (they must not grow with rows).
import { type AddOn, callsOf, logActions, openAddOn, SEED_TEXT, seedActions, withSeed } from '../support/add-on.ts';
import type { Figure } from './measure.ts';

const AS_OF = '2024-09-30';
const COMMANDS: [label: string, entryPoint: string, argument?: unknown][] = [
  ['re-import plan', 'importPlan', { text: SEED_TEXT }],
  ['Uppdatera utfall', 'updateResults', { asOf: AS_OF }],
  ['Rapport för året', 'yearReport', { asOf: AS_OF }],
  ['Kvartalsrapport', 'quarterReport', { quarter: '2024Q3', asOf: AS_OF }],
  ['Rapport per partiförening', 'branchReport', { asOf: AS_OF }],
  ['Granska registret', 'reviewRegister'],
  ['Kontrollera installationen', 'checkInstallation'],
];

/** Chart and validation builders only assemble a spec in the script; the spreadsheet is reached by insertChart etc. */
const isBuilderCall = (method: string) => method.includes('Builder.');

function measure(addOn: AddOn, entryPoint: string, argument: unknown) {
  const { total, byMethod } = callsOf(addOn, () => addOn.bundle.call(entryPoint, argument));
  const builder = Object.entries(byMethod)
    .filter(([method]) => isBuilderCall(method))
    .reduce((sum, [, count]) => sum + count, 0);
  return { total, spreadsheet: total - builder };
}

export async function bench(): Promise<Figure[]> {
  const first = measure(openAddOn(), 'importPlan', { text: SEED_TEXT });
  const figures: Figure[] = [
    {
      name: 'first import into a new spreadsheet (creates every sheet, validation and protection once)',
      value: first.spreadsheet,
      unit: `calls (${first.total} with builders)`,
      budget: 'one-time set-up',
    },
  ];
  const results = new Map<number, Map<string, ReturnType<typeof measure>>>();
  for (const rows of [10, 10_000]) {
    const addOn = await withSeed();
    logActions(addOn, seedActions(rows));
    results.set(
      rows,
      new Map(COMMANDS.map(([label, entryPoint, argument]) => [label, measure(addOn, entryPoint, argument)])),
    );
  }
  for (const [label] of COMMANDS) {
    for (const rows of [10, 10_000]) {
      const calls = results.get(rows)?.get(label);
      if (!calls) continue;
      figures.push({
        name: `${label}: service calls at ${rows.toLocaleString('en')} Logg rows`,
        value: calls.spreadsheet,
        unit: `calls (${calls.total} with builders)`,
        budget: '≤ 25, same at both sizes',
      });
    }
  }
  return figures;
}
