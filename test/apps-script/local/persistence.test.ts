// The workbook file: everything round-trips through one JSON file; bad files fail loudly in Swedish and English.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRuntime, loadBundle, WorkbookFileError, workbookToFile } from '../../../apps-script/local/index.ts';

function tempFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'malkoll-wb-')), 'nested', 'workbook.json');
}

function populate(rt: ReturnType<typeof createRuntime>): void {
  const app = rt.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet().setName('Mål');
  sheet.getRange('A1:D2').setValues([
    ['Delmål', 'Antal', 'Datum', 'Klar'],
    ["'0012", 3, new Date('2024-05-01T10:00:00+02:00'), true],
  ]);
  sheet.getRange('B3').setFormula('=SUM(B2:B2)');
  sheet.getRange('A1').setNote('Rubrik').setBackground('#ffeeaa').setFontWeight('bold');
  sheet.getRange('B2').setNumberFormat('0.00');
  sheet.getRange('D2:D3').setDataValidation(app.newDataValidation().requireCheckbox().build());
  sheet
    .getRange('C2')
    .setDataValidation(
      app
        .newDataValidation()
        .requireDateOnOrBefore(new Date('2024-12-31T00:00:00Z'))
        .setAllowInvalid(false)
        .setHelpText('Senast 2024')
        .build(),
    );
  sheet.getRange('E1').setDataValidation(app.newDataValidation().requireValueInRange(sheet.getRange('A2:A9')).build());
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 180);
  sheet.getRange('A1:D1').protect().setDescription('Rubriker').setWarningOnly(true);
  ss.setNamedRange('Antal', sheet.getRange('B2:B9'));
  const chart = sheet
    .newChart()
    .asBarChart()
    .addRange(sheet.getRange('A1:B2'))
    .setPosition(5, 1, 0, 0)
    .setTitle('Antal')
    .build();
  sheet.insertChart(chart);
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenNumberLessThan(1)
      .setBackground('red')
      .setRanges([sheet.getRange('B2:B9')])
      .build(),
  ]);
  ss.insertSheet('Rapport').hideSheet();
  ss.setActiveSheet(sheet);
  rt.PropertiesService.getScriptProperties().setProperty('token', 'abc');
  rt.PropertiesService.getUserProperties().setProperty('lang', 'sv');
}

describe('workbook file', () => {
  it('saves and loads back every part of the workbook identically', () => {
    const path = tempFile();
    const rt = createRuntime({ dataFile: path, ifMissing: 'create' });
    populate(rt);
    rt.save();
    const loaded = createRuntime({ dataFile: path });
    expect(workbookToFile(loaded.workbook)).toEqual(workbookToFile(rt.workbook));
    const sheet = loaded.SpreadsheetApp.getActiveSheet();
    expect(sheet.getName()).toBe('Mål');
    expect(sheet.getRange('A2:D2').getValues()).toEqual([['0012', 3, new Date('2024-05-01T10:00:00+02:00'), true]]);
    expect(loaded.cell('Mål!A2').formulaBar).toBe("'0012");
    expect(sheet.getRange('B3').getFormula()).toBe('=SUM(B2:B2)');
    expect(sheet.getRange('B2').getDisplayValue()).toBe('3,00');
    expect(sheet.getRange('C2').getDataValidation()?.getHelpText()).toBe('Senast 2024');
    expect(sheet.getCharts()[0]?.getOptions().get('title')).toBe('Antal');
    expect(loaded.SpreadsheetApp.getActive().getSheetByName('Rapport')?.isSheetHidden()).toBe(true);
    expect(loaded.PropertiesService.getScriptProperties().getProperty('token')).toBe('abc');
    expect(loaded.PropertiesService.getUserProperties().getProperty('lang')).toBe('sv');
  });

  it('writes atomically, leaving no temporary file behind', () => {
    const path = tempFile();
    const rt = createRuntime({ dataFile: path, ifMissing: 'create' });
    rt.save();
    rt.save();
    expect(readdirSync(join(path, '..'))).toEqual(['workbook.json']);
  });

  it('refuses a missing file unless asked to create one', () => {
    const path = tempFile();
    expect(() => createRuntime({ dataFile: path })).toThrow(WorkbookFileError);
    expect(() => createRuntime({ dataFile: path })).toThrow(
      `Arbetsboken ${path} finns inte. / The workbook file ${path} does not exist.`,
    );
  });

  it('explains a corrupt or wrongly shaped file instead of starting empty', () => {
    const path = tempFile();
    const rt = createRuntime({ dataFile: path, ifMissing: 'create' });
    populate(rt);
    rt.save();
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.slice(0, good.length / 2));
    expect(() => createRuntime({ dataFile: path, ifMissing: 'create' })).toThrow(
      /är skadad \(ogiltig JSON: .*\)\. \/ The workbook file .* is corrupt/,
    );
    const file = JSON.parse(good);
    file.sheets[0].cells[0].r = 0;
    writeFileSync(path, JSON.stringify(file));
    expect(() => createRuntime({ dataFile: path })).toThrow(
      /har fel innehåll: sheets\.0\.cells\.0\.r: .*\. \/ The workbook file .* has invalid content/,
    );
    file.sheets[0].cells[0].r = 5000;
    writeFileSync(path, JSON.stringify(file));
    expect(() => createRuntime({ dataFile: path })).toThrow('lies outside sheet "Mål"');
  });

  it('saves after each bundle execution when autosave is on', () => {
    const path = tempFile();
    const rt = createRuntime({ dataFile: path, ifMissing: 'create', autosave: true });
    loadBundle(rt, "function write() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue('sparat'); }").call(
      'write',
    );
    expect(createRuntime({ dataFile: path }).SpreadsheetApp.getActiveSheet().getRange('A1').getValue()).toBe('sparat');
  });
});
