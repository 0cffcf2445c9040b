// Protections: the owner edits anything, other editors are stopped, warning-only ones ask, holes stay editable.

import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../apps-script/local/index.ts';

function setup() {
  const rt = createRuntime({ activeUser: 'agare@example.org', editors: ['agare@example.org', 'kassor@example.org'] });
  const sheet = rt.SpreadsheetApp.getActiveSheet();
  return { rt, sheet, app: rt.SpreadsheetApp };
}

describe('protections', () => {
  it('lets the owner edit anything but stops other editors in a protected range', () => {
    const { rt, sheet } = setup();
    const p = sheet.getRange('A1:B2').protect().setDescription('Mål');
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['agare@example.org']);
    expect(rt.userEdit('A1', 'ägaren får')).toEqual({ status: 'accepted' });
    rt.setActiveUser('kassor@example.org');
    const refused = rt.userEdit('B2', 'nej');
    expect(refused.status).toBe('rejected');
    expect(refused.message).toBe(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    expect(() => sheet.getRange('B2').setValue('script som kassören')).toThrow(
      'You are trying to edit a protected cell',
    );
    expect(rt.userEdit('C3', 'utanför')).toEqual({ status: 'accepted' });
    p.addEditor('kassor@example.org');
    expect(rt.userEdit('B2', 'nu går det').status).toBe('accepted');
  });

  it('warns before edits in a warning-only protection and lets the person cancel', () => {
    const { rt, sheet } = setup();
    sheet.protect().setWarningOnly(true);
    rt.ui.respond({ button: 'CANCEL' });
    expect(rt.userEdit('A1', 'x').status).toBe('rejected');
    expect(rt.userEdit('A1', 'y').status).toBe('accepted');
    expect(rt.ui.shown('protectionWarning').map((e) => e.response)).toEqual(['CANCEL', 'OK']);
    expect(sheet.getProtections(rt.SpreadsheetApp.ProtectionType.SHEET)[0]?.isWarningOnly()).toBe(true);
  });

  it('leaves unprotected ranges of a protected sheet editable', () => {
    const { rt, sheet } = setup();
    const p = sheet.protect();
    p.removeEditors(['kassor@example.org']);
    p.setUnprotectedRanges([sheet.getRange('D:D')]);
    rt.setActiveUser('kassor@example.org');
    expect(rt.userEdit('D5', '1').status).toBe('accepted');
    expect(rt.userEdit('E5', '1').status).toBe('rejected');
  });
});
