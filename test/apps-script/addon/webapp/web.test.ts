// The web app's contract over real HTTP on loopback, against the built add-on in the local runtime: snapshot, log,
// duplicates, every error code and formula neutralising.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../../../apps-script/local/index.ts';
import { GOALS, LOG } from '../../../../shared/sheets/columns.ts';
import { ErrorResponse, LogResponse, SnapshotResponse } from '../../../../shared/wire.ts';
import { startTestServer, type TestServer, validAction } from '../../../support/server-harness.ts';

let t: TestServer;

const logRows = () => t.server.runtime.formulaBars('Logg').slice(1);
const rowOf = (id: string) => logRows().find((row) => row[11] === id);
const errorCode = (response: unknown) => ErrorResponse.parse(response).error.code;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.server.close();
});

describe('snapshot', () => {
  it('answers with the plan outline, vocabularies, suggestions and the member behind the token', async () => {
    const answer = await t.post({ v: 1, op: 'snapshot', token: t.token });
    expect(Object.keys(answer as object).sort()).toEqual(['member', 'ok', 'plan']);
    const snapshot = SnapshotResponse.parse(answer);
    expect(Object.keys((answer as { plan: object }).plan).sort()).toEqual([
      'actionKinds',
      'areas',
      'branches',
      'categories',
      'roles',
      'suggestions',
      'title',
      'year',
    ]);
    expect(snapshot.member).toEqual({ name: 'Demo Medlem', branch: 'Sundsvall' });
    expect(snapshot.plan.areas.map((area) => area.id)).toEqual(['P', 'U']);
    expect(snapshot.plan.areas[1]?.subgoals.find((subgoal) => subgoal.id === 'U3')?.activities[0]?.id).toBe('U3.1');
    expect(snapshot.plan.actionKinds.find((kind) => kind.id === 'article.published')?.label).toBe(
      'Debattartikel publicerad',
    );
    expect(snapshot.plan.categories).toEqual(['Facklig politisk', 'Feministisk', 'Antirasistisk', 'Miljö och klimat']);
    expect(snapshot.plan.suggestions.byKind['article.published']?.subgoal).toBe('U3');
    expect(snapshot.plan.suggestions.byPage.article).toMatchObject({ kind: 'article.published', subgoal: 'U3' });
  });

  it('gives each delmål its targets as Mål last computed them', async () => {
    const snapshot = SnapshotResponse.parse(await t.post({ v: 1, op: 'snapshot', token: t.token }));
    const subgoals = snapshot.plan.areas.flatMap((area) => area.subgoals);
    const goals = t.server.runtime.formulaBars('Mål');
    // Mål's own words for the result ("3 av cirka 15"), as the board reads them in Utfall.
    const utfall = (id: string) => goals.find((row) => row[0] === id)?.[GOALS.index('result')];
    expect(utfall('U3.M1')).toMatch(/^\d+ av cirka 15$/);
    expect(subgoals.find((subgoal) => subgoal.id === 'U3')?.targets).toEqual([
      { id: 'U3.M1', progress: utfall('U3.M1'), status: expect.any(String) },
    ]);
    // P2 has no measurable target: its own row counts what was logged.
    expect(subgoals.find((subgoal) => subgoal.id === 'P2')?.targets).toEqual([
      { id: 'P2', progress: utfall('P2'), status: expect.any(String) },
    ]);
  });

  it('follows what the board types into Kopplingar', async () => {
    const rows = t.server.runtime.formulaBars('Kopplingar');
    const at = rows.findIndex((row) => row[0] === '' && row[1] === 'Möte hållet');
    expect(at).toBeGreaterThan(0);
    expect(t.server.runtime.userEdit(`'Kopplingar'!C${at + 1}`, 'U2').status).toBe('accepted');
    t.server.runtime.userEdit(`'Kopplingar'!D${at + 1}`, 'U2.1');
    const snapshot = SnapshotResponse.parse(await t.post({ v: 1, op: 'snapshot', token: t.token }));
    expect(snapshot.plan.suggestions.byKind['meeting.held']).toEqual({ subgoal: 'U2', activity: 'U2.1' });
  });
});

describe('log', () => {
  it('appends accepted actions with member, branch and source from the server, and answers duplicate on retry', async () => {
    const action = validAction({ category: 'Feministisk' });
    const first = LogResponse.parse(await t.post({ v: 1, op: 'log', token: t.token, actions: [action] }));
    expect(first.results).toEqual([{ id: action.id, status: 'accepted' }]);
    expect(t.server.runtime.formulaBars('Logg')[0]).toEqual([...LOG.headers]);
    const row = rowOf(String(action.id));
    expect(row).toEqual([
      expect.stringMatching(/^2024-05-14 10:00$/),
      'Demo Medlem',
      'Sundsvall',
      'U3',
      'U3.1',
      'Debattartikel publicerad',
      '1',
      action.url,
      'Feministisk',
      action.note,
      'Webbapp',
      action.id,
      '',
    ]);
    const before = logRows().length;
    const retry = LogResponse.parse(await t.post({ v: 1, op: 'log', token: t.token, actions: [action] }));
    expect(retry.results).toEqual([{ id: action.id, status: 'duplicate' }]);
    expect(logRows()).toHaveLength(before);
  });

  it('answers each action on its own: accepted, duplicate within the request, rejected with a Swedish reason', async () => {
    const good = validAction();
    const wrongActivity = validAction({ activity: 'P1.1' });
    const response = LogResponse.parse(
      await t.post({
        v: 1,
        op: 'log',
        token: t.token,
        actions: [good, good, wrongActivity, validAction({ quantity: 1001 })],
      }),
    );
    expect(response.results.map((result) => result.status)).toEqual(['accepted', 'duplicate', 'rejected', 'rejected']);
    expect(response.results[2]?.error).toBe('Aktiviteten "P1.1" hör inte till delmål U3. Dess aktiviteter: U3.1.');
    expect(response.results[3]?.error).toBe('Antal får vara högst 1000.');
    expect(logRows().filter((row) => row[11] === good.id)).toHaveLength(1);
    expect(rowOf(String(wrongActivity.id))).toBeUndefined();
  });

  it('ignores a member or branch the client claims: the token decides', async () => {
    const action = { ...validAction(), member: 'Någon annan' };
    const response = LogResponse.parse(await t.post({ v: 1, op: 'log', token: t.token, actions: [action] }));
    expect(response.results[0]).toMatchObject({ status: 'rejected', error: 'okänt fält: member' });
  });

  it('stores text that would start a formula as plain text that starts no formula once exported', async () => {
    const notes = [
      '=HYPERLINK("http://evil.example","klicka")',
      '+1+1',
      '-2',
      '@SUM(A1)',
      '\tflik',
      '\rretur',
      '＝1+1',
    ];
    const actions = notes.map((note) => validAction({ note, url: 'https://example.org/=1' }));
    const response = LogResponse.parse(await t.post({ v: 1, op: 'log', token: t.token, actions }));
    expect(response.results.every((result) => result.status === 'accepted')).toBe(true);
    const rows = logRows();
    for (const [index, action] of actions.entries()) {
      const at = rows.findIndex((row) => row[11] === action.id);
      expect(rows[at]?.[9]).toBe(`''${notes[index]}`);
      expect(rows[at]?.[7]).toBe('https://example.org/=1');
      const note = t.server.runtime.cell(`'Logg'!J${at + 2}`);
      expect(note).toMatchObject({ formula: '', value: `'${notes[index]}` });
    }
  });
});

describe('errors', () => {
  it('answers bad_request for non-JSON, another version and an unknown op, with a Swedish message', async () => {
    for (const body of [
      'not json',
      JSON.stringify({ v: 2, op: 'snapshot', token: t.token }),
      JSON.stringify({ v: 1, op: 'delete', token: t.token }),
    ]) {
      const response = ErrorResponse.parse(await t.post(body));
      expect(response.error.code).toBe('bad_request');
      expect(response.error.message).toMatch(/[åäö]|Begäran|Okänd/);
    }
  });

  it('answers unauthorized for an unknown token', async () => {
    expect(errorCode(await t.post({ v: 1, op: 'snapshot', token: 'f'.repeat(64) }))).toBe('unauthorized');
  });

  it('answers too_large for a body over 64 kB and for more than 50 actions', async () => {
    const huge = validAction({ note: 'x'.repeat(70_000) });
    expect(errorCode(await t.post({ v: 1, op: 'log', token: t.token, actions: [huge] }))).toBe('too_large');
    const many = Array.from({ length: 51 }, () => validAction());
    expect(errorCode(await t.post({ v: 1, op: 'log', token: t.token, actions: many }))).toBe('too_large');
  });

  it('answers busy without writing while another execution holds the script lock', async () => {
    const other = await startTestServer();
    const holder = createRuntime({ lockBuffer: other.server.runtime.lockBuffer });
    try {
      expect(holder.LockService.getScriptLock().tryLock(0)).toBe(true);
      const before = other.server.runtime.formulaBars('Logg');
      const action = validAction();
      const response = await other.post({ v: 1, op: 'log', token: other.token, actions: [action] });
      expect(errorCode(response)).toBe('busy');
      expect(ErrorResponse.parse(response).error.message).toContain('Försök igen');
      expect(other.server.runtime.formulaBars('Logg')).toEqual(before);
      holder.LockService.getScriptLock().releaseLock();
      const retry = LogResponse.parse(await other.post({ v: 1, op: 'log', token: other.token, actions: [action] }));
      expect(retry.results[0]?.status).toBe('accepted');
    } finally {
      holder.LockService.getScriptLock().releaseLock();
      await other.server.close();
    }
  }, 30_000);
});
