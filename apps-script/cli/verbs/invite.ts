// `malkoll invite --data <workbook.json> --name <n> --branch <b>`: Bjud in medlem… on a local workbook; prints the code.
import { parseArgs } from 'node:util';
import { openWorkbook, runEntryPoint } from '../open-workbook.ts';
import { EXIT_OK, UsageError, type Verb } from '../verb.ts';

export const inviteVerb: Verb = {
  name: 'invite',
  summary: 'Bjuder in en medlem och skriver ut anslutningskoden till den lokala webbappen',
  usage: 'malkoll invite --data <arbetsbok.json> --name <namn> --branch <partiförening>',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { data: { type: 'string' }, name: { type: 'string' }, branch: { type: 'string' } },
      allowPositionals: true,
    });
    if (!values.data || values.name === undefined || values.branch === undefined || positionals.length > 0) {
      throw new UsageError([`Användning: ${this.usage}`]);
    }
    const addon = openWorkbook(values.data, 'error');
    const code = runEntryPoint<string>(addon, 'inviteMember', { name: values.name, branch: values.branch });
    addon.runtime.save();
    io.stdout(`${code}\n`);
    return EXIT_OK;
  },
};
