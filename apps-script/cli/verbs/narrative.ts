// `malkoll narrative --data <workbook.json> [--as-of 2024-12-31] [--json]`: the verksamhetsberättelse Skriv
// verksamhetsberättelse… writes to a Google Doc, printed as text (or its blocks as JSON); the workbook is not changed.
import { parseArgs } from 'node:util';
import { narrativeText } from '../../../shared/report/narrative-text.ts';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import { openWorkbook, runEntryPoint } from '../open-workbook.ts';
import type { Verb } from '../verb.ts';

export const narrativeVerb: Verb = {
  name: 'narrative',
  summary: 'Skriver ut verksamhetsberättelsen ur registret, samma text som Skriv verksamhetsberättelse… ger',
  usage: 'malkoll narrative --data <arbetsbok.json> [--as-of ÅÅÅÅ-MM-DD] [--json]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { data: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (!values.data || positionals.length > 0) throw new UsageError([`Användning: ${this.usage}`]);
    const addon = openWorkbook(values.data, { ifMissing: 'error', writes: false });
    const { narrative, message } = runEntryPoint(
      addon,
      'composeNarrative',
      values['as-of'] ? { asOf: values['as-of'] } : {},
    );
    if (message) io.stderr(`${message}\n`);
    io.stdout(values.json ? `${JSON.stringify(narrative, null, 2)}\n` : narrativeText(narrative));
    return EXIT_OK;
  },
};
