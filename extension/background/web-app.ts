// Talking to the web app: one text/plain JSON POST (no CORS preflight), redirects followed, answers checked with zod.

import type { Connection } from '../../shared/webapp/connection-code.ts';
import { type ErrorCode, ErrorResponse, LogResponse, SnapshotResponse, WIRE_VERSION } from '../../shared/wire.ts';
import type { z } from '../../shared/zod.ts';

const TIMEOUT_MS = 30_000;

export type WebAppAnswer<T> =
  | { kind: 'ok'; data: T }
  | { kind: 'error'; code: ErrorCode; message: string; retryAfterSeconds?: number }
  /** No answer: offline, server down, timeout. */
  | { kind: 'unreachable' }
  /** An answer that is not the wire format (a login page, a proxy error). */
  | { kind: 'unreadable' };

async function post<T>(connection: Connection, body: object, schema: z.ZodType<T>): Promise<WebAppAnswer<T>> {
  let text: string;
  try {
    const response = await fetch(connection.url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=utf-8' },
      body: JSON.stringify({ v: WIRE_VERSION, token: connection.token, ...body }),
      redirect: 'follow',
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    text = await response.text();
  } catch {
    return { kind: 'unreachable' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'unreadable' };
  }
  const failure = ErrorResponse.safeParse(json);
  if (failure.success) return { kind: 'error', ...failure.data.error };
  const success = schema.safeParse(json);
  return success.success ? { kind: 'ok', data: success.data } : { kind: 'unreadable' };
}

export function fetchSnapshot(connection: Connection): Promise<WebAppAnswer<SnapshotResponse>> {
  return post(connection, { op: 'snapshot' }, SnapshotResponse);
}

export function sendActions(connection: Connection, actions: readonly unknown[]): Promise<WebAppAnswer<LogResponse>> {
  return post(connection, { op: 'log', actions }, LogResponse);
}
