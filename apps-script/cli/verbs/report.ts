// `malkoll report --data <workbook.json> [--quarter 2024Q2] [--branches] [--as-of 2024-06-30] [--json]`.
import { parseArgs } from 'node:util';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import { openWorkbook, runEntryPoint } from '../open-workbook.ts';
import { renderReport } from '../render-report.ts';
import type { Verb } from '../verb.ts';

export const reportVerb: Verb = {
  name: 'report',
  summary:
    'Skriver årsrapporten (eller kvartals- eller partiföreningsrapporten) till sitt eget blad (Rapport 2024 …) och visar den',
  usage: 'malkoll report --data <arbetsbok.json> [--quarter 2024Q2 | --branches] [--as-of ÅÅÅÅ-MM-DD] [--json]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        data: { type: 'string' },
        quarter: { type: 'string' },
        branches: { type: 'boolean' },
        'as-of': { type: 'string' },
        json: { type: 'boolean' },
      },
      allowPositionals: true,
    });
    if (!values.data || positionals.length > 0 || (values.quarter && values.branches)) {
      throw new UsageError([`Användning: ${this.usage}`]);
    }
    const addon = openWorkbook(values.data, { ifMissing: 'error', writes: true });
    const asOf = values['as-of'] ? { asOf: values['as-of'] } : {};
    const { report } = values.quarter
      ? runEntryPoint(addon, 'quarterReport', { quarter: values.quarter, ...asOf })
      : runEntryPoint(addon, values.branches ? 'branchReport' : 'yearReport', asOf);
    addon.runtime.save();
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
    return EXIT_OK;
  },
};
