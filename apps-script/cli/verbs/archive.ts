// `malkoll archive --data <workbook.json> --year 2024`: Arkivera år… on a local workbook: the year's Logg rows move to
// the sheet "Logg 2024".
import { parseArgs } from 'node:util';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import { openWorkbook, runEntryPoint } from '../open-workbook.ts';
import type { Verb } from '../verb.ts';

export const archiveVerb: Verb = {
  name: 'archive',
  summary: 'Flyttar ett års rader från Logg till ett eget blad, "Logg <år>" (Arkivera år…)',
  usage: 'malkoll archive --data <arbetsbok.json> --year ÅÅÅÅ',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { data: { type: 'string' }, year: { type: 'string' } },
      allowPositionals: true,
    });
    if (!values.data || values.year === undefined || positionals.length > 0) {
      throw new UsageError([`Användning: ${this.usage}`]);
    }
    const addon = openWorkbook(values.data, { ifMissing: 'error', writes: true });
    const { message, moved } = runEntryPoint(addon, 'archiveYear', { year: values.year });
    if (moved > 0) addon.runtime.save();
    io.stdout(`${message}\n`);
    return EXIT_OK;
  },
};
