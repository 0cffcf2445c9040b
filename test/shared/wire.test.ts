// The wire's request and error schemas accept the contract and nothing looser.
import { describe, expect, it } from 'vitest';
import { ErrorResponse, WireRequest } from '../../shared/wire.ts';
import { VALID_ACTION_INPUT as validAction } from '../support/actions.ts';

describe('wire requests', () => {
  const token = 'x'.repeat(32);
  it('tell snapshot and log apart and refuse other versions and ops', () => {
    expect(WireRequest.parse({ v: 1, op: 'snapshot', token }).op).toBe('snapshot');
    expect(WireRequest.parse({ v: 1, op: 'log', token, actions: [validAction] }).op).toBe('log');
    expect(WireRequest.safeParse({ v: 2, op: 'snapshot', token }).success).toBe(false);
    expect(WireRequest.safeParse({ v: 1, op: 'drop', token }).success).toBe(false);
    expect(WireRequest.safeParse({ v: 1, op: 'log', token, actions: [] }).success).toBe(false);
    expect(WireRequest.safeParse({ v: 1, op: 'log', token, actions: Array(51).fill(validAction) }).success).toBe(false);
  });

  it('error responses carry one of the documented codes', () => {
    expect(ErrorResponse.safeParse({ ok: false, error: { code: 'busy', message: 'Försök igen' } }).success).toBe(true);
    expect(ErrorResponse.safeParse({ ok: false, error: { code: 'teapot', message: '' } }).success).toBe(false);
  });
});
