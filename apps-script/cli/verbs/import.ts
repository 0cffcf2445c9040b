// `malkoll import <plan-file> --data <workbook.json>`: the add-on's own import, run on a local workbook file.
import { parseArgs } from 'node:util';
import { readPlanText } from '../../host/plan-file.ts';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import { openWorkbook, runEntryPoint } from '../open-workbook.ts';
import type { Verb } from '../verb.ts';

export const importVerb: Verb = {
  name: 'import',
  summary: 'Läser in en verksamhetsplan i arbetsboken (skapar eller uppdaterar Mål, Aktiviteter, Logg …)',
  usage: 'malkoll import <planfil> --data <arbetsbok.json>',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { data: { type: 'string' } }, allowPositionals: true });
    const [planFile, ...extra] = positionals;
    if (!planFile || !values.data || extra.length > 0) throw new UsageError([`Användning: ${this.usage}`]);
    const text = readPlanText(planFile);
    const addon = openWorkbook(values.data, { ifMissing: 'create', writes: true });
    const result = runEntryPoint(addon, 'importPlan', { text });
    if (!result.ok) throw new UsageError(result.errors.map((error) => `rad ${error.line}: ${error.message}`));
    addon.runtime.save();
    io.stdout(`${result.message}\n`);
    return EXIT_OK;
  },
};
