// The workbook file: everything round-trips through one compact JSON file; bad files fail loudly in Swedish and English.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRuntime, loadBundle, WorkbookFileError, workbookToFile } from '../../../apps-script/local/index.ts';
import type { Cell } from '../../../apps-script/local/model.ts';

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

function compactTempFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'malkoll-compact-')), 'workbook.json');
}

const HELP = 'Typer: article.published = Debattartikel publicerad; meeting.held = Möte hållet; other = Annat';

/** A Logg-like sheet: a dropdown with help text and a number rule down 999 rows, a date format, a few entries. */
function loggLike(path: string) {
  const rt = createRuntime({ dataFile: path, ifMissing: 'create' });
  const app = rt.SpreadsheetApp;
  const sheet = app.getActiveSheet().setName('Logg');
  sheet.getRange('A1:C1').setValues([['Tid', 'Typ', 'Antal']]);
  sheet.getRange('A2:A1000').setNumberFormat('yyyy-mm-dd hh:mm');
  sheet
    .getRange('B2:B1000')
    .setDataValidation(
      app
        .newDataValidation()
        .requireValueInList(['article.published', 'meeting.held', 'other'])
        .setHelpText(HELP)
        .build(),
    );
  sheet.getRange('C2:C1000').setDataValidation(app.newDataValidation().requireNumberBetween(1, 1000).build());
  sheet.getRange('A2:C3').setValues([
    [new Date('2024-05-14T10:00:00+02:00'), 'article.published', 2],
    [new Date('2024-05-15T10:00:00+02:00'), 'meeting.held', 1],
  ]);
  return rt;
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

describe('compact workbook file', () => {
  it('stores a rule set down a column once and gives it back to every cell', () => {
    const path = compactTempFile();
    const rt = loggLike(path);
    rt.save();
    const text = readFileSync(path, 'utf8');
    expect(text.split(HELP)).toHaveLength(2);
    expect(text.length).toBeLessThan(3000);
    const loaded = createRuntime({ dataFile: path });
    expect(workbookToFile(loaded.workbook)).toEqual(workbookToFile(rt.workbook));
    const sheet = loaded.SpreadsheetApp.getActiveSheet();
    expect(sheet.getRange('B999').getDataValidation()?.getHelpText()).toBe(HELP);
    expect(sheet.getRange('C1000').getDataValidation()?.getCriteriaValues()).toEqual([1, 1000]);
    expect(sheet.getRange('A500').getNumberFormat()).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getRange('B3').getValue()).toBe('meeting.held');
    expect(loaded.userEdit('C700', '5000').status).toBe('warned');
  });

  it('keeps cells independent after loading: changing one leaves its neighbours as they were', () => {
    const path = compactTempFile();
    loggLike(path).save();
    const loaded = createRuntime({ dataFile: path });
    const sheet = loaded.SpreadsheetApp.getActiveSheet();
    sheet.getRange('B10').setDataValidation(null);
    sheet.getRange('A11').setNumberFormat('0.00');
    loaded.save();
    const again = createRuntime({ dataFile: path }).SpreadsheetApp.getActiveSheet();
    expect(again.getRange('B10').getDataValidation()).toBeNull();
    expect(again.getRange('B11').getDataValidation()?.getHelpText()).toBe(HELP);
    expect(again.getRange('A11').getNumberFormat()).toBe('0.00');
    expect(again.getRange('A12').getNumberFormat()).toBe('yyyy-mm-dd hh:mm');
  });

  it('round-trips any mix of values, notes, styles and rules', () => {
    const value = fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 2 }), fc.constantFrom('a', 'b', true));
    const style = fc.constantFrom(undefined, { numberFormat: '@' }, { background: '#ff0000', fontWeight: 'bold' });
    const validation = fc.constantFrom(undefined, 'list', 'number');
    const cell = fc.record({ value, style, validation, note: fc.constantFrom(undefined, 'Obs') });
    const line = fc.array(fc.option(cell, { nil: undefined }), { maxLength: 5 });
    // Rows often repeat the one above, as a rule set down a column does, so runs of every length come up.
    const grid = fc.array(fc.record({ line, repeat: fc.boolean() }), { maxLength: 40 });
    fc.assert(
      fc.property(grid, (drawn) => {
        const rows: (typeof drawn)[number]['line'][] = [];
        for (const { line, repeat } of drawn) rows.push(repeat ? (rows.at(-1) ?? line) : line);
        const path = compactTempFile();
        const rt = createRuntime({ dataFile: path, ifMissing: 'create' });
        const sheet = rt.workbook.activeSheet();
        rows.forEach((line, r) => {
          sheet.rows[r] = [];
          line.forEach((spec, c) => {
            if (!spec) return;
            const stored: Cell = {};
            if (spec.value !== undefined) stored.value = spec.value;
            if (spec.note !== undefined) stored.note = spec.note;
            if (spec.style) stored.style = { ...spec.style } as Cell['style'];
            if (spec.validation === 'list')
              stored.validation = {
                criteria: 'VALUE_IN_LIST',
                args: [{ list: ['a', 'b'] }, true],
                allowInvalid: false,
                helpText: '',
              };
            if (spec.validation === 'number')
              stored.validation = {
                criteria: 'NUMBER_BETWEEN',
                args: [0, 2],
                allowInvalid: true,
                helpText: 'Noll till två',
              };
            (sheet.rows[r] as (Cell | undefined)[])[c] = stored;
          });
        });
        const before = workbookToFile(rt.workbook);
        rt.save();
        rt.save();
        expect(workbookToFile(createRuntime({ dataFile: path }).workbook)).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('loads a file in the older one-entry-per-cell form', () => {
    const path = compactTempFile();
    const rt = loggLike(path);
    writeFileSync(path, JSON.stringify(workbookToFile(rt.workbook)));
    const loaded = createRuntime({ dataFile: path });
    expect(workbookToFile(loaded.workbook)).toEqual(workbookToFile(rt.workbook));
  });

  it('explains a cell that refers to a style or rule the file does not have', () => {
    const path = compactTempFile();
    loggLike(path).save();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.validations = [];
    writeFileSync(path, JSON.stringify(file));
    expect(() => createRuntime({ dataFile: path })).toThrow(/har fel innehåll: .*refers to a missing style or rule/);
  });
});
