// A stand-in for clasp 3 on PATH, for the deploy tests: records each command line, and answers with clasp's own --json
// shapes (node_modules/@google/clasp/build/src/commands/*.js), keeping the project's versions and deployments in a
// state file. show-file-status, which needs no credentials, is passed to the real clasp; so is everything when
// FAKE_CLASP_REAL is set (then only show-authorized-user is answered here, to get past the login check).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const statePath = process.env.FAKE_CLASP_STATE;
const state = JSON.parse(readFileSync(statePath, 'utf8'));
const argv = process.argv.slice(2);
state.calls.push(argv);
const save = () => writeFileSync(statePath, JSON.stringify(state, null, 2));
const print = (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
save();

function real() {
  const result = spawnSync(process.execPath, [state.realClasp, ...argv], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, HOME: state.emptyHome },
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exit(result.status ?? 1);
}

/** The value of `-V`/`--versionNumber` or `-d`/`--description`. */
function option(short, long) {
  const at = argv.findIndex((arg) => arg === short || arg === long);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** What the push sent, as Google keeps it: the head is the latest push; create-version freezes a copy. */
function snapshot(into) {
  const source = join(process.cwd(), state.rootDir);
  mkdirSync(into, { recursive: true });
  for (const file of readdirSync(source)) cpSync(join(source, file), join(into, file));
}

const [command] = argv;
if (command === 'show-authorized-user') {
  print(state.user);
} else if (command === 'show-file-status' || process.env.FAKE_CLASP_REAL) {
  real();
} else if (command === 'push') {
  // Without --force and without a terminal, clasp skips a push that changes appsscript.json and says nothing in JSON.
  if (argv.includes('--force')) {
    snapshot(join(state.dir, 'head'));
    print(readdirSync(join(process.cwd(), state.rootDir)).map((file) => `${state.rootDir}/${file}`));
  }
} else if (command === 'create-version') {
  state.versions += 1;
  snapshot(join(state.dir, 'versions', String(state.versions)));
  save();
  print({ versionNumber: state.versions });
} else if (command === 'list-deployments') {
  print([{ deploymentId: state.headDeploymentId }, ...state.deployments]);
} else if (command === 'create-deployment' || command === 'update-deployment') {
  const versionNumber = Number(option('-V', '--versionNumber'));
  const description = option('-d', '--description') ?? '';
  const deploymentId = command === 'update-deployment' ? argv[1] : `AKfycbFake${state.deployments.length + 1}`;
  if (!deploymentId || deploymentId.startsWith('-')) {
    process.stderr.write("error: missing required argument 'deploymentId'\n");
    process.exit(0);
  }
  if (!existsSync(join(state.dir, 'versions', String(versionNumber)))) {
    process.stderr.write(`Version ${versionNumber} does not exist.\n`);
    process.exit(1);
  }
  const known = state.deployments.find((deployment) => deployment.deploymentId === deploymentId);
  if (command === 'update-deployment' && !known) {
    process.stderr.write('Requested entity was not found.\n');
    process.exit(1);
  }
  if (known) Object.assign(known, { versionNumber, description });
  else state.deployments.push({ deploymentId, versionNumber, description });
  save();
  print({ deploymentId, versionNumber, description });
} else {
  process.stderr.write(`fake clasp: no answer for ${argv.join(' ')}\n`);
  process.exit(1);
}
