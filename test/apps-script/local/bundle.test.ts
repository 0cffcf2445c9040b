// Running an add-on bundle: its globals, menus, dialogs, onEdit events, google.script.run and web app requests.
import { describe, expect, it } from 'vitest';
import { createRuntime, loadBundle } from '../../../apps-script/local/index.ts';

const CODE = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu()
    .addItem('Importera verksamhetsplan…', 'importPlan')
    .addSeparator()
    .addSubMenu(SpreadsheetApp.getUi().createMenu('Rapporter').addItem('Kvartal', 'quarterReport'))
    .addToUi();
  PropertiesService.getDocumentProperties().setProperty('openedBy', e.user.getEmail() + ' ' + e.authMode);
}
function importPlan() {
  var ui = SpreadsheetApp.getUi();
  var answer = ui.prompt('Importera', 'Länk till planen:', ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return 'avbrutet';
  SpreadsheetApp.getActiveSheet().getRange('A1').setValue(answer.getResponseText());
  ui.alert('Klart');
  return 'importerat';
}
function quarterReport() { return 'Q'; }
function types() {
  var v = SpreadsheetApp.getActiveSheet().getRange('A1:B1').getValues();
  return [Array.isArray(v), v[0][0] instanceof Date, v instanceof Array, typeof require, typeof process, typeof setTimeout, typeof URL, typeof TextEncoder, typeof fetch, typeof window];
}
function failing() { SpreadsheetApp.getActiveSheet().getRange(0, 1); }
function catchIt() {
  try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, e.message, String(e)]; }
}
function sidebar() {
  var t = HtmlService.createTemplateFromFile('Sidebar');
  t.who = '<Anna>';
  SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('Målkoll'));
}
function greet(name) { return { text: 'Hej ' + name, when: null }; }
function today() { return new Date(); }
function secret_() { return 'hidden'; }
function clock() {
  return [new Date().toISOString(), Date.now(), Date().slice(0, 15), new Date(0).toISOString(), new Date() instanceof Date,
    Object.prototype.toString.call(new Date()), Date.UTC(2024, 0, 1)];
}
function doPost(e) {
  var body = JSON.parse(e.postData.contents);
  return ContentService.createTextOutput(JSON.stringify({ ok: true, echo: body.x, user: Session.getActiveUser().getEmail() }))
    .setMimeType(ContentService.MimeType.JSON);
}
function whoAmI() { return Session.getActiveUser().getEmail(); }
const arrow = () => 'const works';
`;

function setup() {
  const rt = createRuntime({
    htmlFiles: { Sidebar: '<p>Hej <?= who ?>, <?!= "<b>fet</b>" ?><? for (var i = 0; i < 2; i++) { ?>!<? } ?></p>' },
  });
  const handle = loadBundle(rt, CODE);
  return { rt, handle };
}

describe('loadBundle', () => {
  it('gives the script Apps Script globals and its own realm types, and none of Node or the browser', () => {
    const { rt, handle } = setup();
    rt.SpreadsheetApp.getActiveSheet()
      .getRange('A1')
      .setValue(new Date(2024, 0, 1));
    expect(handle.call('types')).toEqual([
      true,
      true,
      true,
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
  });

  it("reads the runtime's clock in new Date(), Date() and Date.now(), and leaves every other Date alone", () => {
    let now = Date.parse('2024-06-15T10:00:00Z');
    const rt = createRuntime({ now: () => now });
    const handle = loadBundle(rt, CODE);
    expect(handle.call('clock')).toEqual([
      '2024-06-15T10:00:00.000Z',
      now,
      new Date(now).toString().slice(0, 15),
      '1970-01-01T00:00:00.000Z',
      true,
      '[object Date]',
      Date.UTC(2024, 0, 1),
    ]);
    rt.advanceClock(60_000);
    expect((handle.call('clock') as unknown[])[0]).toBe('2024-06-15T10:01:00.000Z');
    now += 3_600_000;
    expect((handle.call('clock') as unknown[])[0]).toBe('2024-06-15T11:01:00.000Z');
    // What the script returns is the host's Date, at the script's time.
    expect((handle.call('today') as Date).toISOString()).toBe('2024-06-15T11:01:00.000Z');
  });

  it('throws service errors to the script as Exception errors of its own realm', () => {
    const { handle } = setup();
    expect(handle.call('catchIt')).toEqual([
      true,
      'Exception',
      'The starting row of the range is too small.',
      'Exception: The starting row of the range is too small.',
    ]);
    expect(() => handle.call('failing')).toThrow('The starting row of the range is too small.');
  });

  it('reaches top-level const functions and refuses unknown ones', () => {
    const { handle } = setup();
    expect(handle.call('arrow')).toBe('const works');
    expect(() => handle.call('nope')).toThrow('Script function not found: nope');
  });

  it('builds menus on open and dispatches menu clicks, with pre-queued answers and recorded dialogs', () => {
    const { rt, handle } = setup();
    handle.open();
    expect(rt.ui.menus).toEqual([
      {
        name: 'Målkoll',
        items: [
          { caption: 'Importera verksamhetsplan…', functionName: 'importPlan' },
          { separator: true },
          { caption: 'Rapporter', items: [{ caption: 'Kvartal', functionName: 'quarterReport' }] },
        ],
      },
    ]);
    expect(rt.PropertiesService.getDocumentProperties().getProperty('openedBy')).toBe('anvandare@example.org LIMITED');
    rt.ui.respond({ button: 'OK', text: 'https://docs.google.com/document/d/abc/edit' });
    expect(rt.ui.clickMenuItem('Målkoll', 'Importera verksamhetsplan…')).toBe('importerat');
    expect(rt.SpreadsheetApp.getActiveSheet().getRange('A1').getValue()).toBe(
      'https://docs.google.com/document/d/abc/edit',
    );
    expect(rt.ui.events.map((e) => e.kind)).toEqual(['prompt', 'alert']);
    expect(rt.ui.shown('prompt')[0]).toMatchObject({
      title: 'Importera',
      message: 'Länk till planen:',
      buttons: 'OK_CANCEL',
    });
    rt.ui.respond({ button: 'CANCEL' });
    expect(rt.ui.clickMenuItem('Målkoll', 'Importera verksamhetsplan…')).toBe('avbrutet');
    expect(rt.ui.clickMenuItem('Målkoll', 'Rapporter', 'Kvartal')).toBe('Q');
    expect(() => rt.ui.clickMenuItem('Målkoll', 'Saknas')).toThrow('Menyvalet "Saknas" finns inte');
  });

  it('closes a dialog nobody answered when asked to, marking it, and still confirms an alert that only has OK', () => {
    const { rt, handle } = setup();
    handle.open();
    rt.ui.unanswered = 'close';
    expect(rt.ui.clickMenuItem('Målkoll', 'Importera verksamhetsplan…')).toBe('avbrutet');
    expect(rt.ui.shown('prompt')).toEqual([
      expect.objectContaining({ title: 'Importera', response: 'CLOSE', text: '', unanswered: true }),
    ]);
    rt.ui.respond({ button: 'OK', text: 'https://docs.google.com/document/d/abc/edit' });
    expect(rt.ui.clickMenuItem('Målkoll', 'Importera verksamhetsplan…')).toBe('importerat');
    const [, answered, done] = rt.ui.events;
    expect(answered).not.toHaveProperty('unanswered');
    expect(done).toEqual({ kind: 'alert', title: '', message: 'Klart', buttons: 'OK', response: 'OK' });
  });

  it('renders templates with escaped and raw scriptlets into a recorded sidebar', () => {
    const { rt, handle } = setup();
    handle.call('sidebar');
    expect(rt.ui.shown('sidebar')).toEqual([
      { kind: 'sidebar', title: 'Målkoll', html: '<p>Hej &lt;Anna&gt;, <b>fet</b>!!</p>', width: 300 },
    ]);
  });

  it('lets a dialog call server functions like google.script.run: JSON-like values, no private functions, no Dates', async () => {
    const { handle } = setup();
    await expect(handle.runFromClient('greet', 'Anna')).resolves.toEqual({ text: 'Hej Anna', when: null });
    await expect(handle.runFromClient('today')).resolves.toBeNull();
    await expect(handle.runFromClient('secret_')).rejects.toThrow('Script function not found: secret_');
    await expect(handle.runFromClient('greet', new Date())).rejects.toThrow('Invalid argument');
  });

  it('answers web app POSTs as the owner, with the visitor hidden, and JSON content type', () => {
    const { handle } = setup();
    const res = handle.webApp({ method: 'POST', body: JSON.stringify({ x: 5 }), contentType: 'application/json' });
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body)).toEqual({ ok: true, echo: 5, user: '' });
    expect(handle.webApp({ method: 'GET' }).body).toContain('Script function not found: doGet');
  });

  it('passes form fields named like Object.prototype members as plain parameters', () => {
    const rt = createRuntime();
    const handle = loadBundle(
      rt,
      'function doPost(e) { return ContentService.createTextOutput(JSON.stringify([e.parameters, Object.keys(e.parameter)])); }',
    );
    const res = handle.webApp({
      method: 'POST',
      query: 'constructor=q',
      body: 'toString=1&__proto__=2&constructor=3&hasOwnProperty=4',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(res.body).toBe(
      '[{"constructor":["q","3"],"toString":["1"],"__proto__":["2"],"hasOwnProperty":["4"]},["constructor","toString","__proto__","hasOwnProperty"]]',
    );
  });

  it('has no UI in a web app execution', () => {
    const { handle } = setup();
    expect(() => handle.run('webapp', 'importPlan', [])).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});
