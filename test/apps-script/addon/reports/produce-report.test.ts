// What reaches the board when a report fails: their own input (a bad date) as a Swedish problem to fix, a bug as the
// bug it is, for the execution log, never dressed up as the board's mistake.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { produceReport } from '../../../../apps-script/addon/reports/produce-report.ts';
import { createRuntime, type Runtime } from '../../../../apps-script/local/index.ts';
import { InputError } from '../../../../shared/model/input-error.ts';
import { SEED_TEXT } from '../../../support/add-on.ts';

let runtime: Runtime;
const installed: string[] = [];

beforeEach(async () => {
  runtime = createRuntime();
  // The add-on's source run against the runtime's services, as the bundle is in Apps Script.
  for (const [name, service] of Object.entries(runtime.globals)) {
    if (!(name in globalThis)) {
      (globalThis as Record<string, unknown>)[name] = service;
      installed.push(name);
    }
  }
  const { importPlan } = await import('../../../../apps-script/addon/commands/import-plan.ts');
  expect(importPlan({ text: SEED_TEXT }).ok).toBe(true);
});

afterEach(() => {
  for (const name of installed.splice(0)) delete (globalThis as Record<string, unknown>)[name];
});

describe('produceReport', () => {
  it("turns the person's own bad input into a UserError with the Swedish text", () => {
    const error = (() => {
      try {
        produceReport(() => {
          throw new InputError('Ogiltigt datum "igår": skriv datumet som ÅÅÅÅ-MM-DD.');
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toMatchObject({ name: 'UserError', message: 'Ogiltigt datum "igår": skriv datumet som ÅÅÅÅ-MM-DD.' });
  });

  it('lets a bug through as itself, with its stack', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'targets')");
    expect(() =>
      produceReport(() => {
        throw bug;
      }),
    ).toThrow(bug);
  });
});
