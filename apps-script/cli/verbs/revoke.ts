// `malkoll revoke --data <workbook.json> --name <n>`: Återkalla medlem… on a local workbook; the token stops working.
import { parseArgs } from 'node:util';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import { openWorkbook, runEntryPoint } from '../open-workbook.ts';
import type { Verb } from '../verb.ts';

/** Printed with the usage line: why a served workbook is refused. */
const DETAILS = [
  'Medan malkoll serve har arbetsboken öppen vägrar kommandot (servern skulle skriva över ändringen):',
  'återkalla då i förhandsvisningens Målkoll-meny, eller stoppa servern först.',
];

export const revokeVerb: Verb = {
  name: 'revoke',
  summary: 'Återkallar en medlems anslutning (tillägget slutar fungera för hen direkt)',
  usage: 'malkoll revoke --data <arbetsbok.json> --name <namn>',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { data: { type: 'string' }, name: { type: 'string' } },
      allowPositionals: true,
    });
    if (!values.data || values.name === undefined || positionals.length > 0) {
      throw new UsageError([`Användning: ${this.usage}`, ...DETAILS]);
    }
    const addon = openWorkbook(values.data, { ifMissing: 'error', writes: true });
    const revoked = runEntryPoint(addon, 'revokeMember', values.name);
    if (revoked.count === 0) throw new UsageError([revoked.message]);
    addon.runtime.save();
    io.stdout(`${revoked.message}\n`);
    return EXIT_OK;
  },
};
