// A flood from one token is refused with rate_limited while the other members' logs go through: 61 requests in a
// minute, or more than 500 new actions in a day; Kontrollera installationen shows the board who was stopped.
import { describe, expect, it } from 'vitest';
import { dayToIso, stockholmDay } from '../../../../shared/model/calendar.ts';
import { LOG } from '../../../../shared/sheets/columns.ts';
import { decodeConnectionCode } from '../../../../shared/webapp/connection-code.ts';
import { ErrorResponse, LogResponse } from '../../../../shared/wire.ts';
import { type AddOn, installCheckLines, recordDeployment, withSeed } from '../../../support/add-on.ts';
import { validAction } from '../../../support/server-harness.ts';

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

    // The board sees who was stopped, and what to do about a code gone astray.
    const today = dayToIso(stockholmDay(Date.now()));
    const lines = installCheckLines(addOn);
    const from = lines.indexOf('Gränsen per medlem: Åtgärda');
    expect(lines.slice(from, from + 4)).toEqual([
      'Gränsen per medlem: Åtgärda',
      `Cy (Sundsvall) stoppades senast ${today}. Minuter med för många förfrågningar: 0. Dagar med för många åtgärder: 1.`,
      `Ada (Sundsvall) stoppades senast ${today}. Minuter med för många förfrågningar: 1. Dagar med för många åtgärder: 0.`,
      'Så här: Låter det inte som medlemmens eget arbete kan anslutningskoden ha kommit på avvägar: välj Målkoll → Återkalla medlem… och bjud sedan in medlemmen igen.',
    ]);
  });
});
