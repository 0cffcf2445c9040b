// HtmlService: outputs from project files and templates, shown in recorded dialogs.

import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../apps-script/local/index.ts';

describe('HtmlService', () => {
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
});
