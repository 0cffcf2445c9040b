// Whole-request failures of the web app, each with the Swedish message a member's client shows.
import type { ErrorCode, ErrorResponse } from '../wire.ts';

const ERROR_MESSAGES: Record<ErrorCode, string> = {
  bad_request: 'Begäran kunde inte läsas.',
  unauthorized: 'Okänd eller återkallad nyckel. Be distriktsstyrelsen om en ny anslutningskod.',
  too_large: 'Begäran är för stor.',
  busy: 'Kalkylarket är upptaget just nu. Försök igen om en stund.',
  rate_limited: 'Du har loggat väldigt mycket på kort tid. Tillägget försöker igen senare.',
  internal: 'Ett internt fel uppstod i webbappen. Försök igen senare.',
};

/** How long a client waits after `busy`: another writer's lock, or a save that failed, is usually over by then. */
export const BUSY_RETRY_SECONDS = 30;

/** A failure envelope; `message` replaces the code's default when the cause is known more precisely. */
export function errorResponse(code: ErrorCode, message: string = ERROR_MESSAGES[code]): ErrorResponse {
  return { ok: false, error: { code, message } };
}

/** `busy` or `rate_limited`: nothing was stored, and the client sends the same request again after the wait. */
export function retryLater(
  code: 'busy' | 'rate_limited',
  retryAfterSeconds: number,
  message: string = ERROR_MESSAGES[code],
): ErrorResponse {
  return { ok: false, error: { code, message, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) } };
}
