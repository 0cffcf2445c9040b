// Builds connection codes the way the web app prints them, for tests.
import { CODE_PREFIX, type Connection } from '../../../extension/connection.ts';

export function encodeConnectionCode(connection: Connection): string {
  return CODE_PREFIX + Buffer.from(JSON.stringify(connection), 'utf8').toString('base64url');
}
