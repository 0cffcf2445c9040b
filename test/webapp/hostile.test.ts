// Hostile input: over a thousand generated malformed requests each get ok:false or per-action rejections with a
// reason, and Logg stays byte-for-byte the same. Most go straight to doPost in the runtime, a sample over real HTTP.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbookToFile } from '../../apps-script/local/index.ts';
import { ErrorResponse, LogResponse } from '../../shared/wire.ts';
import { startTestServer, type TestServer, validAction } from './server-harness.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.server.close();
});

const loggSheet = () =>
  JSON.stringify(workbookToFile(t.server.runtime.workbook).sheets.find((sheet) => sheet.name === 'Logg'));

const HEX64 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });
const formula = fc.constantFrom('=HYPERLINK("http://evil.example")', '+SUM(1)', '-1', '@A1', '=IMPORTXML(A1,"//a")');
const protoKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');
const junk = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  fc.array(fc.integer()),
  fc.object(),
);
const notA = (valid: unknown) => junk.filter((value) => value !== valid);

type Action = Record<string, unknown>;
type Corruption = (action: Action) => Action;
const set =
  (key: string, value: unknown): Corruption =>
  (action) => ({ ...action, [key]: value });
const without =
  (key: string): Corruption =>
  (action) => {
    const { [key]: _dropped, ...rest } = action;
    return rest;
  };

/** Each corruption alone makes an action invalid, and none undoes another. */
const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.constantFrom('id', 'at', 'subgoal', 'kind', 'quantity').map(without),
  notA(undefined)
    .filter((value) => typeof value !== 'string')
    .map((value) => set('id', value)),
  fc.constantFrom('not-a-uuid', '', '12345678-1234-1234-1234-1234567890123').map((id) => set('id', id)),
  fc
    .constantFrom('2024-02-30T10:00:00Z', '2024-13-01T00:00:00Z', 'igår', '2024-05-14', '2099-01-01T00:00:00Z', '')
    .map((at) => set('at', at)),
  fc.constant(set('at', new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString())),
  fc.oneof(fc.constantFrom('X9', '__proto__', 'constructor', 'U99', ''), formula).map((id) => set('subgoal', id)),
  fc.oneof(fc.constantFrom('P1.1', 'U5.2', '__proto__', ''), formula).map((id) => set('activity', id)),
  fc.oneof(fc.constantFrom('zetkin.hack', 'Other', ''), notA('other')).map((kind) => set('kind', kind)),
  fc
    .oneof(
      fc.constantFrom(0, -1, 1001, 1.5, Number.MAX_SAFE_INTEGER, '3'),
      notA(1).filter((value) => typeof value !== 'number'),
    )
    .map((quantity) => set('quantity', quantity)),
  fc
    .oneof(
      fc.constantFrom('javascript:alert(1)', 'ftp://x.se', 'https://x .se', `https://x.se/${'a'.repeat(2100)}`),
      formula,
    )
    .map((url) => set('url', url)),
  fc.oneof(fc.constantFrom('Okänt område', '__proto__'), formula).map((category) => set('category', category)),
  fc.constantFrom('a\u0000b', 'x'.repeat(1001), 'ring\u0007').map((note) => set('note', note)),
  fc
    .tuple(fc.oneof(protoKey, fc.constantFrom('member', 'branch', 'extra')), junk)
    .map(([key, value]) => set(key, value)),
);

const badAction: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.array(corruption, { minLength: 1, maxLength: 3 }), fc.option(formula))
      .map(([corruptions, note]) =>
        corruptions.reduce((action, corrupt) => corrupt(action), validAction(note ? { note } : {})),
      ),
  },
  { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.array(fc.integer())) },
);

/** A request body that must never write: broken JSON, a broken envelope, a wrong token, or only bad actions. */
function hostileBody(token: string): fc.Arbitrary<string> {
  const envelope = (fields: Record<string, unknown>) => JSON.stringify({ v: 1, op: 'log', token, ...fields });
  return fc.oneof(
    fc.string().filter((text) => {
      try {
        JSON.parse(text);
        return false;
      } catch {
        return true;
      }
    }),
    fc.constantFrom('', '{', '{"v":1,"op":"log"', 'null', '[]', '"log"', '{"v":1,"op":"log","token":"\ufffd"}'),
    {
      weight: 8,
      arbitrary: fc.array(badAction, { minLength: 1, maxLength: 50 }).map((actions) => envelope({ actions })),
    },
    fc
      .array(badAction, { minLength: 1, maxLength: 5 })
      .map((actions) => `{"__proto__":{"ok":true},${envelope({ actions }).slice(1)}`),
    fc
      .tuple(notA(1), fc.constantFrom('snapshot', 'log'))
      .map(([v, op]) => envelope({ v, op, actions: [validAction()] })),
    fc
      .string()
      .filter((op) => op !== 'snapshot' && op !== 'log')
      .map((op) => envelope({ op, actions: [validAction()] })),
    fc
      .tuple(
        fc.oneof(
          protoKey,
          fc.string({ minLength: 1 }).filter((key) => !['v', 'op', 'token', 'actions'].includes(key)),
        ),
        junk,
      )
      .map(
        ([key, value]) =>
          `{"${JSON.stringify(key).slice(1, -1)}":${JSON.stringify(value) ?? 'null'},${envelope({ actions: [validAction()] }).slice(1)}`,
      ),
    fc.constantFrom('v', 'op', 'token', 'actions').map((key) => {
      const { [key]: _dropped, ...rest } = { v: 1, op: 'log', token, actions: [validAction()] };
      return JSON.stringify(rest);
    }),
    fc
      .oneof(HEX64, fc.string(), junk)
      .map((wrong) => JSON.stringify({ v: 1, op: 'log', token: wrong, actions: [validAction()] })),
    fc.oneof(HEX64, junk).map((wrong) => JSON.stringify({ v: 1, op: 'snapshot', token: wrong })),
    fc
      .integer({ min: 65 * 1024, max: 200 * 1024 })
      .map((size) => envelope({ actions: [validAction({ note: 'å'.repeat(size / 2) })] })),
    fc
      .constantFrom(0, 51, 200)
      .map((count) => envelope({ actions: Array.from({ length: count }, () => validAction()) })),
    fc.oneof(junk, fc.constant({})).map((actions) => envelope({ actions })),
    fc
      .string({ minLength: 1, maxLength: 20 })
      .map((text) => envelope({ actions: [validAction({ note: `${text}\ufffd` })] })),
  );
}

/** ok:false with a known code and a message, or ok:true where every action was rejected with a reason. */
function expectRefused(text: string): void {
  const response = JSON.parse(text) as { ok: unknown };
  if (response.ok === false) {
    expect(ErrorResponse.parse(response).error.message.length).toBeGreaterThan(0);
    return;
  }
  const results = LogResponse.parse(response).results;
  for (const result of results) {
    expect(result.status).toBe('rejected');
    expect(result.error?.length ?? 0).toBeGreaterThan(0);
  }
}

describe('hostile input', () => {
  it('refuses 1,000 generated malformed requests sent straight to doPost, leaving Logg untouched', () => {
    const bundle = t.server.runtime.bundle;
    if (!bundle) throw new Error('no bundle');
    const before = loggSheet();
    fc.assert(
      fc.property(hostileBody(t.token), (body) => {
        const response = bundle.webApp({ method: 'POST', body, contentType: 'text/plain' });
        expect(response.contentType).toContain('application/json');
        expectRefused(response.body);
      }),
      { numRuns: 1000 },
    );
    expect(loggSheet()).toBe(before);
  }, 60_000);

  it('refuses a sample over real HTTP, including bodies that are not UTF-8', async () => {
    const before = loggSheet();
    const bodies: (string | Blob)[] = fc.sample(hostileBody(t.token), { numRuns: 60, seed: 42 });
    const valid = JSON.stringify({ v: 1, op: 'log', token: t.token, actions: [validAction({ note: 'åäö' })] });
    const bytes = Buffer.from(valid, 'utf8');
    const at = bytes.indexOf(Buffer.from('åäö'));
    bodies.push(new Blob([bytes.subarray(0, at), new Uint8Array([0xc3, 0x28, 0xff, 0xfe]), bytes.subarray(at + 6)]));
    for (const body of bodies) {
      const response = await fetch(t.server.webAppUrl, {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'text/plain' },
      });
      expect(response.status).toBe(200);
      expectRefused(await response.text());
    }
    expect(loggSheet()).toBe(before);
  }, 60_000);
});
