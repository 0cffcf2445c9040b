// Session, ScriptApp, DocumentApp, Logger and console: users, time zone, web app URL, documents and logs.

import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../apps-script/local/index.ts';

describe('Session, ScriptApp, DocumentApp, Logger', () => {
  it('knows the users, time zone and web app URL', () => {
    const rt = createRuntime({
      activeUser: 'ledamot@example.org',
      owner: 'ombud@example.org',
      timeZone: 'Europe/Stockholm',
      deployments: [{ deploymentId: 'AKfycbLocal', versionNumber: 1, url: 'http://127.0.0.1:8787/exec' }],
    });
    expect(rt.Session.getActiveUser().getEmail()).toBe('ledamot@example.org');
    expect(rt.Session.getEffectiveUser().getEmail()).toBe('ombud@example.org');
    expect(rt.Session.getScriptTimeZone()).toBe('Europe/Stockholm');
    // Outside a request to the deployment, the code runs as the head deployment (deployments.test.ts).
    expect(rt.ScriptApp.getService().getUrl()).toMatch(/^https:\/\/script\.google\.com\/macros\/s\/[\w-]+\/dev$/);
    expect(rt.runExecution('webapp', () => rt.ScriptApp.getService().getUrl())).toBe('http://127.0.0.1:8787/exec');
    expect(createRuntime().ScriptApp.getService().getUrl()).toBeNull();
  });

  it('opens the local documents given to the runtime and refuses others', () => {
    const url = 'https://docs.google.com/document/d/1abcDEF/edit';
    const rt = createRuntime({ documents: { [url]: 'Verksamhetsplan 2024' } });
    expect(rt.DocumentApp.openByUrl(url).getBody().getText()).toBe('Verksamhetsplan 2024');
    expect(rt.DocumentApp.openById('1abcDEF').getUrl()).toBe(url);
    expect(() => rt.DocumentApp.openByUrl('https://docs.google.com/document/d/other/edit')).toThrow(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
  });

  it('collects Logger and console output', () => {
    const rt = createRuntime();
    rt.Logger.log('%s av %s klara', 3, 5);
    rt.console.warn('varning', { n: 1 });
    expect(rt.Logger.getLog()).toBe('3 av 5 klara\n');
    expect(rt.logs).toEqual([
      { level: 'Logger', message: '3 av 5 klara' },
      { level: 'warn', message: 'varning { n: 1 }' },
    ]);
  });
});
