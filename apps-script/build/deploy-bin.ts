// Process wrapper for `npm run deploy [-- --deployment-id <id> | --new]`: the flags, Swedish errors on stderr, the
// exit code (1 when the deploy failed, 2 for flags it does not know).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DeployError, deploy, processDeployOptions } from './deploy.ts';

const USAGE = 'Användning: npm run deploy [-- --deployment-id <driftsättningens id> | --new]';

function flags(): { deploymentId?: string; createNew?: boolean } | null {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { 'deployment-id': { type: 'string' }, new: { type: 'boolean' } },
    });
    if (values['deployment-id'] !== undefined && values.new) return null;
    return {
      ...(values['deployment-id'] === undefined ? {} : { deploymentId: values['deployment-id'] }),
      ...(values.new ? { createNew: true } : {}),
    };
  } catch {
    return null;
  }
}

const given = flags();
if (given === null) {
  process.stderr.write(`${USAGE}\n`);
  process.exitCode = 2;
} else {
  deploy(processDeployOptions(resolve(import.meta.dirname, '../..'), given)).then(
    () => {
      process.exitCode = 0;
    },
    (error: unknown) => {
      process.stderr.write(
        error instanceof DeployError
          ? `${error.lines.join('\n')}\n`
          : `Internt fel: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
