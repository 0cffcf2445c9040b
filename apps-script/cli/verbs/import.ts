// `malkoll import <plan-file> --data <workbook.json> [--year 2025]`: the add-on's own import, run on a local workbook
// file; --year gives the year of a plan that names none, as the import dialog's field Planens år does.
import { parseArgs } from 'node:util';
import { IMPORT, sv } from '../../addon/messages.ts';
import { readPlanText } from '../../host/plan-file.ts';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import { openWorkbook, runEntryPoint } from '../open-workbook.ts';
import type { Verb } from '../verb.ts';

/** The add-on's advice names its dialog's field; here the year is given with --year. */
const NO_YEAR =
  'Planen anger inget år. Ange året med --year (t.ex. malkoll import plan.txt --data arbetsbok.json --year 2025), eller skriv året i planens rubrik, t.ex. ”Verksamhetsplan 2025”.';

export const importVerb: Verb = {
  name: 'import',
  summary: 'Läser in en verksamhetsplan i arbetsboken (skapar eller uppdaterar Mål, Aktiviteter, Logg …)',
  usage: 'malkoll import <planfil> --data <arbetsbok.json> [--year ÅÅÅÅ]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { data: { type: 'string' }, year: { type: 'string' } },
      allowPositionals: true,
    });
    const [planFile, ...extra] = positionals;
    if (!planFile || !values.data || extra.length > 0) throw new UsageError([`Användning: ${this.usage}`]);
    const text = readPlanText(planFile);
    const addon = openWorkbook(values.data, { ifMissing: 'create', writes: true });
    const result = runEntryPoint(addon, 'importPlan', {
      text,
      ...(values.year === undefined ? {} : { year: values.year }),
    });
    if (!result.ok) {
      throw new UsageError(
        result.errors.map(({ line, message }) => `rad ${line}: ${message === sv(IMPORT.noYear) ? NO_YEAR : message}`),
      );
    }
    addon.runtime.save();
    io.stdout(`${result.message}\n`);
    return EXIT_OK;
  },
};
