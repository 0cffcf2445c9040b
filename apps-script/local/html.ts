// HtmlService: HTML outputs for dialogs, sidebars and web apps, files from the project, and `<? ?>` templates.

import { type Context, ServiceObject } from './context.ts';
import { countCalls } from './counters.ts';
import { MESSAGES, ScriptException } from './errors.ts';
import { enumOf, type Google } from './google.ts';

export const XFrameOptionsMode = enumOf(['ALLOWALL', 'DEFAULT']);
const SandboxMode = enumOf(['EMULATED', 'IFRAME', 'NATIVE']);

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function projectFile(ctx: Context, filename: string): string {
  const html = ctx.htmlFiles[filename] ?? ctx.htmlFiles[`${filename}.html`];
  if (html === undefined) throw new ScriptException(MESSAGES.noHtmlFile(filename));
  return html;
}

/**
 * Compiles a template into a function of (variables, escape, print): `<?= x ?>` prints x HTML-escaped, `<?!= x ?>` prints
 * it raw, `<? code ?>` runs code. Template variables are in scope via `with`, as Apps Script makes them globals.
 */
function compileTemplate(source: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of source.matchAll(/<\?(!=|=)?([\s\S]*?)\?>/g)) {
    if (m.index > last) parts.push(`__out += ${JSON.stringify(source.slice(last, m.index))};`);
    const body = m[2] ?? '';
    if (m[1] === '=') parts.push(`__out += __escape(${body});`);
    else if (m[1] === '!=') parts.push(`__out += __print(${body});`);
    else parts.push(body);
    last = m.index + m[0].length;
  }
  if (last < source.length) parts.push(`__out += ${JSON.stringify(source.slice(last))};`);
  return `(function (__vars, __escape, __print) { with (__vars) { var __out = '';\n${parts.join('\n')}\nreturn __out; } })`;
}

/** getWidth()/getHeight() are null until set (@types says number; Google does not say what an unset size reads as). */
export class HtmlOutput extends ServiceObject implements Google<HtmlOutput, 'getWidth' | 'getHeight'> {
  static gasName = 'HtmlOutput';
  declare readonly _google: GoogleAppsScript.HTML.HtmlOutput;
  private content: string;
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private xFrameOptionsMode = 'DEFAULT';

  constructor(ctx: Context, content: string) {
    super(ctx);
    this.content = content;
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.content = content;
    return this;
  }

  append(addedContent: string): HtmlOutput {
    this.content += addedContent;
    return this;
  }

  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(addedContent);
    return this;
  }

  clear(): HtmlOutput {
    this.content = '';
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this;
  }

  getWidth(): number | null {
    return this.width;
  }

  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this;
  }

  setXFrameOptionsMode(mode: keyof typeof XFrameOptionsMode): HtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this;
  }

  /** The web app response lets other sites frame the page only with ALLOWALL. */
  _xFrameOptionsMode(): string {
    return this.xFrameOptionsMode;
  }

  /** Sandbox modes are obsolete in Apps Script; everything runs as IFRAME. */
  setSandboxMode(_mode: keyof typeof SandboxMode): HtmlOutput {
    return this;
  }

  asTemplate(): HtmlTemplate {
    return new HtmlTemplate(this.ctx, this.content);
  }
}

class HtmlTemplate extends ServiceObject implements Google<HtmlTemplate> {
  static gasName = 'HtmlTemplate';
  declare readonly _google: GoogleAppsScript.HTML.HtmlTemplate;

  constructor(
    ctx: Context,
    private readonly source: string,
  ) {
    super(ctx);
  }

  getRawContent(): string {
    return this.source;
  }

  getCode(): string {
    return compileTemplate(this.source);
  }

  /** Variables are the properties a script assigned to the template (`t.plan = …`). */
  evaluate(): HtmlOutput {
    const variables: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this)) if (key !== 'ctx' && key !== 'source') variables[key] = value;
    return new HtmlOutput(this.ctx, this.ctx.evaluateTemplate(compileTemplate(this.source), variables));
  }
}

/** createHtmlOutput and createTemplate take HTML text only, not a Blob. */
export class HtmlService extends ServiceObject implements Google<HtmlService, 'createHtmlOutput' | 'createTemplate'> {
  static gasName = 'HtmlService';
  declare readonly _google: GoogleAppsScript.HTML.HtmlService;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  readonly SandboxMode = SandboxMode;

  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutput(this.ctx, html === undefined ? '' : String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this.ctx, projectFile(this.ctx, filename));
  }

  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplate(this.ctx, String(html));
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this.ctx, projectFile(this.ctx, filename));
  }
}

for (const cls of [HtmlOutput, HtmlTemplate, HtmlService]) countCalls(cls);
