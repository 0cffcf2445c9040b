// Conditional format rules: stored on the sheet, moved with rows, and applied to what a cell shows.

import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../apps-script/local/index.ts';

function setup(locale = 'sv_SE') {
  const rt = createRuntime({ locale, timeZone: 'Europe/Stockholm' });
  return { rt, app: rt.SpreadsheetApp, sheet: rt.SpreadsheetApp.getActiveSheet() };
}

describe('conditional formats', () => {
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
