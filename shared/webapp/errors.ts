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

/** A failure envelope; `message` replaces the code's default when the cause is known more precisely. */
export function errorResponse(code: ErrorCode, message: string = ERROR_MESSAGES[code]): ErrorResponse {
  return { ok: false, error: { code, message } };
}
