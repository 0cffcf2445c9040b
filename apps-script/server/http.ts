// The small HTTP pieces every route of the local server uses: bounded body reads, forms, and answers with safe headers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from '../../shared/wire.ts';

/** Bodies beyond this are not even read: far above the web app's own 64 kB limit, which answers too_large itself. */
const MAX_READ_BYTES = 4 * MAX_BODY_BYTES;

/** The request body, or null when it is larger than the server reads at all. */
export function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_READ_BYTES) {
        resolve(null);
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_READ_BYTES ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const body = await readBody(request);
  return new URLSearchParams(body === null ? '' : body.toString('utf8'));
}

export function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  extra: Record<string, string> = {},
) {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  response.end(body);
}

export const TEXT = 'text/plain; charset=utf-8';
export const HTML = 'text/html; charset=utf-8';
