// Never lose, never double: 50 actions sent at once, each retried three times, end up as exactly 50 Logg rows. Three
// members share the burst, so no one goes past their 60 requests a minute.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogResponse } from '../../../../shared/wire.ts';
import { startTestServer, type TestServer, validAction } from '../../../support/server-harness.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.server.close();
});

describe('burst', () => {
  it('writes each of 50 concurrently sent and retried actions exactly once', async () => {
    const actions = Array.from({ length: 50 }, () => validAction());
    const tokens = [t.token, t.invite('Andra Medlem'), t.invite('Tredje Medlem')];
    const sends = actions.flatMap((action, n) =>
      [1, 2, 3].map(() => t.post({ v: 1, op: 'log', token: tokens[n % 3], actions: [action] })),
    );
    const responses = (await Promise.all(sends)).map((response) => LogResponse.parse(response).results[0]);
    for (const action of actions) {
      const statuses = responses.filter((result) => result?.id === action.id).map((result) => result?.status);
      expect(statuses.sort()).toEqual(['accepted', 'duplicate', 'duplicate']);
    }
    const ids = t.server.runtime
      .formulaBars('Logg')
      .slice(1)
      .map((row) => row[11]);
    expect(ids).toHaveLength(50);
    expect(new Set(ids)).toEqual(new Set(actions.map((action) => action.id)));
  });
});
