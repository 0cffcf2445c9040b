// `npm run deploy`: builds the add-on, pushes it to the spreadsheet's Apps Script project and moves the members' web
// app deployment to the new code, keeping its /exec address; the first deploy creates that deployment. Its id lives in
// .malkoll-deploy.json (untracked), because clasp rewrites .clasp.json with its own keys only. The head code the menus
// run is pushed a second time carrying the deployment (addon/build-info.ts), so Bjud in medlem… knows the address.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WebAppDeployment } from '../../shared/webapp/web-app-deployment.ts';
import { ErrorResponse, WIRE_VERSION } from '../../shared/wire.ts';
import { z } from '../../shared/zod.ts';
import { DEPLOYMENT_ENV } from './addon.config.ts';

/** Beside .clasp.json; gitignored. */
export const DEPLOY_CONFIG_FILE = '.malkoll-deploy.json';

const DeployConfig = z.strictObject({
  /** The Apps Script project the deployment belongs to (.clasp.json's scriptId when it was made). */
  scriptId: z.string().min(1),
  deploymentId: z.string().min(1),
  deployment: WebAppDeployment,
});
export type DeployConfig = z.infer<typeof DeployConfig>;

const ClaspProject = z.looseObject({ scriptId: z.string().min(1), rootDir: z.string().optional() });

/** What one clasp command did. */
export interface ClaspResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface DeployOptions {
  /** Where .clasp.json and .malkoll-deploy.json are (the repository, except in tests). */
  project: string;
  /** Runs `clasp <args>` in the project folder. */
  clasp(args: string[]): ClaspResult;
  /** Builds the add-on into `outDir` with the environment given (the deployment the head code carries). */
  build(outDir: string, env: Record<string, string>): void;
  /** Reaches the web app once it is deployed, as a member's extension does. */
  fetch: typeof fetch;
  now(): Date;
  log(line: string): void;
  /** `--deployment-id`: deploy to this existing deployment (one made by hand in the Apps Script editor). */
  deploymentId?: string;
  /** `--new`: make a new deployment though the project has others. */
  createNew?: boolean;
}

/** A deploy that cannot go on: what happened and what to do, in Swedish. */
export class DeployError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

const APPS_SCRIPT_MACROS = 'https://script.google.com/macros/s';

/**
 * A versioned deployment's address. The plain form, not the /a/macros/{domain}/ one Google shows a Workspace owner,
 * which answers only the domain's signed-in users (github.com/google/clasp/issues/276 gives this form).
 */
export function execUrl(deploymentId: string): string {
  return `${APPS_SCRIPT_MACROS}/${deploymentId}/exec`;
}

function readJsonFile(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DeployError([`${what} (${path}) går inte att läsa: ${(error as Error).message}`]);
  }
}

function readProject(project: string): z.infer<typeof ClaspProject> {
  const path = join(project, '.clasp.json');
  if (!existsSync(path)) {
    throw new DeployError([
      'Ingen .clasp.json: Målkoll vet inte vilket Apps Script-projekt den ska driftsätta i.',
      'Kopiera .clasp.json.example till .clasp.json och skriv in kalkylarkets skript-id (README, "Deploying to a real Google Sheet").',
    ]);
  }
  const parsed = ClaspProject.safeParse(readJsonFile(path, '.clasp.json'));
  if (!parsed.success) throw new DeployError(['.clasp.json saknar scriptId.']);
  return parsed.data;
}

function readConfig(project: string, scriptId: string): DeployConfig | null {
  const path = join(project, DEPLOY_CONFIG_FILE);
  if (!existsSync(path)) return null;
  const parsed = DeployConfig.safeParse(readJsonFile(path, DEPLOY_CONFIG_FILE));
  if (!parsed.success) {
    throw new DeployError([
      `${DEPLOY_CONFIG_FILE} går inte att läsa: ${parsed.error.issues.map((issue) => issue.message).join('; ')}.`,
      'Ta bort filen och kör npm run deploy -- --deployment-id <id> med medlemmarnas driftsättning.',
    ]);
  }
  if (parsed.data.scriptId !== scriptId) {
    throw new DeployError([
      `${DEPLOY_CONFIG_FILE} hör till skriptet ${parsed.data.scriptId}, men .clasp.json pekar på ${scriptId}.`,
      `Byt tillbaka .clasp.json, eller ta bort ${DEPLOY_CONFIG_FILE} för att driftsätta i det nya projektet.`,
    ]);
  }
  return parsed.data;
}

function writeConfig(project: string, config: DeployConfig): void {
  const path = join(project, DEPLOY_CONFIG_FILE);
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`);
  renameSync(temporary, path);
}

/**
 * Runs one clasp command and reads its --json answer. clasp exits 0 on a missing argument or an unknown option
 * ("error: missing required argument 'deploymentId'"; commander's errors are swallowed), so the answer's shape is
 * what counts, not the exit code alone.
 */
function claspJson<T>(options: DeployOptions, args: string[], shape: z.ZodType<T>): T {
  const result = options.clasp([...args, '--json']);
  const command = `clasp ${args.join(' ')}`;
  const stderr = result.stderr.trim();
  if (result.status !== 0 || /^error:/m.test(stderr)) {
    const hint = stderr.includes('No credentials found')
      ? ['clasp är inte inloggad: kör npx clasp login.']
      : /not been used|is disabled|User has not enabled/i.test(stderr)
        ? ['Slå på Google Apps Script API på https://script.google.com/home/usersettings och försök igen.']
        : [];
    throw new DeployError([`${command} misslyckades: ${stderr || `slutkod ${result.status}`}`, ...hint]);
  }
  let value: unknown;
  try {
    value = JSON.parse(result.stdout);
  } catch {
    throw new DeployError([`${command} svarade inte med JSON: ${result.stdout.trim() || '(inget)'}`]);
  }
  const parsed = shape.safeParse(value);
  if (!parsed.success) throw new DeployError([`${command} svarade oväntat: ${result.stdout.trim()}`]);
  return parsed.data;
}

const AuthorizedUser = z.looseObject({ loggedIn: z.boolean(), email: z.string().optional() });
const FileStatus = z.looseObject({ filesToPush: z.array(z.string()), untrackedFiles: z.array(z.string()) });
const Pushed = z.array(z.string());
const Version = z.looseObject({ versionNumber: z.number().int().positive() });
const Deployed = z.looseObject({ deploymentId: z.string().min(1), versionNumber: z.number().int().positive() });
const DeploymentList = z.array(
  z.looseObject({
    deploymentId: z.string(),
    versionNumber: z.number().int().optional(),
    description: z.string().optional(),
  }),
);

/** The build id the build wrote into Code.js (addon/build-info.ts). */
function builtId(outDir: string): string {
  const id = /\bBUILD_ID = "([0-9a-f]{12})"/.exec(readFileSync(join(outDir, 'Code.js'), 'utf8'))?.[1];
  if (!id) throw new DeployError([`${outDir}/Code.js saknar BUILD_ID: bygget är inte Målkolls.`]);
  return id;
}

/** The files clasp would push must be this build's (clasp's rootDir is where the build writes). */
function checkFilesToPush(options: DeployOptions, rootDir: string): void {
  const status = claspJson(options, ['show-file-status'], FileStatus);
  const expected = ['Code.js', 'appsscript.json'].map((file) => `${rootDir}/${file}`);
  const missing = expected.filter((file) => !status.filesToPush.includes(file));
  if (missing.length > 0) {
    throw new DeployError([
      `clasp skulle inte skicka ${missing.join(' och ')} (den skickar: ${status.filesToPush.join(', ') || 'inget'}).`,
      `Sätt "rootDir": "${rootDir}" i .clasp.json.`,
    ]);
  }
}

/** With no recorded deployment, refuses to add one beside deployments members may already use. */
function checkNoOtherDeployments(options: DeployOptions): void {
  const versioned = claspJson(options, ['list-deployments'], DeploymentList).filter(
    (deployment) => deployment.versionNumber !== undefined,
  );
  if (versioned.length === 0) return;
  throw new DeployError([
    'Projektet har redan driftsättningar, men ingen är registrerad som medlemmarnas:',
    ...versioned.map(
      (deployment) =>
        `  ${deployment.deploymentId} (version ${deployment.versionNumber}${deployment.description ? `, "${deployment.description}"` : ''})`,
    ),
    'Driftsätt till den medlemmarnas koder pekar på: npm run deploy -- --deployment-id <id>',
    'eller skapa en ny bredvid dem: npm run deploy -- --new',
  ]);
}

/**
 * Asks the deployed web app what a member's extension asks, with a token nobody has: the right answer is Målkoll's
 * `unauthorized`. Google's sign-in page instead means the deployment is not open to anyone (google/clasp#1115).
 */
async function checkWebApp(options: DeployOptions, url: string): Promise<void> {
  const body = JSON.stringify({ v: WIRE_VERSION, op: 'snapshot', token: '0'.repeat(64) });
  let text: string;
  try {
    const response = await options.fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body });
    text = await response.text();
  } catch (error) {
    throw new DeployError([
      `Webbappen är driftsatt men svarade inte: ${(error as Error).message}.`,
      `Öppna ${url} i en webbläsare; den ska visa "Målkoll webbapp".`,
    ]);
  }
  let answer: ReturnType<typeof ErrorResponse.safeParse> | null = null;
  try {
    answer = ErrorResponse.safeParse(JSON.parse(text));
  } catch {
    answer = null;
  }
  if (answer?.success && answer.data.error.code === 'unauthorized') return;
  throw new DeployError([
    'Webbappen är driftsatt men svarar inte som Målkoll: den kräver troligen inloggning.',
    'Öppna Apps Script → Driftsätt → Hantera driftsättningar, redigera driftsättningen och välj',
    '"Kör som: jag" och "Vem har åtkomst: Alla". Kör sedan npm run deploy igen.',
  ]);
}

/** The whole deploy; returns the deployment as the add-on now knows it. */
export async function deploy(options: DeployOptions): Promise<DeployConfig> {
  const project = readProject(options.project);
  const rootDir = (project.rootDir ?? '.').replace(/\/+$/, '');
  const outDir = resolve(options.project, rootDir);
  const previous = readConfig(options.project, project.scriptId);
  const deploymentId = options.deploymentId ?? previous?.deploymentId;

  const user = claspJson(options, ['show-authorized-user'], AuthorizedUser);
  if (!user.loggedIn) throw new DeployError(['clasp är inte inloggad: kör npx clasp login och sedan npm run deploy.']);
  if (deploymentId === undefined && !options.createNew) checkNoOtherDeployments(options);

  // The head code keeps carrying the last deployment until the new one exists.
  options.build(outDir, previous ? { [DEPLOYMENT_ENV]: JSON.stringify(previous.deployment) } : {});
  const build = builtId(outDir);
  checkFilesToPush(options, rootDir);

  claspJson(options, ['push', '--force'], Pushed);
  options.log('Koden är skickad till Apps Script.');
  const description = `Målkoll ${build}`;
  const { versionNumber } = claspJson(options, ['create-version', description], Version);
  const deployed = claspJson(
    options,
    deploymentId === undefined
      ? ['create-deployment', '--versionNumber', String(versionNumber), '--description', description]
      : ['update-deployment', deploymentId, '--versionNumber', String(versionNumber), '--description', description],
    Deployed,
  );
  if (
    deployed.versionNumber !== versionNumber ||
    (deploymentId !== undefined && deployed.deploymentId !== deploymentId)
  )
    throw new DeployError([
      `clasp driftsatte ${deployed.deploymentId} version ${deployed.versionNumber}, inte ${versionNumber}.`,
    ]);

  const config: DeployConfig = {
    scriptId: project.scriptId,
    deploymentId: deployed.deploymentId,
    deployment: {
      url: execUrl(deployed.deploymentId),
      versionNumber,
      build,
      deployedAt: options.now().toISOString(),
      deployedBy: user.email ?? null,
    },
  };
  // Recorded before anything else can fail, so the next deploy updates this deployment instead of making another.
  writeConfig(options.project, config);

  options.build(outDir, { [DEPLOYMENT_ENV]: JSON.stringify(config.deployment) });
  if (builtId(outDir) !== build)
    throw new DeployError(['Koden ändrades under driftsättningen: kör npm run deploy igen.']);
  claspJson(options, ['push', '--force'], Pushed);

  await checkWebApp(options, config.deployment.url);
  options.log(`Webbappen: ${config.deployment.url}`);
  options.log(`Version ${versionNumber} (bygge ${build}); medlemmarnas tillägg och menyerna kör nu samma kod.`);
  return config;
}

/** Runs the clasp on PATH in `project` (npm puts node_modules/.bin on PATH for `npm run deploy`). */
export function spawnClasp(project: string, env: NodeJS.ProcessEnv = process.env): DeployOptions['clasp'] {
  return (args) => {
    const result = spawnSync('clasp', args, { cwd: project, env, encoding: 'utf8', timeout: 300_000 });
    if (result.error) throw new DeployError([`clasp kunde inte startas: ${result.error.message}. Kör npm ci först.`]);
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
}

/** `vite build --mode apps-script` into `outDir`, with the deployment for the head code in the environment. */
export function viteBuild(repo: string): DeployOptions['build'] {
  return (outDir, env) => {
    const vite = join(repo, 'node_modules/.bin/vite');
    const args = ['build', '--mode', 'apps-script', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'];
    const result = spawnSync(vite, args, { cwd: repo, stdio: 'inherit', env: { ...process.env, ...env } });
    if (result.status !== 0) throw new DeployError(['Bygget av tillägget misslyckades (se ovan).']);
  };
}

/** The deploy with the real clasp and vite, as `npm run deploy` runs it in the repository. */
export function processDeployOptions(
  repo: string,
  flags: { deploymentId?: string; createNew?: boolean },
): DeployOptions {
  return {
    project: repo,
    clasp: spawnClasp(repo),
    build: viteBuild(repo),
    fetch,
    now: () => new Date(),
    log: (line) => process.stdout.write(`${line}\n`),
    ...flags,
  };
}
