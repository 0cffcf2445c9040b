// NamedRange: a name for a range of the spreadsheet, kept in the workbook and looked up by name on every call.

import { type Context, rangesAt, ServiceObject } from '../context.ts';
import { countCalls } from '../counters.ts';
import { MESSAGES, ScriptException } from '../errors.ts';
import type { Google } from '../google.ts';
import type { Range } from './range.ts';

export class NamedRange extends ServiceObject implements Google<NamedRange> {
  static gasName = 'NamedRange';
  declare readonly _google: GoogleAppsScript.Spreadsheet.NamedRange;

  constructor(
    ctx: Context,
    private name: string,
  ) {
    super(ctx);
  }

  private spec() {
    const spec = this.ctx.workbook.namedRanges.find((n) => n.name === this.name);
    if (!spec) throw new ScriptException(MESSAGES.rangeNotFound);
    return spec;
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): NamedRange {
    this.spec().name = name;
    this.name = name;
    return this;
  }

  getRange(): Range {
    const [range] = rangesAt(this.ctx, [this.spec().range]);
    if (!range) throw new ScriptException(MESSAGES.rangeNotFound);
    return range;
  }

  setRange(range: Range): NamedRange {
    this.spec().range = range._ref();
    return this;
  }

  remove(): void {
    this.ctx.workbook.namedRanges = this.ctx.workbook.namedRanges.filter((n) => n.name !== this.name);
  }
}

countCalls(NamedRange);
