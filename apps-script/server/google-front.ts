// The web app as Google serves it: /exec runs doGet/doPost and answers ContentService output with a 302 to a one-time
// echo URL, which alone carries the JSON. Every answer on that path says Access-Control-Allow-Origin: *, as Google's
// must (a browser follows a cross-origin redirect only when each hop passes CORS), so the extension reaches this
// server with no host permission, as it reaches Google. OPTIONS is never answered: Apps Script has no preflight either.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BUSY_RETRY_SECONDS, errorResponse, retryLater } from '../../shared/webapp/errors.ts';
import type { Addon } from '../host/addon.ts';
import type { WebAppResponse } from '../local/index.ts';
import { type GroupSave, SaveFailed } from './group-save.ts';
import { readBody, send, TEXT } from './http.ts';

/** How long a redirect's echo URL can be fetched, as Google's are short-lived too. */
const ECHO_LIFETIME_MS = 60_000;
/** Any origin may read the web app's answers: the token in the body, never a cookie, is the authentication. */
const OPEN_CORS = { 'Access-Control-Allow-Origin': '*' };

export class GoogleFront {
  private readonly echoes = new Map<string, { response: WebAppResponse; expires: number }>();

  constructor(
    private readonly addon: Addon,
    private readonly saves: GroupSave,
    /** Told when a web-app request wrote to the workbook (a member logged). */
    private readonly onWrite: () => void,
  ) {}

  /** Answers /exec and /echo; false for any other path. */
  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
    const query = url.search.replace(/^\?/, '');
    if (url.pathname === '/exec' && request.method === 'GET') {
      const result = await this.run(() => this.addon.bundle.webApp({ method: 'GET', query }));
      if (result) this.answer(response, result);
      else send(response, 503, TEXT, 'Målkoll kan inte spara just nu. Försök igen om en stund.');
      return true;
    }
    if (url.pathname === '/exec' && request.method === 'POST') {
      const body = await readBody(request);
      if (body === null) {
        this.answer(response, this.json(errorResponse('too_large')));
        return true;
      }
      const contentType = request.headers['content-type'] ?? 'text/plain';
      const result = await this.run(() =>
        this.addon.bundle.webApp({ method: 'POST', query, body: body.toString('utf8'), contentType }),
      );
      this.answer(response, result ?? this.json(retryLater('busy', BUSY_RETRY_SECONDS)));
      return true;
    }
    if (url.pathname === '/echo' && request.method === 'GET') {
      const key = url.searchParams.get('user_content_key') ?? '';
      const echo = this.echoes.get(key);
      this.echoes.delete(key);
      if (!echo || echo.expires < Date.now()) {
        send(response, 404, TEXT, 'Svaret finns inte längre (det kan bara hämtas en gång).', OPEN_CORS);
        return true;
      }
      send(response, echo.response.status, echo.response.contentType, echo.response.body, OPEN_CORS);
      return true;
    }
    return false;
  }

  /**
   * Runs the web app and waits for the save that makes what it wrote durable; null when the workbook cannot be saved,
   * so what the add-on answered (an action accepted, or a duplicate of one only in memory) is never sent.
   */
  private async run(work: () => WebAppResponse): Promise<WebAppResponse | null> {
    try {
      return await this.saves.after(work, this.onWrite);
    } catch (error) {
      if (error instanceof SaveFailed) return null;
      throw error;
    }
  }

  /** A JSON answer as ContentService gives it. */
  private json(body: unknown): WebAppResponse {
    return {
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify(body),
      allowFraming: false,
    };
  }

  /** HTML output is served as it is; ContentService output goes through a one-time echo URL, as on Google. */
  private answer(response: ServerResponse, result: WebAppResponse): void {
    if (result.contentType.startsWith('text/html')) {
      send(
        response,
        result.status,
        result.contentType,
        result.body,
        result.allowFraming ? {} : { 'X-Frame-Options': 'SAMEORIGIN' },
      );
      return;
    }
    const now = Date.now();
    for (const [key, echo] of this.echoes) if (echo.expires < now) this.echoes.delete(key);
    const key = randomUUID();
    this.echoes.set(key, { response: result, expires: now + ECHO_LIFETIME_MS });
    response.writeHead(302, { Location: `/echo?user_content_key=${key}`, 'Cache-Control': 'no-store', ...OPEN_CORS });
    response.end();
  }
}
