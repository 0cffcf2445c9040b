// `npm run deploy` as a command: flags it does not know, or two that contradict each other, exit 2 before anything
// runs (only these: with a real .clasp.json and a clasp login the command would really deploy).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../../support/built-bundle.ts';

const deployBin = (args: string[]) =>
  spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'apps-script/build/deploy-bin.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });

it('exits 2 with the usage for an unknown flag or both --deployment-id and --new', () => {
  for (const args of [['--bogus'], ['--deployment-id', 'AKfycbX', '--new'], ['extra']]) {
    const run = deployBin(args);
    expect({ args, status: run.status, stderr: run.stderr, stdout: run.stdout }).toEqual({
      args,
      status: 2,
      stderr: 'Användning: npm run deploy [-- --deployment-id <driftsättningens id> | --new]\n',
      stdout: '',
    });
  }
});
