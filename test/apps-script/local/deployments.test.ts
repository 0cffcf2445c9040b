// Head and versioned deployments: what ScriptApp.getService().getUrl() answers where the code runs, and which
// deployment a web app request goes to.
import { describe, expect, it } from 'vitest';
import { createRuntime, loadBundle } from '../../../apps-script/local/index.ts';

const CODE = `
function whereAmI() { return ScriptApp.getService().getUrl(); }
function onOpen() { SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue(ScriptApp.getService().getUrl()); }
function doGet() { return ContentService.createTextOutput(String(ScriptApp.getService().getUrl())); }
`;
const WEB_APP_MANIFEST = { webapp: { executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' } };
const HEAD = /^https:\/\/script\.google\.com\/macros\/s\/AKfycb[\w-]+\/dev$/;

function project(options: Parameters<typeof createRuntime>[0]) {
  const runtime = createRuntime(options);
  const bundle = loadBundle(runtime, CODE);
  return { runtime, bundle, get: (deploymentId?: string) => bundle.webApp({ method: 'GET', deploymentId }).body };
}

describe('deployments', () => {
  it('gives menus, the editor and simple triggers the head deployment’s /dev address', () => {
    const { runtime, bundle } = project({
      manifest: WEB_APP_MANIFEST,
      deployments: [{ deploymentId: 'AKfycbMembers', versionNumber: 4 }],
    });
    expect(bundle.call('whereAmI')).toMatch(HEAD);
    expect(bundle.run('trigger', 'whereAmI', [])).toMatch(HEAD);
    bundle.open();
    expect(String(runtime.SpreadsheetApp.getActive().getRange('A1').getValue())).toMatch(HEAD);
  });

  it('gives a request to a versioned deployment that deployment’s /exec address, and to the head its /dev', () => {
    const { get } = project({
      manifest: WEB_APP_MANIFEST,
      deployments: [{ deploymentId: 'AKfycbMembers', versionNumber: 4 }],
    });
    expect(get()).toBe('https://script.google.com/macros/s/AKfycbMembers/exec');
    expect(get('AKfycbMembers')).toBe('https://script.google.com/macros/s/AKfycbMembers/exec');
    expect(get('AKfycbbG9jYWwtc2NyaXB0')).toMatch(HEAD);
  });

  it('serves the head deployment when none is versioned, and asks which when several are', () => {
    expect(project({ manifest: WEB_APP_MANIFEST }).get()).toMatch(HEAD);
    const several = project({
      deployments: [
        { deploymentId: 'AKfycbOne', versionNumber: 1 },
        { deploymentId: 'AKfycbTwo', versionNumber: 2, url: 'http://127.0.0.1:8787/exec' },
      ],
    });
    expect(several.get('AKfycbTwo')).toBe('http://127.0.0.1:8787/exec');
    expect(() => several.get()).toThrow('Several deployments');
    expect(() => several.get('AKfycbNone')).toThrow('No deployment AKfycbNone');
  });

  it('has no address for a project that is no web app', () => {
    expect(project({ manifest: {} }).bundle.call('whereAmI')).toBeNull();
    expect(project({}).bundle.call('whereAmI')).toBeNull();
  });
});
