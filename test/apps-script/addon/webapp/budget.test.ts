// A flood from one token is refused with rate_limited while the other members' logs go through: 61 requests in a
// minute, or more than 500 new actions in a day; the refusals are kept where Kontrollera installationen reads them.
import { afterEach, describe, expect, it } from 'vitest';
import { readRateRefusals } from '../../../../apps-script/addon/webapp/budget.ts';
import { LOG } from '../../../../shared/sheets/columns.ts';
import { decodeConnectionCode } from '../../../../shared/webapp/connection-code.ts';
import { ErrorResponse, LogResponse } from '../../../../shared/wire.ts';
import { type AddOn, recordDeployment, withSeed } from '../../../support/add-on.ts';
import { validAction } from '../../../support/server-harness.ts';

const installed: string[] = [];
afterEach(() => {
  for (const name of installed.splice(0)) delete (globalThis as Record<string, unknown>)[name];
});

/** The add-on's own source run against the runtime's services, as the bundle is in Apps Script. */
function asAppsScript(addOn: AddOn): void {
  for (const [name, service] of Object.entries(addOn.runtime.globals)) {
    if (name in globalThis) continue;
    (globalThis as Record<string, unknown>)[name] = service;
    installed.push(name);
  }
}

function invite(addOn: AddOn, name: string): string {
  const code = addOn.bundle.call('inviteMember', { name, branch: 'Sundsvall' }) as string;
  return decodeConnectionCode(code)?.token ?? '';
}

function post(addOn: AddOn, body: unknown): unknown {
  const response = addOn.bundle.webApp({ method: 'POST', body: JSON.stringify(body), contentType: 'text/plain' });
  return JSON.parse(response.body);
}

describe('member budgets', () => {
  it('refuses the 61st request of a minute and the 501st action of a day, and lets the others log', async () => {
    const addOn = await withSeed();
    recordDeployment(addOn, 'https://script.google.com/macros/s/budget/exec');
    const [ada, bo, cy] = ['Ada', 'Bo', 'Cy'].map((name) => invite(addOn, name)) as [string, string, string];

    for (let n = 0; n < 60; n++) expect(post(addOn, { v: 1, op: 'snapshot', token: ada })).toMatchObject({ ok: true });
    const flooded = ErrorResponse.parse(post(addOn, { v: 1, op: 'snapshot', token: ada }));
    expect(flooded.error.code).toBe('rate_limited');
    expect(flooded.error.retryAfterSeconds).toBeGreaterThan(0);
    expect(flooded.error.message).toMatch(/^Tillägget har skickat fler än 60 förfrågningar på en minut/);
    const fromBo = LogResponse.parse(post(addOn, { v: 1, op: 'log', token: bo, actions: [validAction()] }));
    expect(fromBo.results[0]?.status).toBe('accepted');

    for (let n = 0; n < 10; n++) {
      const actions = Array.from({ length: 50 }, () => validAction());
      const logged = LogResponse.parse(post(addOn, { v: 1, op: 'log', token: cy, actions }));
      expect(logged.results.every((result) => result.status === 'accepted')).toBe(true);
    }
    const overDay = ErrorResponse.parse(post(addOn, { v: 1, op: 'log', token: cy, actions: [validAction()] }));
    expect(overDay.error).toMatchObject({ code: 'rate_limited' });
    expect(overDay.error.message).toMatch(/^Du har loggat 500 åtgärder i dag/);
    expect(overDay.error.retryAfterSeconds).toBeLessThanOrEqual(25 * 3600);
    expect(LogResponse.parse(post(addOn, { v: 1, op: 'log', token: bo, actions: [validAction()] })).ok).toBe(true);
    expect(addOn.runtime.formulaBars(LOG.name).slice(1)).toHaveLength(502);

    asAppsScript(addOn);
    expect(readRateRefusals()).toEqual([
      expect.objectContaining({ name: 'Cy', branch: 'Sundsvall', days: 1, minutes: 0, lastReason: 'actions' }),
      expect.objectContaining({ name: 'Ada', branch: 'Sundsvall', days: 0, minutes: 1, lastReason: 'requests' }),
    ]);
  });
});
