// `malkoll invite` and `malkoll revoke` on a workbook file: a code that works at once, and a revocation that ends it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeConnectionCode } from '../../../../shared/webapp/connection-code.ts';
import { malkoll } from '../../../support/run-cli.ts';
import { SEED_FILE } from '../../../support/seed.ts';

describe('malkoll invite and revoke', () => {
  it('prints the code alone on stdout, and revoking makes the workbook refuse the token', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'malkoll-invite-')), 'workbook.json');
    expect(malkoll(['import', SEED_FILE, '--data', data]).code).toBe(0);
    const invited = malkoll(['invite', '--data', data, '--name', 'Kim', '--branch', 'Sundsvall']);
    expect(invited.code).toBe(0);
    expect(invited.stdout).toMatch(/^MALKOLL1:[A-Za-z0-9_-]+\n$/);
    expect(decodeConnectionCode(invited.stdout)?.url).toBe('http://127.0.0.1:8787/exec');
    const revoked = malkoll(['revoke', '--data', data, '--name', 'Kim']);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('Kim är återkallad');
    const again = malkoll(['revoke', '--data', data, '--name', 'Kim']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Ingen aktiv medlem heter "Kim"');
  });

  it("exits 2 for a --url members cannot use, the head deployment's /dev above all, and changes nothing", () => {
    const data = join(mkdtempSync(join(tmpdir(), 'malkoll-invite-')), 'workbook.json');
    expect(malkoll(['import', SEED_FILE, '--data', data]).code).toBe(0);
    const before = readFileSync(data, 'utf8');
    const dev = 'https://script.google.com/macros/s/AKfycbx-Example_Deployment123/dev';
    const refused = malkoll(['invite', '--data', data, '--name', 'Kim', '--branch', 'Sundsvall', '--url', dev]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      [
        `--url ${dev} går inte att ge ut i en anslutningskod.`,
        `Koden pekar på webbappens testadress (den slutar på /dev), som bara den som får redigera skriptet kan öppna – inte ditt tillägg: ${dev}. Be styrelsen om en ny kod med webbappens driftsatta adress, den som slutar på /exec.`,
        'Ange webbappens driftsatta adress, den som slutar på /exec och som npm run deploy skriver ut,',
        'eller malkoll serves http://127.0.0.1:<port>/exec.',
        '',
      ].join('\n'),
    );
    expect(readFileSync(data, 'utf8')).toBe(before);
    const exec = dev.replace(/\/dev$/, '/exec');
    const invited = malkoll(['invite', '--data', data, '--name', 'Kim', '--branch', 'Sundsvall', '--url', exec]);
    expect(invited.code).toBe(0);
    expect(decodeConnectionCode(invited.stdout)?.url).toBe(exec);
  });

  it('exits 2 with a Swedish reason for a missing workbook or missing arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'malkoll-invite-'));
    const missing = malkoll(['invite', '--data', join(dir, 'nope.json'), '--name', 'Kim', '--branch', 'Sundsvall']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('finns inte');
    expect(missing.stdout).toBe('');
    const usage = malkoll(['invite', '--data', join(dir, 'nope.json')]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Användning: malkoll invite');
  });
});
