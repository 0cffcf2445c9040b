// Reads a POST body into a WireRequest, or says which whole-request error it is. Pure: the body arrives as text.
import { shorten } from '../format.ts';
import { type ErrorResponse, MAX_ACTIONS_PER_REQUEST, MAX_BODY_BYTES, WIRE_VERSION, WireRequest } from '../wire.ts';
import { utf8Bytes } from './connection-code.ts';
import { errorResponse } from './errors.ts';

export type EnvelopeResult = { ok: true; request: WireRequest } | { ok: false; response: ErrorResponse };

/** Bytes the body took on the wire, counted without allocating for the common all-ASCII case. */
function utf8ByteLength(text: string): number {
  return /^[\u0000-\u007f]*$/.test(text) ? text.length : utf8Bytes(text).length;
}

const fail = (code: Parameters<typeof errorResponse>[0], message: string): EnvelopeResult => ({
  ok: false,
  response: errorResponse(code, message),
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readEnvelope(body: string | undefined): EnvelopeResult {
  if (body === undefined || body === '') return fail('bad_request', 'Begäran saknar innehåll.');
  if (body.length > MAX_BODY_BYTES || utf8ByteLength(body) > MAX_BODY_BYTES) {
    return fail('too_large', `Begäran är större än ${MAX_BODY_BYTES / 1024} kB.`);
  }
  // A replacement character is what invalid UTF-8 turns into on the way in; such a body cannot be trusted.
  if (body.includes('\ufffd')) return fail('bad_request', 'Begäran är inte giltig UTF-8.');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return fail('bad_request', 'Begäran är inte giltig JSON.');
  }
  if (!isPlainObject(json)) return fail('bad_request', 'Begäran måste vara ett JSON-objekt.');
  if (json.v !== WIRE_VERSION) return fail('bad_request', `Okänd protokollversion: stöder bara v ${WIRE_VERSION}.`);
  if (json.op !== 'snapshot' && json.op !== 'log')
    return fail('bad_request', 'Okänd operation: op ska vara snapshot eller log.');
  if (typeof json.token !== 'string') return fail('unauthorized', 'Nyckel saknas i begäran.');
  if (Array.isArray(json.actions) && json.actions.length > MAX_ACTIONS_PER_REQUEST) {
    return fail('too_large', `Högst ${MAX_ACTIONS_PER_REQUEST} åtgärder per begäran.`);
  }
  const parsed = WireRequest.safeParse(json);
  if (parsed.success) return { ok: true, request: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path[0];
  if (issue?.code === 'unrecognized_keys')
    return fail('bad_request', `Okänt fält i begäran: ${shorten(issue.keys.join(', '))}.`);
  if (field === 'token') return fail('unauthorized', 'Nyckeln har fel format.');
  if (field === 'actions')
    return fail('bad_request', `actions ska vara en lista med 1–${MAX_ACTIONS_PER_REQUEST} åtgärder.`);
  return fail('bad_request', 'Begäran har fel form.');
}
