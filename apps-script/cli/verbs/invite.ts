// `malkoll invite --data <workbook.json> --name <n> --branch <b> [--url <web app>]`: Bjud in medlem… on a local
// workbook; prints the code.
import { parseArgs } from 'node:util';
import { webAppUrlProblem } from '../../../shared/webapp/connection-code.ts';
import { recordedWebAppUrl } from '../../host/addon.ts';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import { openWorkbook, runEntryPoint } from '../open-workbook.ts';
import type { Verb } from '../verb.ts';

/** The address `malkoll serve` answers on by default. */
const DEFAULT_WEB_APP_URL = 'http://127.0.0.1:8787/exec';

/** Printed with the usage line: where the code points, and why a served workbook is refused. */
const DETAILS = [
  'Koden pekar på --url, annars på webbappen som senaste malkoll serve på arbetsboken körde, annars på',
  `${DEFAULT_WEB_APP_URL}.`,
  'Medan malkoll serve har arbetsboken öppen vägrar kommandot (servern skulle skriva över ändringen):',
  'bjud då in i förhandsvisningens Målkoll-meny, eller stoppa servern först.',
];

/**
 * --url as a member's extension must reach it: a versioned deployment's /exec address (npm run deploy prints it) or
 * malkoll serve's. A /dev address is the head deployment, which only the script's editors can open.
 */
function checkedUrl(url: string): string {
  const problem = webAppUrlProblem(url);
  if (problem === null) return url;
  throw new UsageError([
    `--url ${url} går inte att ge ut i en anslutningskod.`,
    problem,
    'Ange webbappens driftsatta adress, den som slutar på /exec och som npm run deploy skriver ut,',
    'eller malkoll serves http://127.0.0.1:<port>/exec.',
  ]);
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
    const given = values.url === undefined ? undefined : checkedUrl(values.url);
    const addon = openWorkbook(values.data, { ifMissing: 'error', writes: true });
    // Without --url the add-on uses the address the last malkoll serve recorded; with none, serve's default.
    const webAppUrl = given ?? (recordedWebAppUrl(addon.runtime) === null ? DEFAULT_WEB_APP_URL : undefined);
    const code = runEntryPoint(addon, 'inviteMember', {
      name: values.name,
      branch: values.branch,
      ...(webAppUrl === undefined ? {} : { webAppUrl }),
    });
    addon.runtime.save();
    io.stdout(`${code}\n`);
    return EXIT_OK;
  },
};
