// The runtime as a library: it imports only itself, shared/zod.ts and Node; a person typing (userEdit) fires onEdit.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRuntime, loadBundle } from '../../../apps-script/local/index.ts';

const CODE = `
function onEdit(e) {
  var log = SpreadsheetApp.getActive().getSheetByName('Logg') || SpreadsheetApp.getActive().insertSheet('Logg');
  log.appendRow([e.range.getA1Notation(), e.value === undefined ? '(inget)' : e.value, e.oldValue === undefined ? '(inget)' : e.oldValue, e.user.getEmail()]);
  if (e.value === 'boom') throw new Error('onEdit failed');
}
`;

function setup() {
  const rt = createRuntime();
  const handle = loadBundle(rt, CODE);
  return { rt, handle };
}

describe('userEdit and onEdit', () => {
  it('fires onEdit with a real event object after a person types', () => {
    const { rt } = setup();
    rt.SpreadsheetApp.getActiveSheet().getRange('B2').setValue(3);
    expect(rt.userEdit('Blad1!B2', '4')).toEqual({ status: 'accepted' });
    rt.userEdit('Blad1!C1', 'ja');
    const log = rt.SpreadsheetApp.getActive().getSheetByName('Logg');
    // e.value/e.oldValue are text; appendRow then stores '4' as the number 4, as Sheets does.
    expect(log?.getDataRange().getValues()).toEqual([
      ['B2', 4, 3, 'anvandare@example.org'],
      ['C1', 'ja', '(inget)', 'anvandare@example.org'],
    ]);
  });

  it('reports an error thrown by onEdit without undoing the edit', () => {
    const { rt } = setup();
    const result = rt.userEdit('Blad1!A1', 'boom');
    expect(result.triggerError).toBe('Error: onEdit failed');
    expect(rt.SpreadsheetApp.getActive().getRange('Blad1!A1').getValue()).toBe('boom');
  });
});

describe('the library', () => {
  it('imports nothing outside apps-script/local but shared/zod.ts and Node built-ins', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../apps-script/local');
    const outside: string[] = [];
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(root, file), 'utf8');
      for (const [, spec = ''] of source.matchAll(/^(?:import|export)\s[^']*?from '([^']+)'/gm)) {
        if (spec.startsWith('node:')) continue;
        const target = relative(root, resolve(root, dirname(file), spec));
        if (spec.startsWith('.') && (!target.startsWith('..') || target === join('..', '..', 'shared', 'zod.ts')))
          continue;
        outside.push(`${file} imports ${spec}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
