// PropertiesService and CacheService: string properties per script, document and user; cache expiry on the clock.

import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../apps-script/local/index.ts';

describe('PropertiesService and CacheService', () => {
  it('stores properties as strings per script, document and user', () => {
    const rt = createRuntime({ activeUser: 'a@example.org' });
    const props = rt.PropertiesService.getScriptProperties();
    expect(props.getProperty('saknas')).toBeNull();
    props.setProperty('n', 5).setProperties({ a: 'x', b: true });
    expect(props.getProperties()).toEqual({ n: '5', a: 'x', b: 'true' });
    props.setProperties({ only: '1' }, true).deleteProperty('nothing');
    expect(props.getKeys()).toEqual(['only']);
    rt.PropertiesService.getUserProperties().setProperty('k', 'a');
    rt.setActiveUser('b@example.org');
    expect(rt.PropertiesService.getUserProperties().getProperty('k')).toBeNull();
    expect(rt.PropertiesService.getDocumentProperties().deleteAllProperties().getKeys()).toEqual([]);
  });

  it('expires cache entries on the runtime clock, 10 minutes by default', () => {
    const rt = createRuntime();
    const cache = rt.CacheService.getScriptCache();
    cache.put('kort', '1', 60);
    cache.putAll({ a: 'A', b: 'B' });
    rt.advanceClock(61_000);
    expect(cache.get('kort')).toBeNull();
    expect(cache.getAll(['a', 'b', 'kort'])).toEqual({ a: 'A', b: 'B' });
    rt.advanceClock(540_000);
    expect(cache.get('a')).toBeNull();
    expect(() => cache.put('stor', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });
});
