// Where the members' budgets (shared/webapp/budget.ts) live in Apps Script: the minute's requests in the script cache
// (short-lived, and nothing is lost when Google drops it early but a minute's count), the day's actions and the
// refusals the board is shown in script properties (durable; written at most once per log request, once per refused
// minute and once per refused day, well inside Properties' daily quota of 50,000 writes). Keys carry the token's hash,
// never the token.
import {
  addRefusal,
  DayUsage,
  MemberRefusals,
  type RefusalReason,
  RequestWindow,
} from '../../../shared/webapp/budget.ts';
import type { KnownMember, WebAppStore } from '../../../shared/webapp/handle.ts';
import { storedJson } from '../../../shared/zod.ts';

const PREFIX = 'malkoll.budget.';
const windowKey = (key: string) => `${PREFIX}minute.${key}`;
const dayFullKey = (key: string) => `${PREFIX}dayFull.${key}`;
const usageKey = (key: string) => `${PREFIX}day.${key}`;
const REFUSALS = `${PREFIX}refused.`;
/** CacheService keeps an entry at most six hours (developers.google.com/apps-script/reference/cache/cache#put). */
const MAX_CACHE_SECONDS = 21_600;

type BudgetStore = Pick<
  WebAppStore,
  'readRate' | 'writeWindow' | 'markDayFull' | 'readUsage' | 'writeUsage' | 'recordRefusal'
>;

/** The budget part of the web app's store: each method one cache or properties call after getting the store. */
export function budgetStore(): BudgetStore {
  let scriptCache: GoogleAppsScript.Cache.Cache | null = null;
  let scriptProperties: GoogleAppsScript.Properties.Properties | null = null;
  const cache = () => {
    scriptCache ??= CacheService.getScriptCache();
    return scriptCache;
  };
  const properties = () => {
    scriptProperties ??= PropertiesService.getScriptProperties();
    return scriptProperties;
  };
  return {
    readRate(key) {
      const found = cache().getAll([windowKey(key), dayFullKey(key)]);
      return {
        window: storedJson(RequestWindow, found[windowKey(key)]),
        dayFull: found[dayFullKey(key)] !== undefined,
      };
    },
    writeWindow(key, minute, seconds) {
      cache().put(windowKey(key), JSON.stringify(minute), Math.min(seconds, MAX_CACHE_SECONDS));
    },
    markDayFull(key, seconds) {
      cache().put(dayFullKey(key), '1', Math.min(seconds, MAX_CACHE_SECONDS));
    },
    readUsage(key) {
      return storedJson(DayUsage, properties().getProperty(usageKey(key)));
    },
    writeUsage(key, usage) {
      properties().setProperty(usageKey(key), JSON.stringify(usage));
    },
    recordRefusal(member: KnownMember, reason: RefusalReason, now: Date) {
      const store = properties();
      const key = `${REFUSALS}${member.key}`;
      store.setProperty(
        key,
        JSON.stringify(addRefusal(storedJson(MemberRefusals, store.getProperty(key)), member, reason, now)),
      );
    },
  };
}

/**
 * Every member the web app refused for going past their budget, most recent first: for Kontrollera installationen.
 * One call to the script properties.
 */
export function readRateRefusals(): MemberRefusals[] {
  const all = PropertiesService.getScriptProperties().getProperties();
  return Object.entries(all)
    .flatMap(([key, text]) => {
      const refusals = key.startsWith(REFUSALS) ? storedJson(MemberRefusals, text) : null;
      return refusals ? [refusals] : [];
    })
    .sort((a, b) => b.last.localeCompare(a.last));
}
