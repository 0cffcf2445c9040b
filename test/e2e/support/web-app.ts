// The real web app for the end-to-end tests: `malkoll serve` running the built add-on as a child process over a
// temporary workbook file, with members invited and revoked through the CLI and the Logg sheet read from that file.
// It serves the example plan as `npm start` does, or the same plan moved to this year, so one-click logs (dated now)
// fall within the plan's year.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createRuntime } from '../../../apps-script/local/index.ts';
import type { Action } from '../../../shared/model/action.ts';
import { LOG } from '../../../shared/sheets/columns.ts';
import { logContext, readLogRows } from '../../../shared/sheets/log-rows.ts';
import { planFromText } from '../../support/plan-text.ts';
import { CLI_FILE, REPO_ROOT } from '../../support/run-cli.ts';
import { SEED_FILE, SEED_TEXT } from '../../support/seed.ts';

/** The example plan's year. */
export const EXAMPLE_YEAR = 2024;
export const THIS_YEAR = new Date().getFullYear();

const STARTUP_TIMEOUT_MS = 30_000;

export interface WebApp {
  /** Where the server listens, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The demo member's connection code, as `malkoll serve` printed it on its first start. */
  demoCode: string;
  /** Invites a member (`malkoll invite`) and returns their connection code. */
  invite(name: string, branch: string): Promise<string>;
  /** Revokes the member's code (`malkoll revoke`). */
  revoke(name: string): Promise<void>;
  /** Every action in the Logg sheet as the workbook file holds it (with member and branch). */
  actions(): Promise<Action[]>;
  /** An outage: the server process stops (Ctrl-C), leaving its port free until start(). */
  stop(): Promise<void>;
  /** Starts the server again on the same port and workbook. */
  start(): Promise<void>;
  close(): Promise<void>;
}

const run = promisify(execFile);

function malkoll(...args: string[]): Promise<{ stdout: string }> {
  return run(process.execPath, [CLI_FILE, ...args], { cwd: REPO_ROOT });
}

/** Starts `malkoll serve` and resolves with its startup lines once they include `ready`. */
function serve(
  port: number,
  dataFile: string,
  planFile: string,
  ready: RegExp,
): Promise<{ child: ChildProcess; output: string }> {
  const child = spawn(
    process.execPath,
    [CLI_FILE, 'serve', '--port', String(port), '--data', dataFile, '--plan', planFile],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`malkoll serve ${reason}:\n${output}`));
    };
    const timer = setTimeout(() => fail('did not start'), STARTUP_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        child.off('exit', exited);
        resolve({ child, output });
      }
    };
    const exited = (code: number | null) => fail(`exited with ${code}`);
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', exited);
  });
}

/**
 * Starts the web app on the example plan, as `npm start` does, or on that plan moved to `year`: the web app refuses
 * actions dated outside the plan's year, and the extension logs a click as done now.
 */
export async function startWebApp(options: { year?: number } = {}): Promise<WebApp> {
  if (!existsSync(CLI_FILE)) throw new Error(`No built CLI at ${CLI_FILE}: run \`npm run build\` first.`);
  const dir = await mkdtemp(join(tmpdir(), 'malkoll-e2e-webapp-'));
  const dataFile = join(dir, 'workbook.json');
  const year = options.year ?? EXAMPLE_YEAR;
  const planText = SEED_TEXT.split(String(EXAMPLE_YEAR)).join(String(year));
  const planFile = year === EXAMPLE_YEAR ? SEED_FILE : join(dir, `verksamhetsplan-${year}.txt`);
  if (planFile !== SEED_FILE) await writeFile(planFile, planText);
  // The first start imports the plan and invites the demo member; the instructions for the extension come last.
  const first = await serve(0, dataFile, planFile, /^Tillägget: /m);
  const port = Number(first.output.match(/^Målkoll kör på http:\/\/127\.0\.0\.1:(\d+)\//m)?.[1]);
  const demoCode = first.output.match(/^Anslutningskod: (MALKOLL1:\S+)$/m)?.[1];
  if (!port || !demoCode) throw new Error(`Unexpected startup of malkoll serve:\n${first.output}`);
  let child: ChildProcess | null = first.child;

  const plan = planFromText(planText);

  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGINT');
    await exited;
  };
  const start = async () => {
    if (child) return;
    child = (await serve(port, dataFile, planFile, /^Webbappen: /m)).child;
  };
  /** The CLI opens the workbook file on its own, so the server must not hold it meanwhile. */
  const whileStopped = async <T>(work: () => Promise<T>): Promise<T> => {
    await stop();
    try {
      return await work();
    } finally {
      await start();
    }
  };

  return {
    origin: `http://127.0.0.1:${port}`,
    demoCode,
    invite: (name, branch) =>
      whileStopped(async () =>
        (await malkoll('invite', '--data', dataFile, '--name', name, '--branch', branch)).stdout.trim(),
      ),
    revoke: (name) =>
      whileStopped(async () => {
        await malkoll('revoke', '--data', dataFile, '--name', name);
      }),
    async actions() {
      const sheet = createRuntime({ dataFile }).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(LOG.name);
      const [, ...rows] = sheet?.getDataRange().getValues() ?? [];
      const read = readLogRows(rows, 2, logContext(plan, new Date()));
      if (read.invalid.length > 0)
        throw new Error(`Logg has rows the add-on cannot read: ${JSON.stringify(read.invalid)}`);
      return read.actions;
    },
    stop,
    start,
    async close() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
