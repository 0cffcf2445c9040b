// Members and tokens as the board handles them: Bjud in medlem… and Återkalla medlem… in the menu, and the same two
// commands from the CLI on a workbook file; a revoked or unknown token is unauthorized at once.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeConnectionCode } from '../../../../shared/webapp/connection-code.ts';
import type { AddOn } from '../../../support/add-on.ts';
import { malkoll } from '../../../support/run-cli.ts';
import { SEED_FILE } from '../../../support/seed.ts';

const _URL = 'https://script.google.com/macros/s/AKfyc-test/exec';

function _snapshot(addOn: AddOn, token: string): unknown {
  const response = addOn.bundle.webApp({
    method: 'POST',
    contentType: 'text/plain',
    body: JSON.stringify({ v: 1, op: 'snapshot', token }),
  });
  return JSON.parse(response.body);
}

/** The HTML of the last modal dialog the board saw. */
function lastDialog(addOn: AddOn): string {
  const dialog = addOn.runtime.ui.events.findLast((event) => event.kind === 'modalDialog');
  return dialog && 'html' in dialog ? dialog.html : '';
}

/** Bjud in medlem… with the two answers typed; the code the dialog shows. */
function _inviteFromMenu(addOn: AddOn, name: string, branch: string): string {
  addOn.runtime.ui.respond({ button: 'OK', text: name }, { button: 'OK', text: branch });
  addOn.runtime.ui.clickMenuItem('Målkoll', 'Bjud in medlem…');
  const code = lastDialog(addOn).match(/MALKOLL1:[A-Za-z0-9_-]+/)?.[0];
  if (!code) throw new Error(`no code shown: ${JSON.stringify(addOn.runtime.ui.events.at(-1))}`);
  return code;
}

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
