// SpreadsheetApp: the entry point to the one spreadsheet this runtime holds, its UI and the rule builders.

import { ConditionalFormatRuleBuilder } from '../conditional-format.ts';
import { ServiceObject } from '../context.ts';
import { countCalls } from '../counters.ts';
import { MESSAGES, ScriptException } from '../errors.ts';
import { enumOf, type Google } from '../google.ts';
import { BOOLEAN_CRITERIA, DATA_VALIDATION_CRITERIA, PROTECTION_TYPES } from '../model.ts';
import { Ui } from '../ui.ts';
import { DataValidationBuilder } from '../validation.ts';
import type { Range } from './range.ts';
import { Sheet } from './sheet.ts';
import { Spreadsheet } from './spreadsheet.ts';

export const DataValidationCriteria = enumOf(DATA_VALIDATION_CRITERIA);
export const BooleanCriteria = enumOf(BOOLEAN_CRITERIA);
export const ProtectionType = enumOf(PROTECTION_TYPES);

export class SpreadsheetApp extends ServiceObject implements Google<SpreadsheetApp> {
  static gasName = 'SpreadsheetApp';
  declare readonly _google: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly ProtectionType = ProtectionType;

  getActive(): Spreadsheet {
    return new Spreadsheet(this.ctx);
  }

  getActiveSpreadsheet(): Spreadsheet {
    return new Spreadsheet(this.ctx);
  }

  getActiveSheet(): Sheet {
    return new Sheet(this.ctx, this.ctx.workbook.activeSheet());
  }

  getActiveRange(): Range {
    return new Spreadsheet(this.ctx)._activeRange();
  }

  /** Opens the one spreadsheet this runtime holds; any other id is unknown here. */
  openById(id: string): Spreadsheet {
    if (id !== this.ctx.workbook.id)
      throw new ScriptException(
        `Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
      );
    return new Spreadsheet(this.ctx);
  }

  openByUrl(url: string): Spreadsheet {
    if (!url.includes(this.ctx.workbook.id))
      throw new ScriptException(
        `Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.`,
      );
    return new Spreadsheet(this.ctx);
  }

  getUi(): Ui {
    if (this.ctx.execution.kind !== 'ui') throw new ScriptException(MESSAGES.noUi);
    return new Ui(this.ctx);
  }

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx);
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx);
  }

  /** Writes are applied immediately here, so there is nothing pending to flush. */
  flush(): void {}
}

countCalls(SpreadsheetApp);
