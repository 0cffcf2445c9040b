// `malkoll sheets --data <workbook.json> [--json]`: every sheet of a local workbook, as readable tables or a JSON dump.
import { parseArgs } from 'node:util';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import { openWorkbook } from '../open-workbook.ts';
import { renderTable } from '../render-report.ts';
import type { Verb } from '../verb.ts';
import { dumpWorkbook } from '../workbook-dump.ts';

export const sheetsVerb: Verb = {
  name: 'sheets',
  summary: 'Visar arbetsbokens blad som tabeller (eller som JSON)',
  usage: 'malkoll sheets --data <arbetsbok.json> [--json]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { data: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (!values.data || positionals.length > 0) throw new UsageError([`Användning: ${this.usage}`]);
    const sheets = dumpWorkbook(openWorkbook(values.data, { ifMissing: 'error', writes: false }).runtime);
    if (values.json) {
      io.stdout(`${JSON.stringify({ sheets }, null, 2)}\n`);
      return EXIT_OK;
    }
    for (const sheet of sheets) {
      const columns = sheet.headers.map(String);
      io.stdout(
        `${renderTable(
          `▌ ${sheet.name} (${sheet.rows.length} rader)`,
          columns,
          sheet.rows.map((row) => row.map(String)),
        )}\n`,
      );
    }
    return EXIT_OK;
  },
};
