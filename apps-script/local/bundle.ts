// Runs the add-on bundle (Code.js) in a `vm` context whose globals are the services, converting values at the border so
// the script sees its own realm's Dates, Arrays and Errors, and calls top-level functions as menus, triggers and
// google.script.run would.

import vm from 'node:vm';
import { contentTypeHeader, TextOutput } from './content.ts';
import { type AuthModeName, type ExecutionKind, ServiceObject } from './context.ts';
import { escapeHtml, HtmlOutput } from './html.ts';
import type { Spreadsheet } from './spreadsheet/spreadsheet.ts';
import type { UiRecorder } from './ui-recorder.ts';
import type { User } from './user.ts';
import { isDate } from './values.ts';

/** What loadBundle needs from a runtime. */
export interface BundleHost {
  readonly globals: Record<string, unknown>;
  /** The runtime's clock (epoch ms): what `new Date()` and `Date.now()` in the script read. */
  now(): number;
  readonly ui: UiRecorder;
  runExecution<T>(kind: ExecutionKind, fn: () => T, options?: RunOptions): T;
  /** The spreadsheet and person an event object names, built without counting service calls. */
  eventSource(): { source: Spreadsheet; user: User };
  /** Called by loadBundle so menu clicks, onEdit and templates reach the bundle. */
  attachBundle(handle: BundleHandle): void;
  /** The id of the deployment a web app request goes to (the one named, or the default); throws for an unknown one. */
  servingDeploymentId(deploymentId?: string): string;
}

/** How a host starts an execution: the mode Google would run it in and, for a web app request, which deployment. */
export interface RunOptions {
  /** Default FULL; LIMITED for the simple triggers onOpen and onEdit. */
  authMode?: AuthModeName;
  /** For a web app execution: the deployment the request went to (default as servingDeployment picks). */
  deploymentId?: string;
}

export interface WebAppRequest {
  method: 'GET' | 'POST';
  /** Raw query string without `?`. */
  query?: string;
  body?: string;
  contentType?: string;
  /** The deployment the request goes to (its id); default the only versioned one, else the head deployment. */
  deploymentId?: string;
}

export interface WebAppResponse {
  status: number;
  contentType: string;
  body: string;
  /** Whether other sites may frame the page (HtmlOutput with XFrameOptionsMode.ALLOWALL). */
  allowFraming: boolean;
}

export interface BundleHandle {
  readonly context: vm.Context;
  /** Whether the bundle defines a top-level function of that name. */
  has(name: string): boolean;
  /** Runs a top-level function as the person would from a menu or the script editor (a UI is present). */
  call(name: string, ...args: unknown[]): unknown;
  /** Runs a top-level function in an execution of the given kind (FULL authorisation unless told). */
  run(kind: ExecutionKind, name: string, args: unknown[], options?: RunOptions): unknown;
  /** Opening the spreadsheet: runs the simple trigger onOpen(e), in AuthMode.LIMITED, if defined. */
  open(): void;
  /** Installing the add-on: runs onInstall(e) if defined. */
  install(): void;
  /** google.script.run from a dialog or sidebar: asynchronous, JSON-like values only, private functions refused. */
  runFromClient(name: string, ...args: unknown[]): Promise<unknown>;
  /** An HTTP request to a web app deployment: runs doGet(e)/doPost(e) as the owner. */
  webApp(request: WebAppRequest): WebAppResponse;
  /** Evaluates template code (see html.ts) in the bundle's global scope. */
  evaluateTemplate(code: string, variables: Record<string, unknown>): string;
}

interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
}

/** Converts values crossing between the host and a script realm, wrapping service objects in proxies. */
export class RealmBorder {
  private readonly targets = new WeakMap<object, ServiceObject>();
  private readonly proxies = new WeakMap<ServiceObject, object>();

  constructor(private readonly realm: Realm) {}

  toScript(value: unknown): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    if (value instanceof ServiceObject) return this.proxy(value);
    if (typeof value === 'function' || this.targets.has(value)) return value;
    if (isDate(value)) return new this.realm.Date(value.getTime());
    if (Array.isArray(value)) {
      const out = new this.realm.Array();
      for (const item of value) out.push(this.toScript(item));
      return out;
    }
    const out = new this.realm.Object() as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) {
      // Assigning `__proto__` would replace the prototype; a key of that name (a form field) stays a key.
      if (key === '__proto__') Object.defineProperty(out, key, { value: this.toScript(item), enumerable: true });
      else out[key] = this.toScript(item);
    }
    return out;
  }

  toHost(value: unknown): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const target = this.targets.get(value);
    if (target) return target;
    if (typeof value === 'function' || value instanceof ServiceObject) return value;
    if (isDate(value)) return new Date(value.getTime());
    if (Array.isArray(value)) return value.map((item) => this.toHost(item));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.toHost(item)]));
  }

  errorToScript(error: unknown): unknown {
    if (!(error instanceof Error)) return error;
    const converted = new this.realm.Error(error.message);
    converted.name = error.name;
    return converted;
  }

  private proxy(target: ServiceObject): object {
    const existing = this.proxies.get(target);
    if (existing) return existing;
    const methods = new Map<string, (...args: unknown[]) => unknown>();
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        if (typeof prop === 'symbol') return undefined;
        if (prop === 'ctx' || prop === 'counter' || prop.startsWith('_')) return undefined;
        const value: unknown = Reflect.get(t, prop, t);
        if (typeof value !== 'function') return this.toScript(value);
        let method = methods.get(prop);
        if (!method) {
          method = (...args: unknown[]) => {
            try {
              return this.toScript(
                (value as (...a: unknown[]) => unknown).apply(
                  t,
                  args.map((a) => this.toHost(a)),
                ),
              );
            } catch (e) {
              throw this.errorToScript(e);
            }
          };
          methods.set(prop, method);
        }
        return method;
      },
      set: (t, prop, value) => {
        if (typeof prop === 'symbol' || prop === 'ctx' || prop.startsWith('_')) return false;
        (t as unknown as Record<string, unknown>)[prop] = this.toHost(value);
        return true;
      },
    });
    this.targets.set(proxy, target);
    this.proxies.set(target, proxy);
    return proxy;
  }
}

/**
 * The script's Date reads the runtime's clock: `new Date()`, `Date()` and `Date.now()` give the runtime's time (which
 * tests and `malkoll serve --today` set), every other use is the built-in Date. On Google the clock is the server's.
 */
const CLOCK_DATE = `(function (now) {
  var BuiltIn = Date;
  globalThis.Date = new Proxy(BuiltIn, {
    construct: function (target, args, newTarget) {
      return Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget);
    },
    apply: function () { return new BuiltIn(now()).toString(); },
    get: function (target, key, receiver) {
      return key === 'now' ? function now_() { return now(); } : Reflect.get(target, key, receiver);
    },
  });
})`;

/** Builds a context holding only what Apps Script V8 offers: ECMAScript built-ins plus the services. */
export function createScriptContext(
  globals: Record<string, unknown>,
  now: () => number,
): { context: vm.Context; border: RealmBorder } {
  const context = vm.createContext({});
  const realm = vm.runInContext('({ Date, Error, Array, Object })', context) as Realm;
  vm.runInContext('delete globalThis.WebAssembly;', context);
  (vm.runInContext(CLOCK_DATE, context) as (clock: () => number) => void)(() => now());
  const border = new RealmBorder(realm);
  for (const [name, service] of Object.entries(globals)) context[name] = border.toScript(service);
  return { context, border };
}

/** A script error as a host Error with the same name and message. */
function errorToHost(error: unknown): unknown {
  if (error && typeof error === 'object' && 'message' in error) {
    const converted = new Error(String((error as Error).message));
    converted.name = String((error as Error).name ?? 'Error');
    if ((error as Error).stack) converted.stack = (error as Error).stack;
    return converted;
  }
  return error;
}

/** google.script.run's rule: primitives, null, plain objects and arrays; Dates, functions and the like are refused. */
function isTransferable(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (typeof value !== 'object' || isDate(value)) return false;
  if (Array.isArray(value)) return value.every(isTransferable);
  return Object.values(value).every(isTransferable);
}

/** A copy as the client would receive it: undefined array entries become null, undefined fields vanish. */
function transferCopy(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

function addParameter(into: Record<string, string[]>, key: string, values: string[]): void {
  into[key] = [...(into[key] ?? []), ...values];
}

/** Parameters by name; a prototype-free object, so a parameter may be called `toString` or `__proto__`. */
function parseQuery(query: string): Record<string, string[]> {
  const out: Record<string, string[]> = Object.create(null);
  for (const [key, value] of new URLSearchParams(query)) addParameter(out, key, [value]);
  return out;
}

function errorPage(message: string): WebAppResponse {
  return {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: `<!DOCTYPE html><html><head><title>Error</title></head><body><div>${escapeHtml(message)}</div></body></html>`,
    allowFraming: false,
  };
}

/** Runs compiled template code (see html.ts) in a script context with the template's variables. */
export function runTemplate(
  script: { context: vm.Context; border: RealmBorder },
  code: string,
  variables: Record<string, unknown>,
): string {
  const fn = vm.runInContext(code, script.context) as (v: unknown, e: unknown, p: unknown) => string;
  const print = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return fn(script.border.toScript(variables), (v: unknown) => escapeHtml(print(v)), print);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Evaluates the bundle source in a fresh script context attached to the runtime, and returns a handle to call its
 * top-level functions. Top-level `function` declarations, `var`s and `const`/`let` bindings are all reachable by name.
 */
export function loadBundle(host: BundleHost, codeJsSource: string, filename = 'Code.js'): BundleHandle {
  const { context, border } = createScriptContext(host.globals, () => host.now());
  vm.runInContext(codeJsSource, context, { filename });

  const lookup = (name: string): ((...args: unknown[]) => unknown) | undefined => {
    if (!IDENTIFIER.test(name)) return undefined;
    const fn = vm.runInContext(`typeof ${name} === 'function' ? ${name} : undefined`, context);
    return fn as ((...args: unknown[]) => unknown) | undefined;
  };

  const run = (kind: ExecutionKind, name: string, args: unknown[], options?: RunOptions): unknown => {
    const fn = lookup(name);
    if (!fn) throw new Error(`Script function not found: ${name}`);
    return host.runExecution(
      kind,
      () => {
        try {
          return border.toHost(fn(...args.map((a) => border.toScript(a))));
        } catch (e) {
          throw errorToHost(e);
        }
      },
      options,
    );
  };

  const handle: BundleHandle = {
    context,
    has: (name) => lookup(name) !== undefined,
    call: (name, ...args) => run('ui', name, args),
    run,
    open: () => {
      if (!lookup('onOpen')) return;
      const { source, user } = host.eventSource();
      run('ui', 'onOpen', [{ authMode: 'LIMITED', source, user }], { authMode: 'LIMITED' });
    },
    install: () => {
      if (!lookup('onInstall')) return;
      run('ui', 'onInstall', [{ authMode: 'FULL' }]);
    },
    runFromClient: async (name, ...args) => {
      await Promise.resolve();
      if (name.endsWith('_') || !lookup(name)) throw new Error(`Script function not found: ${name}`);
      if (!args.every(isTransferable))
        throw new Error('Invalid argument: a Date, function or other prohibited type cannot be passed');
      const result = run('ui', name, args.map(transferCopy));
      return isTransferable(result) ? transferCopy(result) : null;
    },
    webApp: (request) => {
      const deploymentId = host.servingDeploymentId(request.deploymentId);
      const name = request.method === 'POST' ? 'doPost' : 'doGet';
      if (!lookup(name)) return errorPage(`Script function not found: ${name}`);
      const query = request.query ?? '';
      const parameters = parseQuery(query);
      const body = request.body ?? '';
      const type = request.contentType ?? 'text/plain';
      if (request.method === 'POST' && type.startsWith('application/x-www-form-urlencoded')) {
        for (const [key, values] of Object.entries(parseQuery(body))) addParameter(parameters, key, values);
      }
      const e: Record<string, unknown> = {
        queryString: query,
        parameter: Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v[0]])),
        parameters,
        contextPath: '',
        contentLength: request.method === 'POST' ? Buffer.byteLength(body, 'utf8') : -1,
      };
      if (request.method === 'POST')
        e.postData = { contents: body, length: Buffer.byteLength(body, 'utf8'), type, name: 'postData' };
      let result: unknown;
      try {
        result = run('webapp', name, [e], { deploymentId });
      } catch (err) {
        return errorPage(`${(err as Error).name}: ${(err as Error).message}`);
      }
      if (result instanceof TextOutput) {
        return {
          status: 200,
          contentType: contentTypeHeader(result.getMimeType()),
          body: result.getContent(),
          allowFraming: false,
        };
      }
      if (result instanceof HtmlOutput) {
        return {
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: result.getContent(),
          allowFraming: result._xFrameOptionsMode() === 'ALLOWALL',
        };
      }
      return errorPage('The script completed but did not return anything.');
    },
    evaluateTemplate: (code, variables) => runTemplate({ context, border }, code, variables),
  };
  host.attachBundle(handle);
  return handle;
}
