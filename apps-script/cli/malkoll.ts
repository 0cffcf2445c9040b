// Entry of the `malkoll` command: picks the verb file named by the first argument and runs it.

import { EXIT_BAD_INPUT, UsageError } from '../host/usage-error.ts';
import type { CliIo, Verb } from './verb.ts';
import { archiveVerb } from './verbs/archive.ts';
import { importVerb } from './verbs/import.ts';
import { inviteVerb } from './verbs/invite.ts';
import { narrativeVerb } from './verbs/narrative.ts';
import { parseVerb } from './verbs/parse.ts';
import { reportVerb } from './verbs/report.ts';
import { reviewVerb } from './verbs/review.ts';
import { revokeVerb } from './verbs/revoke.ts';
import { serveVerb } from './verbs/serve.ts';
import { sheetsVerb } from './verbs/sheets.ts';
import { updateVerb } from './verbs/update.ts';

const VERBS: Verb[] = [
  parseVerb,
  importVerb,
  updateVerb,
  reportVerb,
  narrativeVerb,
  reviewVerb,
  archiveVerb,
  sheetsVerb,
  serveVerb,
  inviteVerb,
  revokeVerb,
];

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const verb = VERBS.find((candidate) => candidate.name === name);
  if (!verb) {
    const lines = VERBS.map((v) => `  ${v.usage}\n      ${v.summary}`);
    const intro = name && name !== 'help' && name !== '--help' ? `Okänt kommando: ${name}\n\n` : '';
    io.stderr(`${intro}Användning: malkoll <kommando> …\n${lines.join('\n')}\n`);
    return name && name !== 'help' && name !== '--help' ? EXIT_BAD_INPUT : 0;
  }
  try {
    return await verb.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.lines.join('\n')}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}
