// npm run deploy's steps: the exact clasp commands it runs (a stand-in clasp on PATH answering clasp's documented JSON,
// each command line then checked against the real clasp's own parser offline), what the members' /exec deployment and
// the board's menus run afterwards, and the Swedish refusals.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEPLOY_CONFIG_FILE,
  type DeployConfig,
  DeployError,
  type DeployOptions,
  deploy,
  spawnClasp,
  viteBuild,
} from '../../../apps-script/build/deploy.ts';
import { createRuntime, loadBundle } from '../../../apps-script/local/index.ts';
import { decodeConnectionCode } from '../../../shared/webapp/connection-code.ts';
import { type AddOn, installCheckLines, inviteFromMenu, openAddOn, SEED_TEXT } from '../../support/add-on.ts';
import { ROOT } from '../../support/built-bundle.ts';

const REAL_CLASP = join(ROOT, 'node_modules/@google/clasp/build/src/index.js');
const SCRIPT_ID = '1TestScriptIdOfTheBoardsSpreadsheet';
const DEPLOYED_AT = new Date('2026-03-02T09:30:00Z');

interface FakeState {
  dir: string;
  rootDir: string;
  realClasp: string;
  emptyHome: string;
  headDeploymentId: string;
  user: { loggedIn: boolean; email?: string };
  versions: number;
  deployments: { deploymentId: string; versionNumber: number; description: string }[];
  calls: string[][];
}

/** A project folder with .clasp.json, and a fake clasp first on PATH keeping its state beside it. */
function project(setup: Partial<Pick<FakeState, 'user' | 'deployments'>> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'malkoll-deploy-'));
  const emptyHome = join(dir, 'home');
  const bin = join(dir, 'bin');
  const folder = join(dir, 'project');
  for (const path of [emptyHome, bin, folder]) mkdirSync(path);
  writeFileSync(join(folder, '.clasp.json'), JSON.stringify({ scriptId: SCRIPT_ID, rootDir: 'dist/apps-script' }));
  const statePath = join(dir, 'state.json');
  const initial: FakeState = {
    dir,
    rootDir: 'dist/apps-script',
    realClasp: REAL_CLASP,
    emptyHome,
    headDeploymentId: 'AKfycbHEAD',
    user: setup.user ?? { loggedIn: true, email: 'kassor@example.org' },
    versions: 0,
    deployments: setup.deployments ?? [],
    calls: [],
  };
  writeFileSync(statePath, JSON.stringify(initial));
  const fake = join(ROOT, 'test/support/fake-clasp.mjs');
  writeFileSync(join(bin, 'clasp'), `#!/bin/sh\nexec "${process.execPath}" "${fake}" "$@"\n`);
  chmodSync(join(bin, 'clasp'), 0o755);
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, FAKE_CLASP_STATE: statePath };
  const log: string[] = [];
  const state = (): FakeState => JSON.parse(readFileSync(statePath, 'utf8')) as FakeState;
  const options = (extra: Partial<DeployOptions> = {}): DeployOptions => ({
    project: folder,
    clasp: spawnClasp(folder, env),
    build: viteBuild(ROOT),
    fetch: membersFetch(state),
    now: () => DEPLOYED_AT,
    log: (line) => log.push(line),
    ...extra,
  });
  return { dir, folder, env, log, state, options };
}

/** The pushed code a snapshot folder holds, as Google runs it. */
function codeIn(folder: string): { code: string; manifest: unknown } {
  return {
    code: readFileSync(join(folder, 'Code.js'), 'utf8'),
    manifest: JSON.parse(readFileSync(join(folder, 'appsscript.json'), 'utf8')),
  };
}

/** A request to a /exec address, answered by the version of the code that deployment runs (the fake's snapshot). */
function membersFetch(state: () => FakeState): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const deployment = state().deployments.find((candidate) => url.includes(`/s/${candidate.deploymentId}/exec`));
    if (!deployment) return new Response('<html>Sidan hittades inte</html>', { status: 404 });
    const { code, manifest } = codeIn(join(state().dir, 'versions', String(deployment.versionNumber)));
    const runtime = createRuntime({ manifest, deployments: [{ ...deployment }] });
    const answer = loadBundle(runtime, code).webApp({ method: 'POST', body: String(init?.body ?? '') });
    return new Response(answer.body, { status: answer.status, headers: { 'Content-Type': answer.contentType } });
  }) as typeof fetch;
}

/** The board's spreadsheet running the head code last pushed, with the seed plan imported. */
async function boardSheet(state: FakeState, code = codeIn(join(state.dir, 'head')).code): Promise<AddOn> {
  const addOn = openAddOn({}, code);
  await addOn.bundle.runFromClient('importPlan', { text: SEED_TEXT });
  return addOn;
}

async function refusal(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (error instanceof DeployError) return error.lines.join('\n');
    throw error;
  }
  throw new Error('the deploy went through');
}

/** The real clasp, without credentials: a command line it parses gets as far as the login check. */
function realClaspOffline(folder: string, home: string, args: string[]) {
  return spawnSync(process.execPath, [REAL_CLASP, ...args], { cwd: folder, encoding: 'utf8', env: { HOME: home } });
}

describe('npm run deploy', () => {
  it('creates the deployment once, then moves it to each new version at the same /exec address', async () => {
    const t = project();
    const first = await deploy(t.options());
    const build = first.deployment.build;
    const description = `Målkoll ${build}`;
    expect(t.state().calls).toEqual([
      ['show-authorized-user', '--json'],
      ['list-deployments', '--json'],
      ['show-file-status', '--json'],
      ['push', '--force', '--json'],
      ['create-version', description, '--json'],
      ['create-deployment', '--versionNumber', '1', '--description', description, '--json'],
      ['push', '--force', '--json'],
    ]);
    const url = 'https://script.google.com/macros/s/AKfycbFake1/exec';
    const config: DeployConfig = {
      scriptId: SCRIPT_ID,
      deploymentId: 'AKfycbFake1',
      deployment: {
        url,
        versionNumber: 1,
        build,
        deployedAt: '2026-03-02T09:30:00.000Z',
        deployedBy: 'kassor@example.org',
      },
    };
    expect(first).toEqual(config);
    expect(JSON.parse(readFileSync(join(t.folder, DEPLOY_CONFIG_FILE), 'utf8'))).toEqual(config);
    expect(t.log).toContain(`Webbappen: ${url}`);
    // .clasp.json keeps only clasp's keys: the deployment id is not there.
    expect(JSON.parse(readFileSync(join(t.folder, '.clasp.json'), 'utf8'))).toEqual({
      scriptId: SCRIPT_ID,
      rootDir: 'dist/apps-script',
    });

    // Each command line is one the real clasp parses: offline it stops at the login check, never at "error: …".
    for (const args of t.state().calls) {
      const offline = realClaspOffline(t.folder, join(t.dir, 'home'), args);
      const expected = args[0] === 'show-authorized-user' || args[0] === 'show-file-status' ? 0 : 1;
      expect({ args, status: offline.status, error: /^error:/m.test(offline.stderr) }).toEqual({
        args,
        status: expected,
        error: false,
      });
      if (expected === 1) expect(offline.stderr.trim()).toBe('No credentials found.');
    }

    // The board's menus, running the head code, know the members' address and that it runs the same code.
    const board = await boardSheet(t.state());
    const check = installCheckLines(board).join('\n');
    expect(check).toContain(`Adress: ${url}`);
    expect(check).toContain(`Driftsatt 2026-03-02: version 1 av koden (bygge ${build}).`);
    expect(check).toContain('Webbappen kör som kassor@example.org, som driftsatte den.');
    expect(check).toContain(`Menyerna kör bygge ${build}.`);
    expect(check).toMatch(/Webbappen som medlemmarna loggar till: Klart/);
    expect(decodeConnectionCode(inviteFromMenu(board, 'Kim'))?.url).toBe(url);

    const second = await deploy(t.options({ now: () => new Date('2026-04-01T08:00:00Z') }));
    expect(t.state().calls.slice(7)).toEqual([
      ['show-authorized-user', '--json'],
      ['show-file-status', '--json'],
      ['push', '--force', '--json'],
      ['create-version', description, '--json'],
      ['update-deployment', 'AKfycbFake1', '--versionNumber', '2', '--description', description, '--json'],
      ['push', '--force', '--json'],
    ]);
    expect(second.deployment).toEqual({
      ...config.deployment,
      versionNumber: 2,
      deployedAt: '2026-04-01T08:00:00.000Z',
    });
    expect(t.state().deployments).toEqual([{ deploymentId: 'AKfycbFake1', versionNumber: 2, description }]);
  }, 180_000);

  it('lets the board see when the members run older code than the menus (a head pushed without deploying)', async () => {
    const t = project();
    const { deployment } = await deploy(t.options());
    const dataFile = join(t.dir, 'workbook.json');
    const before = openAddOn({ dataFile, ifMissing: 'create' }, codeIn(join(t.state().dir, 'head')).code);
    expect(installCheckLines(before).join('\n')).toMatch(/Webbappen som medlemmarna loggar till: Klart/);
    before.runtime.save();
    // Someone runs plain `clasp push` of other code: a head that carries no deployment and is another build.
    const pushedAlone = codeIn(join(t.state().dir, 'head'))
      .code.replace(/\bBUILD_ID = "[0-9a-f]{12}"/, 'BUILD_ID = "0123456789ab"')
      .replace(/\bDEPLOYMENT_AT_BUILD = "(?:[^"\\]|\\.)*"/, 'DEPLOYMENT_AT_BUILD = ""');
    const after = openAddOn({ dataFile }, pushedAlone);
    const check = installCheckLines(after).join('\n');
    expect(check).toContain(`Adress: ${deployment.url}`);
    expect(check).toContain('Menyerna kör bygge 0123456789ab.');
    expect(check).toMatch(/Webbappen som medlemmarna loggar till: Åtgärda/);
    expect(check).toContain('Kör npm run deploy: den ger webbappen samma kod som menyerna och behåller adressen.');
  }, 180_000);

  it('will not add a deployment beside ones members may use, and deploys to the one named', async () => {
    const byHand = { deploymentId: 'AKfycbByHand', versionNumber: 3, description: 'Webbapp' };
    const t = project({ deployments: [byHand] });
    const refused = await refusal(deploy(t.options()));
    expect(refused).toContain('  AKfycbByHand (version 3, "Webbapp")');
    expect(refused).toContain('npm run deploy -- --deployment-id <id>');
    expect(t.state().calls).toEqual([
      ['show-authorized-user', '--json'],
      ['list-deployments', '--json'],
    ]);
    expect(existsSync(join(t.folder, DEPLOY_CONFIG_FILE))).toBe(false);

    // Named, it is updated; here its access is not "Anyone", so Google answers with its sign-in page.
    const signIn = (async () => new Response('<html><title>Logga in – Google-konton</title></html>')) as typeof fetch;
    const failed = await refusal(deploy(t.options({ deploymentId: 'AKfycbByHand', fetch: signIn })));
    expect(failed).toContain('Webbappen är driftsatt men svarar inte som Målkoll: den kräver troligen inloggning.');
    expect(failed).toContain('"Vem har åtkomst: Alla"');
    expect(
      t
        .state()
        .calls.filter((args) => args[0] === 'update-deployment')[0]
        ?.slice(0, 2),
    ).toEqual(['update-deployment', 'AKfycbByHand']);
    // The deployment was made, so it is recorded: the next deploy updates it.
    expect(JSON.parse(readFileSync(join(t.folder, DEPLOY_CONFIG_FILE), 'utf8')).deploymentId).toBe('AKfycbByHand');
  }, 180_000);

  it("stops before building when clasp is not logged in, in the real clasp's words", async () => {
    const t = project();
    const realPath = { HOME: join(t.dir, 'home'), PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` };
    const notLoggedIn = await refusal(deploy(t.options({ clasp: spawnClasp(t.folder, realPath) })));
    expect(notLoggedIn).toBe('clasp är inte inloggad: kör npx clasp login och sedan npm run deploy.');
    // Past the login check the real clasp needs credentials for every call but show-file-status.
    const offline = await refusal(
      deploy(t.options({ clasp: spawnClasp(t.folder, { ...t.env, FAKE_CLASP_REAL: '1' }) })),
    );
    expect(offline).toBe(
      'clasp list-deployments misslyckades: No credentials found.\nclasp är inte inloggad: kör npx clasp login.',
    );
    // clasp exits 0 when commander refuses a command line; the deploy goes by what clasp said, not by that 0.
    const commanderError = await refusal(
      deploy(
        t.options({
          clasp: (args) =>
            args[0] === 'show-authorized-user'
              ? { status: 0, stdout: '{"loggedIn": true}', stderr: '' }
              : { status: 0, stdout: '', stderr: "error: unknown option '--json'\n" },
        }),
      ),
    );
    expect(commanderError).toBe("clasp list-deployments misslyckades: error: unknown option '--json'");
    expect(existsSync(join(t.folder, 'dist'))).toBe(false);
    expect(existsSync(join(t.folder, DEPLOY_CONFIG_FILE))).toBe(false);
  });

  it('refuses a deployment record of another project, and a project without .clasp.json', async () => {
    const t = project();
    writeFileSync(
      join(t.folder, DEPLOY_CONFIG_FILE),
      JSON.stringify({
        scriptId: 'someOtherScript',
        deploymentId: 'AKfycbOther',
        deployment: {
          url: 'https://script.google.com/macros/s/AKfycbOther/exec',
          versionNumber: 4,
          build: '0123456789ab',
          deployedAt: '2026-01-01T00:00:00.000Z',
          deployedBy: null,
        },
      }),
    );
    expect(await refusal(deploy(t.options()))).toContain(
      `${DEPLOY_CONFIG_FILE} hör till skriptet someOtherScript, men .clasp.json pekar på ${SCRIPT_ID}.`,
    );
    const empty = mkdtempSync(join(tmpdir(), 'malkoll-deploy-'));
    expect(await refusal(deploy(t.options({ project: empty })))).toContain('Ingen .clasp.json');
    expect(t.state().calls).toEqual([]);
  });
});
