// PropertiesService (saved with the workbook) and CacheService (in memory, with expiry on the runtime's clock).

import { actingUser, type Context, ServiceObject } from './context.ts';
import { countCalls } from './counters.ts';
import { ScriptException } from './errors.ts';
import type { Google } from './google.ts';

export class Properties extends ServiceObject implements Google<Properties> {
  static gasName = 'Properties';
  declare readonly _google: GoogleAppsScript.Properties.Properties;

  constructor(
    ctx: Context,
    private readonly store: () => Record<string, string>,
  ) {
    super(ctx);
  }

  getProperty(key: string): string | null {
    return Object.hasOwn(this.store(), key) ? (this.store()[key] as string) : null;
  }

  setProperty(key: string, value: unknown): Properties {
    this.store()[key] = String(value);
    return this;
  }

  deleteProperty(key: string): Properties {
    delete this.store()[key];
    return this;
  }

  getProperties(): Record<string, string> {
    return { ...this.store() };
  }

  getKeys(): string[] {
    return Object.keys(this.store());
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    const store = this.store();
    if (deleteAllOthers) for (const key of Object.keys(store)) delete store[key];
    for (const [key, value] of Object.entries(properties)) store[key] = String(value);
    return this;
  }

  deleteAllProperties(): Properties {
    const store = this.store();
    for (const key of Object.keys(store)) delete store[key];
    return this;
  }
}

export class PropertiesService extends ServiceObject implements Google<PropertiesService> {
  static gasName = 'PropertiesService';
  declare readonly _google: GoogleAppsScript.Properties.PropertiesService;

  getScriptProperties(): Properties {
    return new Properties(this.ctx, () => this.ctx.workbook.properties.script);
  }

  getDocumentProperties(): Properties {
    return new Properties(this.ctx, () => this.ctx.workbook.properties.document);
  }

  /** Per user: the person running the script (the owner, for a web app executing as "me"). */
  getUserProperties(): Properties {
    const user = actingUser(this.ctx);
    return new Properties(this.ctx, () => {
      const stores = this.ctx.workbook.properties.user;
      stores[user] ??= {};
      return stores[user];
    });
  }
}

interface CacheEntry {
  value: string;
  expiresAt: number;
}

const MAX_KEY_LENGTH = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const DEFAULT_EXPIRATION_SECONDS = 600;
const MAX_EXPIRATION_SECONDS = 21600;

export class Cache extends ServiceObject implements Google<Cache> {
  static gasName = 'Cache';
  declare readonly _google: GoogleAppsScript.Cache.Cache;

  constructor(
    ctx: Context,
    private readonly entries: Map<string, CacheEntry>,
  ) {
    super(ctx);
  }

  private live(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.ctx.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  get(key: string): string | null {
    return this.live(key);
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = this.live(key);
      if (value !== null) out[key] = value;
    }
    return out;
  }

  /** Expiration defaults to 10 minutes and is capped at 6 hours, as documented. */
  put(key: string, value: string, expirationInSeconds = DEFAULT_EXPIRATION_SECONDS): void {
    if (key.length > MAX_KEY_LENGTH) throw new ScriptException('Argument too large: key');
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > MAX_VALUE_BYTES) throw new ScriptException('Argument too large: value');
    const seconds = Math.min(Math.max(1, expirationInSeconds), MAX_EXPIRATION_SECONDS);
    this.entries.set(key, { value: text, expiresAt: this.ctx.now() + seconds * 1000 });
  }

  putAll(values: Record<string, string>, expirationInSeconds = DEFAULT_EXPIRATION_SECONDS): void {
    for (const [key, value] of Object.entries(values)) this.put(key, value, expirationInSeconds);
  }

  remove(key: string): void {
    this.entries.delete(key);
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.entries.delete(key);
  }
}

export class CacheService extends ServiceObject implements Google<CacheService> {
  static gasName = 'CacheService';
  declare readonly _google: GoogleAppsScript.Cache.CacheService;

  constructor(
    ctx: Context,
    private readonly caches: Map<string, Map<string, CacheEntry>>,
  ) {
    super(ctx);
  }

  private cache(scope: string): Cache {
    let entries = this.caches.get(scope);
    if (!entries) {
      entries = new Map();
      this.caches.set(scope, entries);
    }
    return new Cache(this.ctx, entries);
  }

  getScriptCache(): Cache {
    return this.cache('script');
  }

  getDocumentCache(): Cache {
    return this.cache('document');
  }

  getUserCache(): Cache {
    return this.cache(`user:${actingUser(this.ctx)}`);
  }
}

for (const cls of [Properties, PropertiesService, Cache, CacheService]) countCalls(cls);
