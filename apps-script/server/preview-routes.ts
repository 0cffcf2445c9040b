// The preview's pages and the Målkoll menu's forms: what the board would see and do in the spreadsheet, run through the
// add-on's own entry points.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Addon, callEntryPoint, isUserError } from '../host/addon.ts';
import { hasPlan } from './first-run.ts';
import type { GroupSave } from './group-save.ts';
import { HTML, readBody, readForm, send } from './http.ts';
import { renderInstallChecks, renderMenuResult, renderPreview } from './preview.ts';

/** Runs a menu command; a problem the board can fix (the add-on's Swedish UserError) comes back as `problem`. */
async function runMenuCommand<T>(command: () => Promise<T>): Promise<T | { problem: string }> {
  try {
    return await command();
  } catch (error) {
    if (isUserError(error)) return { problem: error.message };
    throw error;
  }
}

const NO_FRAMING = { 'X-Frame-Options': 'DENY' };

export class PreviewRoutes {
  /** Mål's Utfall and Status may lag Logg: recomputed when the preview is next shown. */
  private resultsStale: boolean;
  /** The web app wrote since Rapport was made; the report is remade only when the board asks. */
  private reportStale = false;

  constructor(
    private readonly addon: Addon,
    private readonly saves: GroupSave,
    private readonly webAppUrl: string,
    private readonly log: (line: string) => void,
    options: { resultsFresh: boolean },
  ) {
    this.resultsStale = !options.resultsFresh;
  }

  /** A member logged: Mål and Rapport no longer show everything. */
  logged(): void {
    this.resultsStale = true;
    this.reportStale = true;
  }

  /** Answers the preview's paths; false for any other. */
  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
    const { bundle, runtime } = this.addon;
    if (url.pathname === '/' && request.method === 'GET') {
      if (this.resultsStale && hasPlan(runtime)) {
        this.resultsStale = false;
        const outcome = await runMenuCommand(() => this.saves.after(() => callEntryPoint(bundle, 'updateResults')));
        if ('problem' in outcome) this.log(outcome.problem);
      }
      send(response, 200, HTML, renderPreview(runtime, this.webAppUrl, { reportStale: this.reportStale }), NO_FRAMING);
      return true;
    }
    if (url.pathname === '/rapport' && request.method === 'POST') {
      await readBody(request);
      await this.saves.after(() => callEntryPoint(bundle, 'yearReport'));
      this.reportStale = false;
      response.writeHead(303, { Location: '/#rapport' });
      response.end();
      return true;
    }
    if (url.pathname === '/meny/bjud-in' && request.method === 'POST') {
      const form = await readForm(request);
      const name = form.get('namn') ?? '';
      const branch = form.get('partiforening') ?? '';
      const outcome = await runMenuCommand(() =>
        this.saves.after(() => callEntryPoint(bundle, 'inviteMember', { name, branch })),
      );
      const page =
        typeof outcome === 'string'
          ? renderMenuResult({ title: 'Bjud in medlem', message: `${name.trim()} är inbjuden.`, code: outcome })
          : renderMenuResult({ title: 'Bjud in medlem', message: outcome.problem });
      send(response, typeof outcome === 'string' ? 200 : 400, HTML, page, NO_FRAMING);
      return true;
    }
    if (url.pathname === '/meny/kontrollera' && request.method === 'GET') {
      const { checks } = await this.saves.after(() => callEntryPoint(bundle, 'checkInstallation'));
      send(response, 200, HTML, renderInstallChecks(checks), NO_FRAMING);
      return true;
    }
    if (url.pathname === '/meny/aterkalla' && request.method === 'POST') {
      const form = await readForm(request);
      const outcome = await runMenuCommand(() =>
        this.saves.after(() => callEntryPoint(bundle, 'revokeMember', form.get('namn') ?? '')),
      );
      const ok = !('problem' in outcome) && outcome.count > 0;
      const message = 'problem' in outcome ? outcome.problem : outcome.message;
      send(response, ok ? 200 : 400, HTML, renderMenuResult({ title: 'Återkalla medlem', message }), NO_FRAMING);
      return true;
    }
    return false;
  }
}
