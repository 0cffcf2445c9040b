// The web app's envelope: bad JSON, versions, ops, tokens and sizes refused with a Swedish reason.

import { describe, expect, it } from 'vitest';
import { readEnvelope } from '../../../shared/webapp/envelope.ts';
import { MAX_BODY_BYTES } from '../../../shared/wire.ts';
import { SMALL_PLAN_ACTION as ACTION } from '../../support/small-plan.ts';

const TOKEN = 'a'.repeat(64);
const errorOf = (body: string | undefined) => {
  const result = readEnvelope(body);
  return result.ok ? null : result.response.error;
};

describe('envelope', () => {
  it('accepts snapshot and log requests', () => {
    expect(readEnvelope(JSON.stringify({ v: 1, op: 'snapshot', token: TOKEN })).ok).toBe(true);
    expect(readEnvelope(JSON.stringify({ v: 1, op: 'log', token: TOKEN, actions: [ACTION] })).ok).toBe(true);
  });

  it('answers bad_request for non-JSON, another version, an unknown op or an extra field, in Swedish', () => {
    expect(errorOf('{')).toEqual({ code: 'bad_request', message: 'Begäran är inte giltig JSON.' });
    expect(errorOf(undefined)?.code).toBe('bad_request');
    expect(errorOf('[]')?.code).toBe('bad_request');
    expect(errorOf(JSON.stringify({ v: 2, op: 'snapshot', token: TOKEN }))?.message).toContain('protokollversion');
    expect(errorOf(JSON.stringify({ v: 1, op: 'delete', token: TOKEN }))?.message).toContain('Okänd operation');
    expect(errorOf(JSON.stringify({ v: 1, op: 'snapshot', token: TOKEN, x: 1 }))?.message).toContain('Okänt fält');
    expect(errorOf(JSON.stringify({ v: 1, op: 'log', token: TOKEN, actions: [] }))?.code).toBe('bad_request');
    expect(errorOf(`{"v":1,"op":"snapshot","token":"${TOKEN}","note":"\ufffd"}`)?.message).toContain('UTF-8');
  });

  it('answers unauthorized for a missing or malformed token and too_large for big bodies or many actions', () => {
    expect(errorOf(JSON.stringify({ v: 1, op: 'snapshot' }))?.code).toBe('unauthorized');
    expect(errorOf(JSON.stringify({ v: 1, op: 'snapshot', token: 'short' }))?.code).toBe('unauthorized');
    const many = Array.from({ length: 51 }, () => ACTION);
    expect(errorOf(JSON.stringify({ v: 1, op: 'log', token: TOKEN, actions: many }))?.code).toBe('too_large');
    const note = 'å'.repeat(MAX_BODY_BYTES / 2);
    expect(errorOf(JSON.stringify({ v: 1, op: 'log', token: TOKEN, actions: [{ ...ACTION, note }] }))?.code).toBe(
      'too_large',
    );
  });
});
