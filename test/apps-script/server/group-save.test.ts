// Nothing acknowledged is ever lost: `malkoll serve` killed with SIGKILL while logs stream in, starved of disk space
// (a real full tmpfs) or killed in the middle of compacting its journal restarts on a workbook holding every action
// it answered `accepted` or `duplicate`; retrying everything then leaves each action exactly once.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRuntime } from '../../../apps-script/local/index.ts';
import { GroupSave, SaveFailed } from '../../../apps-script/server/group-save.ts';
import { logActions, seedActions, withSeed } from '../../support/add-on.ts';
import {
  invite,
  killServers,
  type LogOutcome,
  logAction,
  type ServeProcess,
  savedIds,
  serve,
  stop,
} from '../../support/serve-process.ts';
import { validAction } from '../../support/server-harness.ts';

afterEach(killServers);

/** Four members, so streaming a few hundred requests stays inside each one's 60 requests a minute. */
async function members(server: ServeProcess): Promise<string[]> {
  if (!server.token) throw new Error('the server invited no demo member');
  const tokens = [server.token];
  // One at a time, as the board goes through the menu.
  for (const name of ['Anna', 'Bertil', 'Cecilia']) tokens.push(await invite(server, name));
  return tokens;
}

/** Sends every action once (in parallel, one member each in turn) and returns what each was answered. */
async function logAll(
  server: ServeProcess,
  tokens: string[],
  actions: Record<string, unknown>[],
): Promise<LogOutcome[]> {
  return Promise.all(
    actions.map(async (action, n) => (await logAction(server, tokens[n % tokens.length] ?? '', action)).outcome),
  );
}

/**
 * Restarts on the file, retries every action (as the members' extensions do with what they still hold), stops
 * cleanly: each action must then be in Logg exactly once. The workbook has members, so no demo member is invited on
 * this start: fresh ones retry.
 */
async function retryEverything(
  dataFile: string,
  actions: Record<string, unknown>[],
  loggedBefore: readonly string[] = [],
): Promise<void> {
  const again = await serve(dataFile);
  const tokens: string[] = [];
  for (const name of ['Retry 1', 'Retry 2', 'Retry 3', 'Retry 4']) tokens.push(await invite(again, name));
  const outcomes = await logAll(again, tokens, actions);
  expect(outcomes.every((outcome) => outcome === 'accepted' || outcome === 'duplicate')).toBe(true);
  await stop(again);
  const ids = savedIds(dataFile);
  expect(ids).toHaveLength(loggedBefore.length + actions.length);
  expect(new Set(ids)).toEqual(new Set([...loggedBefore, ...actions.map((action) => String(action.id))]));
}

describe('crash safety', () => {
  it('keeps every acknowledged action across a SIGKILL mid-stream', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'malkoll-crash-')), 'workbook.json');
    const first = await serve(dataFile, { plan: true });
    const tokens = await members(first);
    const actions = Array.from({ length: 200 }, () => validAction());
    const acknowledged: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < actions.length) {
        const n = next++;
        const action = actions[n] as Record<string, unknown>;
        const { outcome } = await logAction(first, tokens[n % tokens.length] ?? '', action);
        if (outcome === 'accepted') acknowledged.push(String(action.id));
        if (acknowledged.length === 40) first.child.kill('SIGKILL');
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(acknowledged.length).toBeLessThan(actions.length);

    const saved = new Set(savedIds(dataFile));
    for (const id of acknowledged) expect(saved.has(id)).toBe(true);
    await retryEverything(dataFile, actions);
  }, 180_000);
});

/** A small tmpfs of its own: a real disk that fills up. Needs the right to mount (root), as on this machine. */
function mountTmpfs(): { dir: string; unmount(): void } | null {
  const dir = mkdtempSync(join(tmpdir(), 'malkoll-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m,mode=0700', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    unmount() {
      execFileSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes a file until the disk refuses (ENOSPC). */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

describe('full disk', () => {
  it('answers busy while the disk is full, never a duplicate of an unsaved action, and loses nothing across SIGKILL', async (context) => {
    const disk = mountTmpfs();
    // Without the right to mount, the same failure is injected at write(2) in test/apps-script/local/journal.test.ts.
    if (!disk) return context.skip('mounting a tmpfs needs root');
    try {
      const dataFile = join(disk.dir, 'data', 'workbook.json');
      const server = await serve(dataFile, { plan: true });
      const tokens = await members(server);
      const acknowledged = new Set<string>();
      const sent: Record<string, unknown>[] = [];
      const send = async (action: Record<string, unknown>, n: number) => {
        if (!sent.includes(action)) sent.push(action);
        const answer = await logAction(server, tokens[n % tokens.length] ?? '', action);
        if (answer.outcome === 'accepted' || answer.outcome === 'duplicate') acknowledged.add(String(action.id));
        return answer;
      };

      for (let n = 0; n < 8; n++) expect((await send(validAction(), n)).outcome).toBe('accepted');

      fillDisk(join(disk.dir, 'filler'));
      // The journal's last page may still hold a record or two; then every save fails.
      const refused: Record<string, unknown>[] = [];
      for (let n = 0; refused.length < 3; n++) {
        expect(n).toBeLessThan(40);
        const action = validAction();
        const answer = await send(action, n);
        if (answer.outcome === 'busy') {
          expect(answer.retryAfterSeconds).toBeGreaterThan(0);
          refused.push(action);
        } else expect(answer.outcome).toBe('accepted');
      }
      // Retried while the disk is still full: busy again, never `duplicate` (the action is only in memory).
      for (const [n, action] of refused.entries()) expect((await send(action, n)).outcome).toBe('busy');
      expect(server.output()).toContain('Arbetsboken kunde inte sparas');

      rmSync(join(disk.dir, 'filler'));
      for (const [n, action] of refused.entries()) {
        expect(['accepted', 'duplicate']).toContain((await send(action, n)).outcome);
      }
      expect(server.output()).toContain('Arbetsboken sparas igen.');
      for (let n = 0; n < 4; n++) await send(validAction(), n);

      server.child.kill('SIGKILL');
      const saved = new Set(savedIds(dataFile));
      for (const id of acknowledged) expect(saved.has(id)).toBe(true);
      await retryEverything(dataFile, sent);
    } finally {
      killServers();
      disk.unmount();
    }
  }, 180_000);
});

describe('compaction', () => {
  it('loses nothing when the server is killed while it compacts its journal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'malkoll-compact-'));
    const dataFile = join(dir, 'workbook.json');
    // A Logg long enough that writing a checkpoint takes a while.
    const seeded = await withSeed({ dataFile, ifMissing: 'create' });
    const seededActions = seedActions(5000);
    logActions(seeded, seededActions);
    seeded.runtime.save();
    // Every commit starts a compaction, so one is nearly always under way.
    const server = await serve(dataFile, { compactAfterBytes: 1 });
    const tokens = await members(server);
    const actions = Array.from({ length: 200 }, () => validAction());
    const acknowledged: string[] = [];
    const compacting = () => readdirSync(dir).some((name) => name.endsWith('.tmp'));
    let killedWhileCompacting = false;
    let next = 0;
    const worker = async () => {
      while (next < actions.length && !killedWhileCompacting) {
        const n = next++;
        const action = actions[n] as Record<string, unknown>;
        const { outcome } = await logAction(server, tokens[n % tokens.length] ?? '', action);
        if (outcome === 'accepted') acknowledged.push(String(action.id));
        if (acknowledged.length >= 20 && compacting() && !killedWhileCompacting) {
          server.child.kill('SIGKILL');
          killedWhileCompacting = true;
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(killedWhileCompacting).toBe(true);
    // The half-written checkpoint is still there: the kill did land during a compaction.
    expect(compacting()).toBe(true);

    const saved = new Set(savedIds(dataFile));
    for (const id of acknowledged) expect(saved.has(id)).toBe(true);
    await retryEverything(
      dataFile,
      actions,
      seededActions.map((action) => action.id),
    );
    // The restarted server cleared the dead one's half-written checkpoint.
    expect(compacting()).toBe(false);
  }, 180_000);
});

describe('group save', () => {
  /** A journal whose commits fail while `full` is set, as on a full disk. */
  function failingJournal() {
    const state = { full: false, commits: 0 };
    const journal = {
      commit() {
        if (state.full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        state.commits += 1;
      },
    };
    return { state, journal };
  }

  it('answers nobody who saw an unsaved write, and runs no work until the save succeeds', async () => {
    const runtime = createRuntime();
    const { state, journal } = failingJournal();
    const lines: string[] = [];
    const saves = new GroupSave(runtime, journal, (line) => lines.push(line));
    const cell = runtime.SpreadsheetApp.getActiveSheet().getRange('A1');
    state.full = true;
    // Two requests together: one writes, the other only reads what the first wrote (a retry that would be a duplicate).
    const writer = saves.after(() => cell.setValue('logged'));
    const reader = saves.after(() => cell.getValue());
    await expect(writer).rejects.toBeInstanceOf(SaveFailed);
    await expect(reader).rejects.toBeInstanceOf(SaveFailed);
    expect(lines).toEqual([
      'Arbetsboken kunde inte sparas: ENOSPC: no space left on device, write. Webbappen svarar upptaget tills det går igen.',
    ]);
    // While the disk is full no work runs at all.
    let ran = false;
    await expect(
      saves.after(() => {
        ran = true;
      }),
    ).rejects.toBeInstanceOf(SaveFailed);
    expect(ran).toBe(false);
    state.full = false;
    await expect(saves.after(() => cell.getValue())).resolves.toBe('logged');
    expect(state.commits).toBe(1);
    expect(lines.at(-1)).toBe('Arbetsboken sparas igen.');
    // Once saved, work that writes nothing needs no save.
    await saves.after(() => cell.getValue());
    expect(state.commits).toBe(1);
  });
});
