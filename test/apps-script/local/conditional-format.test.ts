// Formats, notes, charts, conditional formats and sheet layout, as a script sets and reads them back.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../apps-script/local/index.ts';

function setup(locale = 'sv_SE') {
  const rt = createRuntime({ locale, timeZone: 'Europe/Stockholm' });
  return { rt, app: rt.SpreadsheetApp, sheet: rt.SpreadsheetApp.getActiveSheet() };
}

describe('cell formats and notes', () => {
  it('sets and reads backgrounds, fonts, wrap, alignment and notes per cell, with Sheets defaults', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    expect([r.getBackground(), r.getFontColor(), r.getFontWeight(), r.getHorizontalAlignment()]).toEqual([
      '#ffffff',
      '#000000',
      'normal',
      'general',
    ]);
    r.setBackgrounds([['red', '#ABC']])
      .setFontWeight('bold')
      .setFontColor('#333333')
      .setWrap(false)
      .setHorizontalAlignment('center');
    r.setNotes([['första', null]]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#aabbcc']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getFontColors()).toEqual([['#333333', '#333333']]);
    expect(r.getWraps()).toEqual([[false, false]]);
    expect(r.getHorizontalAlignments()).toEqual([['center', 'center']]);
    expect(r.getNotes()).toEqual([['första', '']]);
    r.clearNote();
    expect(r.getNote()).toBe('');
  });

  it('clears contents but keeps formats and rules; clear() also drops formats', () => {
    const { app, sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(5)
      .setBackground('yellow')
      .setNote('n')
      .setDataValidation(app.newDataValidation().requireNumberBetween(1, 9).build());
    r.clearContent();
    expect([r.getValue(), r.getBackground(), r.getNote(), r.getDataValidation() !== null]).toEqual([
      '',
      '#ffff00',
      'n',
      true,
    ]);
    r.setValue(5);
    r.clear();
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ffffff']);
    r.clear({ commentsOnly: true, validationsOnly: true });
    expect([r.getNote(), r.getDataValidation()]).toEqual(['', null]);
  });

  it('keeps a date format once set, so a number written later reads back as a Date', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(new Date('2024-06-01T00:00:00+02:00'));
    r.clearContent();
    r.setValue(45000);
    expect(r.getValue()).toBeInstanceOf(Date);
    r.setNumberFormat('0');
    expect(r.getValue()).toBe(45000);
  });

  it('parses and shows numbers and dates per locale', () => {
    const { sheet } = setup('en_US');
    sheet.getRange('A1:C1').setValues([['1,234.5', '3/1/2024', '1,5']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1234.5, new Date('2024-03-01T00:00:00+01:00'), '1,5']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['1,234.50', '3/1/2024']]);
    sheet.getRange('D1').setValue(1 / 3);
    expect(sheet.getRange('D1').getDisplayValue()).toBe('0.3333333333');
  });
});

describe('sheet layout', () => {
  it('keeps frozen rows, column widths, hidden state, tab colour and ids', () => {
    const { rt, sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.setColumnWidth(2, 240);
    sheet.getRange('A1:A2').setValues([['kort'], ['en betydligt längre text']]);
    sheet.autoResizeColumns(1, 1);
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([2, 240, 100]);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
    const other = rt.SpreadsheetApp.getActive().insertSheet('Dold');
    other.hideSheet();
    expect(other.isSheetHidden()).toBe(true);
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    expect(other.getSheetId()).not.toBe(sheet.getSheetId());
    sheet.activate();
    expect(rt.SpreadsheetApp.getActiveSheet().getName()).toBe('Blad1');
    const ss = rt.SpreadsheetApp.getActive();
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });

  it('reports the data range and last row/column from content only', () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([0, 0, 'A1']);
    sheet.getRange('C5').setNote('bara en anteckning');
    sheet.getRange('B3').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([3, 2, 'A1:B3']);
  });
});

describe('charts and conditional formats', () => {
  it('builds, inserts, modifies and removes embedded charts kept as specs', () => {
    const { rt, sheet } = setup();
    const generic = sheet.newChart();
    expect('setTitle' in generic).toBe(false);
    const chart = generic
      .asLineChart()
      .addRange(sheet.getRange('A1:B5'))
      .setTitle('Medlemmar')
      .setXAxisTitle('Kvartal')
      .setPosition(2, 4, 10, 0)
      .setOption('legend', { position: 'bottom' })
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted?.getChartId()).toBeTypeOf('number');
    expect(inserted?.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B5']);
    expect(inserted?.getOptions().get('legend')).toEqual({ position: 'bottom' });
    expect(inserted?.getContainerInfo().getAnchorColumn()).toBe(4);
    if (!inserted) throw new Error('chart expected');
    sheet.updateChart(inserted.modify().setChartType(rt.Charts.ChartType.COLUMN).build());
    expect(rt.workbook.sheets[0]?.charts.map((c) => c.chartType)).toEqual(['COLUMN']);
    sheet.removeChart(inserted);
    expect(sheet.getCharts()).toEqual([]);
  });

  it('stores conditional format rules and moves their ranges with inserted rows', () => {
    const { app, sheet } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenTextEqualTo('Efter')
      .setBackground('#f4cccc')
      .setBold(true)
      .setRanges([sheet.getRange('C2:C10')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertRowsBefore(1, 1);
    const [stored] = sheet.getConditionalFormatRules();
    expect(stored?.getRanges().map((r) => r.getA1Notation())).toEqual(['C3:C11']);
    const condition = stored?.getBooleanCondition();
    expect([
      condition?.getCriteriaType(),
      condition?.getCriteriaValues(),
      condition?.getBackground(),
      condition?.getBold(),
    ]).toEqual([app.BooleanCriteria.TEXT_EQUAL_TO, ['Efter'], '#f4cccc', true]);
  });

  it("shows the first matching rule's colours on screen while getBackground keeps the cell's own", () => {
    const { rt, app, sheet } = setup();
    const status = sheet.getRange('A1:A6');
    status.setValues([['Klar'], ['efter'], ['Ej uppnått'], [''], ['Pågår'], ['Borttagen ur planen']]);
    sheet.getRange('A5').setBackground('#ffff00');
    const rule = (build: (b: ReturnType<typeof app.newConditionalFormatRule>) => typeof b, colour: string) =>
      build(app.newConditionalFormatRule()).setBackground(colour).setRanges([status]).build();
    sheet.setConditionalFormatRules([
      rule((b) => b.whenTextEqualTo('Klar'), '#d9ead3'),
      rule((b) => b.whenTextEqualTo('Efter'), '#fff2cc'),
      rule((b) => b.whenTextStartsWith('ej '), '#f4cccc'),
      // Also true for Ej uppnått, but the rule above comes first.
      rule((b) => b.whenTextEndsWith('nått'), '#000000'),
      rule((b) => b.whenCellEmpty(), '#efefef'),
      rule((b) => b.whenTextContains('ur planen'), '#cccccc'),
    ]);
    const shown = (a1: string) => rt.cell(a1).shown.background;
    expect(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7'].map(shown)).toEqual([
      '#d9ead3',
      '#fff2cc',
      '#f4cccc',
      '#efefef',
      '#ffff00',
      '#cccccc',
      '#ffffff',
    ]);
    expect([sheet.getRange('A1').getBackground(), sheet.getRange('A5').getBackground()]).toEqual([
      '#ffffff',
      '#ffff00',
    ]);
    expect(rt.cell('A1').background).toBe('#ffffff');
    rt.userEdit('A4', 'Klar');
    expect(shown('A4')).toBe('#d9ead3');
    sheet.insertRowsBefore(1, 1);
    expect(shown('A2')).toBe('#d9ead3');
  });

  it('applies number and custom-formula rules, with the font colour and styles they set', () => {
    const { rt, app, sheet } = setup();
    sheet.getRange('B2:C5').setValues([
      [5, 'ja'],
      [50, 'nej'],
      [101, 'ja'],
      ['text', 'nej'],
    ]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(100)
        .setFontColor('#cc0000')
        .setBold(true)
        .setRanges([sheet.getRange('B2:B5')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenNumberBetween(10, 100)
        .setItalic(true)
        .setRanges([sheet.getRange('B2:B5')])
        .build(),
      // Relative to B2, the top-left of its range: each row looks at its own C cell.
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=C2="ja"')
        .setBackground('#d9ead3')
        .setStrikethrough(true)
        .setRanges([sheet.getRange('B2:B5')])
        .build(),
    ]);
    const look = (a1: string) => {
      const { background, fontColor, bold, italic, strikethrough } = rt.cell(a1).shown;
      return [background, fontColor, bold, italic, strikethrough];
    };
    expect(['B2', 'B3', 'B4', 'B5'].map(look)).toEqual([
      ['#d9ead3', '#000000', false, false, true],
      ['#ffffff', '#000000', false, true, false],
      ['#ffffff', '#cc0000', true, false, false],
      ['#ffffff', '#000000', false, false, false],
    ]);
    expect(sheet.getRange('B4').getFontColor()).toBe('#000000');
  });
});
