// Data validation: script writes are never stopped by a rule; a person's typing is, as Sheets does.

import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../apps-script/local/index.ts';

function setup() {
  const rt = createRuntime({ activeUser: 'agare@example.org', editors: ['agare@example.org', 'kassor@example.org'] });
  const sheet = rt.SpreadsheetApp.getActiveSheet();
  return { rt, sheet, app: rt.SpreadsheetApp };
}

describe('data validation', () => {
  it('builds rules that report their criteria, with allowInvalid true by default', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['Ja', 'Nej']).setHelpText('Välj Ja eller Nej').build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['Ja', 'Nej'], true]);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBe('Välj Ja eller Nej');
    sheet.getRange('A1:A3').setDataValidation(rule);
    expect(sheet.getRange('A2').getDataValidation()?.getCriteriaValues()).toEqual([['Ja', 'Nej'], true]);
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
    const copy = rule.copy().setAllowInvalid(false).build();
    expect([copy.getAllowInvalid(), rule.getAllowInvalid()]).toEqual([false, true]);
  });

  it('does not stop script writes, but the cell then shows as invalid', () => {
    const { rt, app, sheet } = setup();
    sheet
      .getRange('A1')
      .setDataValidation(app.newDataValidation().requireNumberBetween(1, 10).setAllowInvalid(false).build());
    sheet.getRange('A1').setValue(99);
    expect(sheet.getRange('A1').getValue()).toBe(99);
    expect(rt.cell('A1').invalid).toBe(true);
  });

  it('rejects a typed value breaking a strict rule, showing the help text and keeping the old value', () => {
    const { rt, app, sheet } = setup();
    sheet.getRange('A1').setValue(5);
    sheet
      .getRange('A1')
      .setDataValidation(
        app.newDataValidation().requireNumberBetween(1, 10).setAllowInvalid(false).setHelpText('Ange 1–10').build(),
      );
    expect(rt.userEdit('A1', '11')).toEqual({ status: 'rejected', message: 'Ange 1–10' });
    expect(sheet.getRange('A1').getValue()).toBe(5);
    expect(rt.ui.shown('editRejected')).toEqual([{ kind: 'editRejected', cell: 'Blad1!A1', message: 'Ange 1–10' }]);
    expect(rt.userEdit('A1', '7')).toEqual({ status: 'accepted' });
    expect(sheet.getRange('A1').getValue()).toBe(7);
  });

  it('accepts a typed value breaking a warning rule and marks the cell invalid', () => {
    const { rt, app, sheet } = setup();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireValueInList(['Ja', 'Nej']).build());
    const result = rt.userEdit('A1', 'Kanske');
    expect(result.status).toBe('warned');
    expect(result.message).toContain('violates the data validation rules');
    expect(sheet.getRange('A1').getValue()).toBe('Kanske');
    expect(rt.cell('A1').invalid).toBe(true);
    expect(rt.userEdit('A1', '').status).toBe('accepted');
  });

  it('checks list, range, date, e-mail, URL, checkbox and custom-formula rules the way typed text is parsed', () => {
    const { rt, app, sheet } = setup();
    const strict = () => app.newDataValidation().setAllowInvalid(false);
    sheet.getRange('Z1:Z2').setValues([['Stockholm'], ['Uppsala']]);
    sheet.getRange('A1').setDataValidation(strict().requireValueInRange(sheet.getRange('Z1:Z2')).build());
    sheet.getRange('A2').setDataValidation(strict().requireDateOnOrBefore(new Date('2024-12-31T12:00:00Z')).build());
    sheet.getRange('A3').setDataValidation(strict().requireTextIsEmail().build());
    sheet.getRange('A4').setDataValidation(strict().requireTextIsUrl().build());
    sheet.getRange('A5').setDataValidation(strict().requireCheckbox().build());
    sheet.getRange('B1:B3').setDataValidation(strict().requireFormulaSatisfied('=B1>C1').build());
    sheet.getRange('C1:C3').setValues([[1], [5], [9]]);
    const typed = (a1: string, text: string) => rt.userEdit(a1, text).status;
    expect([typed('A1', 'Uppsala'), typed('A1', 'Malmö')]).toEqual(['accepted', 'rejected']);
    expect([typed('A2', '2024-12-31'), typed('A2', '2025-01-01'), typed('A2', 'igår')]).toEqual([
      'accepted',
      'rejected',
      'rejected',
    ]);
    expect([typed('A3', 'anna@example.org'), typed('A3', 'anna')]).toEqual(['accepted', 'rejected']);
    expect([typed('A4', 'https://example.org/x'), typed('A4', 'inte en länk')]).toEqual(['accepted', 'rejected']);
    expect([typed('A5', 'true'), typed('A5', 'ja')]).toEqual(['accepted', 'rejected']);
    // The formula is written for B1; in B3 it reads =B3>C3.
    expect([typed('B3', '10'), typed('B3', '8'), typed('B2', '6')]).toEqual(['accepted', 'rejected', 'accepted']);
  });

  it('inserts checkboxes as FALSE and checks them', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1:A2').insertCheckboxes();
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[false], [false]]);
    expect(sheet.getRange('A1').getDataValidation()?.getCriteriaType()).toBe(app.DataValidationCriteria.CHECKBOX);
    sheet.getRange('A2').check();
    expect(sheet.getRange('A1:A2').isChecked()).toBeNull();
    expect(sheet.getRange('A2').isChecked()).toBe(true);
  });
});
