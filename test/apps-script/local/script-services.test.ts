// The smaller services: call counters, properties, cache expiry, HTML and text outputs, session, documents, logs.
import { describe, expect, it } from 'vitest';
import { createRuntime, loadBundle } from '../../../apps-script/local/index.ts';

describe('call counters', () => {
  it('counts each service call once as Class.method, also from a bundle, and resets', () => {
    const rt = createRuntime();
    rt.counters.reset();
    const sheet = rt.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:B2').getValues();
    sheet.getRange('A1').clearContent();
    expect(rt.counters.snapshot()).toEqual({
      'Range.clearContent': 1,
      'Range.getValues': 1,
      'Sheet.getRange': 2,
      'SpreadsheetApp.getActiveSheet': 1,
    });
    loadBundle(rt, 'function f() { SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1).setValue(1); }').call('f');
    expect(rt.counters.snapshot()['Range.setValue']).toBe(1);
    expect(rt.counters.total()).toBe(9);
    rt.counters.reset();
    expect(rt.counters.total()).toBe(0);
  });

  it('does not count what the controls do for a test (typing, inspecting cells)', () => {
    const rt = createRuntime();
    rt.counters.reset();
    rt.userEdit('Blad1!A1', '5');
    rt.cell('A1');
    rt.formulaBars('Blad1');
    expect(rt.counters.total()).toBe(0);
  });
});

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

describe('HtmlService, ContentService, Session, ScriptApp, DocumentApp, Logger', () => {
  it('records dialogs with their HTML, title and size', () => {
    const rt = createRuntime({ htmlFiles: { 'Dialog.html': '<h1>Hej</h1>' } });
    const html = rt.HtmlService.createHtmlOutputFromFile('Dialog').setWidth(400).setHeight(300).append('<p>!</p>');
    rt.SpreadsheetApp.getUi().showModalDialog(html, 'Importera');
    expect(rt.ui.shown('modalDialog')).toEqual([
      { kind: 'modalDialog', title: 'Importera', html: '<h1>Hej</h1><p>!</p>', width: 400, height: 300 },
    ]);
    expect(() => rt.HtmlService.createHtmlOutputFromFile('Saknas')).toThrow('No HTML file named Saknas was found.');
    expect(rt.HtmlService.createTemplate('<?= 1 + 1 ?> <?= "<x>" ?>').evaluate().getContent()).toBe('2 &lt;x&gt;');
  });

  it('creates JSON text output', () => {
    const rt = createRuntime();
    const out = rt.ContentService.createTextOutput('{"ok":true}').setMimeType(rt.ContentService.MimeType.JSON);
    expect([out.getContent(), out.getMimeType()]).toEqual(['{"ok":true}', 'JSON']);
    expect(rt.ContentService.createTextOutput().getMimeType()).toBe('TEXT');
  });

  it('knows the users, time zone and web app URL', () => {
    const rt = createRuntime({
      activeUser: 'ledamot@example.org',
      owner: 'ombud@example.org',
      timeZone: 'Europe/Stockholm',
      webAppUrl: 'http://localhost:8787/exec',
    });
    expect(rt.Session.getActiveUser().getEmail()).toBe('ledamot@example.org');
    expect(rt.Session.getEffectiveUser().getEmail()).toBe('ombud@example.org');
    expect(rt.Session.getScriptTimeZone()).toBe('Europe/Stockholm');
    expect(rt.ScriptApp.getService().getUrl()).toBe('http://localhost:8787/exec');
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

  it('shows toasts', () => {
    const rt = createRuntime();
    rt.SpreadsheetApp.getActive().toast('Importen är klar', 'Målkoll');
    expect(rt.ui.shown('toast')).toEqual([
      { kind: 'toast', message: 'Importen är klar', title: 'Målkoll', timeoutSeconds: 5 },
    ]);
  });
});
