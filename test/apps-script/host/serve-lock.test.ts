// One writer per workbook file: while `malkoll serve` holds a workbook, invite, revoke and a second server refuse it
// in Swedish and point at the preview's menu; once it stops, invite's codes carry the address it served.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serveLockFile } from '../../../apps-script/host/serve-lock.ts';
import { startServer } from '../../../apps-script/server/server.ts';
import { decodeConnectionCode } from '../../../shared/webapp/connection-code.ts';
import { malkoll } from '../../support/run-cli.ts';
import { SEED_FILE } from '../../support/seed.ts';
import { startTestServer } from '../../support/server-harness.ts';

describe('a served workbook', () => {
  it('and its lock file are readable by their owner only', async () => {
    const t = await startTestServer();
    try {
      await t.post({ v: 1, op: 'snapshot', token: t.token });
      expect(statSync(serveLockFile(t.dataFile)).mode & 0o777).toBe(0o600);
      expect(statSync(t.dataFile).mode & 0o777).toBe(0o600);
    } finally {
      await t.server.close();
    }
  });

  it('is refused by invite, revoke and a second server while the server runs', async () => {
    const t = await startTestServer();
    try {
      const saved = readFileSync(t.dataFile, 'utf8');
      const invite = malkoll(['invite', '--data', t.dataFile, '--name', 'Kim', '--branch', 'Sundsvall']);
      expect(invite.code).toBe(2);
      expect(invite.stdout).toBe('');
      expect(invite.stderr).toContain(`Arbetsboken ${t.dataFile} är öppen i malkoll serve`);
      expect(invite.stderr).toContain(`Målkoll-menyn i förhandsvisningen (${t.server.url}#meny)`);
      const revoke = malkoll(['revoke', '--data', t.dataFile, '--name', 'Demo Medlem']);
      expect(revoke.code).toBe(2);
      expect(revoke.stderr).toContain('stoppa servern (Ctrl-C)');
      expect(readFileSync(t.dataFile, 'utf8')).toBe(saved);
      await expect(startServer({ port: 0, dataFile: t.dataFile, planFile: SEED_FILE, log: () => {} })).rejects.toThrow(
        `Arbetsboken ${t.dataFile} är redan öppen i malkoll serve (process ${process.pid}`,
      );
    } finally {
      await t.server.close();
    }
    expect(existsSync(serveLockFile(t.dataFile))).toBe(false);
  });

  it('gives codes for the address the server ran on once it has stopped, or for --url', async () => {
    const t = await startTestServer();
    await t.server.close();
    const invited = malkoll(['invite', '--data', t.dataFile, '--name', 'Kim', '--branch', 'Sundsvall']);
    expect(invited.code).toBe(0);
    expect(decodeConnectionCode(invited.stdout)?.url).toBe(t.server.webAppUrl);
    const deployed = 'https://script.google.com/macros/s/AKfyc-test/exec';
    const elsewhere = malkoll([
      'invite',
      '--data',
      t.dataFile,
      '--name',
      'Alva',
      '--branch',
      'Sundsvall',
      '--url',
      deployed,
    ]);
    expect(decodeConnectionCode(elsewhere.stdout)?.url).toBe(deployed);
    const wrong = malkoll(['invite', '--data', t.dataFile, '--name', 'Alva', '--branch', 'Sundsvall', '--url', 'exec']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--url exec går inte att ge ut i en anslutningskod.');
  });

  it('is not held by the lock of a server that died', async () => {
    const t = await startTestServer();
    await t.server.close();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(serveLockFile(t.dataFile), JSON.stringify({ pid: dead, url: 'http://127.0.0.1:1/' }));
    const revoked = malkoll(['revoke', '--data', t.dataFile, '--name', 'Demo Medlem']);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('Demo Medlem är återkallad');
    const again = await startServer({ port: 0, dataFile: t.dataFile, log: () => {} });
    expect(JSON.parse(readFileSync(serveLockFile(t.dataFile), 'utf8')).pid).toBe(process.pid);
    await again.close();
  });
});
