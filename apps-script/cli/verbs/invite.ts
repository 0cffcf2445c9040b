// `malkoll invite --data <workbook.json> --name <n> --branch <b> [--url <web app>]`: Bjud in medlem… on a local
// workbook; prints the code.
import { parseArgs } from 'node:util';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import { DEFAULT_WEB_APP_URL, openWorkbook, runEntryPoint } from '../open-workbook.ts';
import type { Verb } from '../verb.ts';

/** Printed with the usage line: where the code points, and why a served workbook is refused. */
const DETAILS = [
  'Koden pekar på --url, annars på webbappen som senaste malkoll serve på arbetsboken körde, annars på',
  `${DEFAULT_WEB_APP_URL}.`,
  'Medan malkoll serve har arbetsboken öppen vägrar kommandot (servern skulle skriva över ändringen):',
  'bjud då in i förhandsvisningens Målkoll-meny, eller stoppa servern först.',
];

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export const inviteVerb: Verb = {
  name: 'invite',
  summary: 'Bjuder in en medlem och skriver ut anslutningskoden till webbappen',
  usage: 'malkoll invite --data <arbetsbok.json> --name <namn> --branch <partiförening> [--url <webbappens adress>]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        data: { type: 'string' },
        name: { type: 'string' },
        branch: { type: 'string' },
        url: { type: 'string' },
      },
      allowPositionals: true,
    });
    if (!values.data || values.name === undefined || values.branch === undefined || positionals.length > 0) {
      throw new UsageError([`Användning: ${this.usage}`, ...DETAILS]);
    }
    if (values.url !== undefined && !isWebAddress(values.url)) {
      throw new UsageError([`--url ska vara en webbadress (http:// eller https://), inte "${values.url}".`]);
    }
    const addon = openWorkbook(values.data, {
      ifMissing: 'error',
      writes: true,
      ...(values.url === undefined ? {} : { webAppUrl: values.url }),
    });
    const code = runEntryPoint(addon, 'inviteMember', { name: values.name, branch: values.branch });
    addon.runtime.save();
    io.stdout(`${code}\n`);
    return EXIT_OK;
  },
};
