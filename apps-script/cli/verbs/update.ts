// `malkoll update --data <workbook.json> [--as-of 2024-06-30]`: Uppdatera utfall on a local workbook; prints the summary.
import { parseArgs } from 'node:util';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import { openWorkbook, runEntryPoint } from '../open-workbook.ts';
import type { Verb } from '../verb.ts';

export const updateVerb: Verb = {
  name: 'update',
  summary: 'Räknar om Utfall, Framsteg och Status i bladet Mål (Uppdatera utfall)',
  usage: 'malkoll update --data <arbetsbok.json> [--as-of ÅÅÅÅ-MM-DD]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { data: { type: 'string' }, 'as-of': { type: 'string' } },
      allowPositionals: true,
    });
    if (!values.data || positionals.length > 0) throw new UsageError([`Användning: ${this.usage}`]);
    const addon = openWorkbook(values.data, { ifMissing: 'error', writes: true });
    const { message } = runEntryPoint(addon, 'updateResults', values['as-of'] ? { asOf: values['as-of'] } : {});
    addon.runtime.save();
    io.stdout(`${message}\n`);
    return EXIT_OK;
  },
};
