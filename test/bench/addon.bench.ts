// Add-on figures: Apps Script service calls, and the cells they read and write, per command at 10 and 10,000 Logg rows
// (the calls must not grow with rows; a review with nothing to flag writes no cell however long Logg is).
import { type AddOn, callsOf, logActions, openAddOn, SEED_TEXT, seedActions, withSeed } from '../support/add-on.ts';
import type { Figure } from './measure.ts';

const AS_OF = '2024-09-30';
/** In order: Arkivera år… moves the whole (generated) year out of Logg, so it comes last. */
const COMMANDS: [label: string, entryPoint: string, argument?: unknown][] = [
  ['re-import plan', 'importPlan', { text: SEED_TEXT }],
  ['Uppdatera utfall', 'updateResults', { asOf: AS_OF }],
  ['Rapport för året', 'yearReport', { asOf: AS_OF }],
  ['Kvartalsrapport', 'quarterReport', { quarter: '2024Q3', asOf: AS_OF }],
  ['Rapport per partiförening', 'branchReport', { asOf: AS_OF }],
  ['Granska registret (nothing to flag)', 'reviewRegister'],
  ['Kontrollera installationen', 'checkInstallation'],
  ['Arkivera år… (every row moves)', 'archiveYear', { year: 2024 }],
];

/** Chart and validation builders only assemble a spec in the script; the spreadsheet is reached by insertChart etc. */
const isBuilderCall = (method: string) => method.includes('Builder.');

function measure(addOn: AddOn, entryPoint: string, argument: unknown) {
  const { total, byMethod, cells } = callsOf(addOn, () => addOn.bundle.call(entryPoint, argument));
  const builder = Object.entries(byMethod)
    .filter(([method]) => isBuilderCall(method))
    .reduce((sum, [, count]) => sum + count, 0);
  return { total, spreadsheet: total - builder, cells };
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
      const at = `at ${rows.toLocaleString('en')} Logg rows`;
      figures.push(
        {
          name: `${label}: service calls ${at}`,
          value: calls.spreadsheet,
          unit: `calls (${calls.total} with builders)`,
          budget: '≤ 25, same at both sizes',
        },
        {
          name: `${label}: cells read / written ${at}`,
          value: calls.cells.written,
          unit: `cells written (${calls.cells.read.toLocaleString('en')} read)`,
          ...(label.startsWith('Granska') ? { budget: '0 written at both sizes' } : {}),
        },
      );
    }
  }
  return figures;
}
