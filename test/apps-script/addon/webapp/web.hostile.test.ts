// Hostile input: a thousand generated malformed requests, sent over loopback HTTP to the built add-on behind
// `malkoll serve`'s server eight at a time, each get ok:false or per-action rejections with a Swedish reason, and Logg
// stays byte-for-byte the same both in the sheet and in the saved workbook file.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook, workbookToFile } from '../../../../apps-script/local/index.ts';
import { LOG } from '../../../../shared/sheets/columns.ts';
import { ErrorResponse, LogResponse } from '../../../../shared/wire.ts';
import { startTestServer, type TestServer, validAction } from '../../../support/server-harness.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.server.close();
});

const REQUESTS = 1000;
/** How many requests are in flight at once, as a member's extension flushing its queue and a few others might. */
const CONCURRENCY = 8;

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
function hostileText(token: string): fc.Arbitrary<string> {
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
    // Past the web app's 64 kB limit, and past the 256 kB the server reads at all.
    fc
      .integer({ min: 65 * 1024, max: 300 * 1024 })
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

const MARK = 'MALKOLL-BAD-BYTES';
/** Byte sequences no UTF-8 decoder may accept: stray continuation, truncated, overlong, surrogate, out of range. */
const badUtf8 = fc.constantFrom(
  [0xff],
  [0xc3, 0x28],
  [0xe2, 0x82],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf8, 0x88, 0x80],
);

/** A request that would be logged but for the invalid UTF-8 in its note. */
function badUtf8Body(token: string): fc.Arbitrary<Uint8Array<ArrayBuffer>> {
  return fc.tuple(fc.string({ maxLength: 20 }), badUtf8).map(([text, bytes]) => {
    const body = JSON.stringify({ v: 1, op: 'log', token, actions: [validAction({ note: `${text}${MARK}` })] });
    const encoded = Buffer.from(body, 'utf8');
    const at = encoded.lastIndexOf(MARK);
    return new Uint8Array(
      Buffer.concat([encoded.subarray(0, at), Buffer.from(bytes), encoded.subarray(at + MARK.length)]),
    );
  });
}

interface HostileRequest {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
  query: string;
}

function hostileRequest(token: string): fc.Arbitrary<HostileRequest> {
  return fc.record({
    body: fc.oneof({ weight: 9, arbitrary: hostileText(token) }, { weight: 1, arbitrary: badUtf8Body(token) }),
    contentType: fc.constantFrom(
      'text/plain;charset=utf-8',
      'text/plain',
      'application/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ),
    query: fc.oneof(
      { weight: 4, arbitrary: fc.constant('') },
      fc.constantFrom(`token=${token}`, '__proto__[ok]=true', 'op=log&v=1', 'a=%E0%A4%A', 'x=%ff'),
    ),
  });
}

/** Sends the request as the extension does and follows Google's 302 to the answer. */
async function send(request: HostileRequest): Promise<string> {
  const response = await fetch(`${t.server.webAppUrl}${request.query ? `?${request.query}` : ''}`, {
    method: 'POST',
    body: request.body,
    headers: { 'Content-Type': request.contentType },
  });
  expect(response.redirected).toBe(true);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  return response.text();
}

/** Codes a refusal of bad input may carry; `internal` or `busy` would mean the input broke something. */
const REFUSALS = ['bad_request', 'unauthorized', 'too_large'];

/** Zod's own English wording, which must never reach a member in place of the Swedish reason. */
const ZOD_ENGLISH = /Invalid input|Too (big|small)|Unrecognized key|expected \w+, received/;

function expectSwedishReason(message: string | undefined): void {
  expect(message?.trim() ?? '').not.toBe('');
  expect(message).not.toMatch(ZOD_ENGLISH);
}

/** ok:false with a refusal code and a message, or ok:true where every action was rejected with a reason. */
function expectRefused(text: string): void {
  const response = JSON.parse(text) as { ok: unknown };
  if (response.ok === false) {
    const { error } = ErrorResponse.parse(response);
    expect(REFUSALS).toContain(error.code);
    expectSwedishReason(error.message);
    return;
  }
  const { results } = LogResponse.parse(response);
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) {
    expect(result.status).toBe('rejected');
    expectSwedishReason(result.error);
  }
}

/** Logg as it is now: the formula bar of every cell, and the sheet as last saved to the workbook file. */
function loggState() {
  const saved = workbookToFile(loadWorkbook(t.dataFile)).sheets.find((sheet) => sheet.name === 'Logg');
  if (!saved) throw new Error('the saved workbook has no Logg sheet');
  return { cells: t.server.runtime.formulaBars('Logg'), saved: JSON.stringify(saved) };
}

describe('hostile input', () => {
  it('refuses 1,000 generated malformed requests sent over HTTP, leaving Logg the same in the sheet and the file', async () => {
    const empty = loggState();
    // A real member's action first, so Logg has a row to protect and the comparison is seen to notice a write.
    const note = '=HYPERLINK("http://evil.example","klicka")';
    const logged = await t.post({ v: 1, op: 'log', token: t.token, actions: [validAction({ note })] });
    expect(LogResponse.parse(logged).results[0]?.status).toBe('accepted');
    const before = loggState();
    expect(before.cells).not.toEqual(empty.cells);
    expect(before.saved).not.toBe(empty.saved);
    expect(before.cells.at(-1)?.[LOG.index('note')]).toBe(`''${note}`);

    await fc.assert(
      fc.asyncProperty(
        fc.array(hostileRequest(t.token), { minLength: CONCURRENCY, maxLength: CONCURRENCY }),
        async (requests) => {
          // A minute passes between batches, so the member's 60 requests a minute never refuse the input first.
          t.server.runtime.advanceClock(61_000);
          const answers = await Promise.all(requests.map(send));
          for (const answer of answers) expectRefused(answer);
        },
      ),
      { numRuns: REQUESTS / CONCURRENCY },
    );

    const after = loggState();
    expect(after.cells).toEqual(before.cells);
    expect(after.saved).toBe(before.saved);
  }, 120_000);
});
