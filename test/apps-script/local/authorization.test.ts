// Scopes and authorisation modes: a call whose service needs a scope the manifest does not declare throws Google's
// permission error, and a simple trigger (AuthMode.LIMITED) may touch only the bound spreadsheet.
import { describe, expect, it } from 'vitest';
import { createRuntime, loadBundle } from '../../../apps-script/local/index.ts';
import { builtManifest, bundleCode } from '../../support/built-bundle.ts';

const AUTH = 'https://www.googleapis.com/auth';
const MORE =
  'For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is';
const DOC_URL = 'https://docs.google.com/document/d/1planDoc/edit';

function run(manifest: unknown, code: string, name: string): unknown {
  const runtime = createRuntime({ manifest, documents: { [DOC_URL]: 'Verksamhetsplan' } });
  try {
    return loadBundle(runtime, code).call(name);
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe('scopes', () => {
  it('refuses a call no declared scope covers, in the words Apps Script uses', () => {
    const onlySheet = { oauthScopes: [`${AUTH}/spreadsheets.currentonly`] };
    expect(
      run(onlySheet, `function f() { return DocumentApp.openByUrl('${DOC_URL}').getBody().getText(); }`, 'f'),
    ).toBe(
      `Exception: You do not have permission to call DocumentApp.openByUrl. Required permissions: ${AUTH}/documents. ${MORE}`,
    );
    expect(
      run({ oauthScopes: [] }, 'function f() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }', 'f'),
    ).toBe(
      `Exception: You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (${AUTH}/spreadsheets.currentonly || ${AUTH}/spreadsheets). ${MORE}`,
    );
    // The narrow scope reaches only the bound spreadsheet, never another one.
    expect(run(onlySheet, "function f() { return SpreadsheetApp.openById('x'); }", 'f')).toBe(
      `Exception: You do not have permission to call SpreadsheetApp.openById. Required permissions: ${AUTH}/spreadsheets. ${MORE}`,
    );
    expect(
      run(
        onlySheet,
        "function f() { SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('x'), 't'); }",
        'f',
      ),
    ).toContain(`call Ui.showModalDialog. Required permissions: ${AUTH}/script.container.ui.`);
    // Alerts, properties, locks and utilities need none.
    const none =
      "function f() { PropertiesService.getScriptProperties().setProperty('a', 'b'); LockService.getScriptLock(); SpreadsheetApp.getUi().alert('x'); return Utilities.getUuid().length; }";
    expect(run({ oauthScopes: [] }, none, 'f')).toBe(36);
  });

  it('authorises whatever the code uses when the manifest lists no scopes, as Apps Script detects them', () => {
    expect(
      run(undefined, `function f() { return DocumentApp.openByUrl('${DOC_URL}').getBody().getText(); }`, 'f'),
    ).toBe('Verksamhetsplan');
    expect(run({}, 'function f() { return Session.getActiveUser().getEmail(); }', 'f')).toBe('anvandare@example.org');
  });

  it('holds the built add-on to its own manifest: a call it does not declare fails here, not at the first install', () => {
    const withSession = `${bundleCode()}\nfunction whoIsIt() { return Session.getActiveUser().getEmail(); }`;
    expect(run(builtManifest(), withSession, 'whoIsIt')).toBe(
      `Exception: You do not have permission to call Session.getActiveUser. Required permissions: ${AUTH}/userinfo.email. ${MORE}`,
    );
  });
});

describe('simple triggers', () => {
  const manifest = {
    oauthScopes: [`${AUTH}/spreadsheets.currentonly`, `${AUTH}/documents`, `${AUTH}/script.container.ui`],
  };

  function opened(onOpen: string) {
    const runtime = createRuntime({ manifest, documents: { [DOC_URL]: 'Verksamhetsplan' } });
    const bundle = loadBundle(runtime, `function onOpen(e) { ${onOpen} }\nfunction onEdit(e) { ${onOpen} }`);
    return { runtime, bundle };
  }

  it('run onOpen in AuthMode.LIMITED: the bound spreadsheet, menus and properties, nothing that needs consent', () => {
    const fine = opened(
      "SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue(e.authMode); SpreadsheetApp.getUi().createMenu('M').addItem('x', 'x').addToUi(); PropertiesService.getDocumentProperties().setProperty('k', 'v');",
    );
    fine.bundle.open();
    expect(fine.runtime.SpreadsheetApp.getActive().getRange('A1').getValue()).toBe('LIMITED');
    expect(fine.runtime.ui.menus.map((menu) => menu.name)).toEqual(['M']);
    expect(fine.runtime.lastExecution?.authMode).toBe('LIMITED');
    // Declared, but a simple trigger cannot use them: another file, a dialog.
    expect(() => opened(`DocumentApp.openByUrl('${DOC_URL}');`).bundle.open()).toThrow(
      `You do not have permission to call DocumentApp.openByUrl. Required permissions: ${AUTH}/documents.`,
    );
    expect(() =>
      opened("SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x'));").bundle.open(),
    ).toThrow('You do not have permission to call Ui.showSidebar.');
  });

  it('run onEdit in AuthMode.LIMITED too: what it may not do is logged, and the edit stays', () => {
    const { runtime } = opened(`DocumentApp.openByUrl('${DOC_URL}');`);
    const result = runtime.userEdit('Blad1!B2', 'hej');
    expect(result.status).toBe('accepted');
    expect(result.triggerError).toContain('Exception: You do not have permission to call DocumentApp.openByUrl.');
    expect(runtime.cell('Blad1!B2').value).toBe('hej');
  });

  it('leave menu clicks, dialogs and web app requests in AuthMode.FULL', () => {
    const { runtime, bundle } = opened('');
    expect(bundle.has('onOpen')).toBe(true);
    runtime.runExecution('ui', () => runtime.DocumentApp.openByUrl(DOC_URL));
    expect(runtime.lastExecution).toMatchObject({ kind: 'ui', authMode: 'FULL' });
  });
});
