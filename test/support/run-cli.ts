// Runs the built `malkoll` command as a user would, capturing its output and exit code.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI_FILE = `${REPO_ROOT}dist/cli/malkoll.mjs`;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function malkoll(args: string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI_FILE, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
