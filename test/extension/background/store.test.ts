// What the worker reads back from chrome.storage: a snapshot an older version cached in another shape counts as absent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { read } from '../../../extension/background/store.ts';
import { buildSnapshot } from '../../../shared/webapp/snapshot.ts';
import { parseSeed } from '../../support/seed.ts';

let stored: Record<string, unknown>;

beforeEach(() => {
  stored = {};
  vi.stubGlobal('chrome', {
    storage: { local: { get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}) } },
  });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const response = buildSnapshot({
  plan: parseSeed(),
  member: { name: 'Demo Medlem', branch: 'Sundsvall' },
  branches: ['Sundsvall'],
  suggestions: { byPage: {}, byKind: { 'meeting.held': { subgoal: 'U2' } } },
  standings: new Map([['U3.M1', { result: 5, percent: 33, status: 'on_track' }]]),
});

describe('the cached snapshot', () => {
  it('is read back as it was stored', async () => {
    stored.snapshot = { response, fetchedAt: 1 };
    expect(await read('snapshot')).toEqual({ response, fetchedAt: 1 });
  });

  it('is absent when an older version stored the vocabularies beside the plan instead of in it', async () => {
    const { actionKinds, branches, categories, suggestions, ...outline } = response.plan;
    stored.snapshot = {
      response: { ...response, plan: outline, actionKinds, branches, categories, suggestions },
      fetchedAt: 1,
    };
    expect(await read('snapshot')).toBeUndefined();
  });
});
