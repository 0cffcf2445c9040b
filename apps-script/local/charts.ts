// Embedded charts kept as specs (type, ranges, position, options): built with Sheet.newChart(), stored on the sheet.

import { type Context, rangesAt, ServiceObject } from './context.ts';
import { countCalls } from './counters.ts';
import { enumOf, type Google } from './google.ts';
import { CHART_TYPES, type ChartSpec, type ChartType } from './model.ts';
import type { Range } from './spreadsheet/range.ts';

type Json = ChartSpec['options'][string];

export const Charts = Object.freeze({
  ChartType: enumOf(CHART_TYPES),
  Position: enumOf(['BOTTOM', 'NONE', 'RIGHT', 'TOP']),
});

function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value ?? null)) as Json;
}

export class EmbeddedChartBuilder extends ServiceObject implements Google<EmbeddedChartBuilder> {
  static gasName = 'EmbeddedChartBuilder';
  declare readonly _google: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  protected spec: ChartSpec;

  constructor(ctx: Context, spec?: ChartSpec) {
    super(ctx);
    this.spec = spec ?? {
      id: 0,
      chartType: 'COLUMN',
      ranges: [],
      anchor: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      options: {},
    };
  }

  private typed<T extends EmbeddedChartBuilder>(type: ChartType, cls: new (ctx: Context, spec: ChartSpec) => T): T {
    this.spec.chartType = type;
    return new cls(this.ctx, this.spec);
  }

  asBarChart(): EmbeddedBarChartBuilder {
    return this.typed('BAR', EmbeddedBarChartBuilder);
  }

  asColumnChart(): EmbeddedColumnChartBuilder {
    return this.typed('COLUMN', EmbeddedColumnChartBuilder);
  }

  asLineChart(): EmbeddedLineChartBuilder {
    return this.typed('LINE', EmbeddedLineChartBuilder);
  }

  addRange(range: Range): this {
    this.spec.ranges.push(range._ref());
    return this;
  }

  removeRange(range: Range): this {
    const ref = range._ref();
    this.spec.ranges = this.spec.ranges.filter((r) => JSON.stringify(r) !== JSON.stringify(ref));
    return this;
  }

  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }

  getRanges(): Range[] {
    return rangesAt(this.ctx, this.spec.ranges);
  }

  setChartType(type: ChartType): this {
    this.spec.chartType = type;
    return this;
  }

  getChartType(): ChartType {
    return this.spec.chartType;
  }

  setOption(option: string, value: unknown): this {
    this.spec.options[option] = toJson(value);
    return this;
  }

  /** Anchors the chart's top-left corner at a cell, offset in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.spec.anchor = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  setNumHeaders(headers: number): this {
    this.spec.options.numHeaders = headers;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): this {
    this.spec.options.transposeRowsAndColumns = transpose;
    return this;
  }

  build(): EmbeddedChart {
    return new EmbeddedChart(this.ctx, structuredClone(this.spec));
  }
}

/** Setters the typed builders (after asBarChart() etc.) add, stored under Google Charts option names. */
abstract class TypedChartBuilder extends EmbeddedChartBuilder {
  setTitle(chartTitle: string): this {
    return this.setOption('title', chartTitle);
  }

  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }

  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }

  setLegendPosition(position: keyof typeof Charts.Position): this {
    return this.setOption('legend.position', String(position).toLowerCase());
  }

  setColors(cssValues: string[]): this {
    return this.setOption('colors', cssValues);
  }

  setRange(start: number, end: number): this {
    this.setOption('vAxis.viewWindow.min', start);
    return this.setOption('vAxis.viewWindow.max', end);
  }
}

/** Bar and column charts can also stack their series; line charts cannot (Google's types agree). */
abstract class StackableChartBuilder extends TypedChartBuilder {
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
}

class EmbeddedBarChartBuilder extends StackableChartBuilder implements Google<EmbeddedBarChartBuilder> {
  static override gasName = 'EmbeddedBarChartBuilder';
  declare readonly _google: GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder;
}

class EmbeddedColumnChartBuilder extends StackableChartBuilder implements Google<EmbeddedColumnChartBuilder> {
  static override gasName = 'EmbeddedColumnChartBuilder';
  declare readonly _google: GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;
}

class EmbeddedLineChartBuilder extends TypedChartBuilder implements Google<EmbeddedLineChartBuilder> {
  static override gasName = 'EmbeddedLineChartBuilder';
  declare readonly _google: GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder;
}

class ChartOptions extends ServiceObject implements Google<ChartOptions> {
  static gasName = 'ChartOptions';
  declare readonly _google: GoogleAppsScript.Charts.ChartOptions;

  constructor(
    ctx: Context,
    private readonly options: ChartSpec['options'],
  ) {
    super(ctx);
  }

  get(option: string): unknown {
    return structuredClone(this.options[option] ?? null);
  }
}

class ContainerInfo extends ServiceObject implements Google<ContainerInfo> {
  static gasName = 'ContainerInfo';
  declare readonly _google: GoogleAppsScript.Spreadsheet.ContainerInfo;

  constructor(
    ctx: Context,
    private readonly anchor: ChartSpec['anchor'],
  ) {
    super(ctx);
  }

  getAnchorRow(): number {
    return this.anchor.row;
  }

  getAnchorColumn(): number {
    return this.anchor.column;
  }

  getOffsetX(): number {
    return this.anchor.offsetX;
  }

  getOffsetY(): number {
    return this.anchor.offsetY;
  }
}

export class EmbeddedChart extends ServiceObject implements Google<EmbeddedChart> {
  static gasName = 'EmbeddedChart';
  declare readonly _google: GoogleAppsScript.Spreadsheet.EmbeddedChart;

  constructor(
    ctx: Context,
    readonly _spec: ChartSpec,
  ) {
    super(ctx);
  }

  /** null until the chart is inserted into a sheet. */
  getChartId(): number | null {
    return this._spec.id === 0 ? null : this._spec.id;
  }

  getRanges(): Range[] {
    return rangesAt(this.ctx, this._spec.ranges);
  }

  getOptions(): ChartOptions {
    return new ChartOptions(this.ctx, this._spec.options);
  }

  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this.ctx, this._spec.anchor);
  }

  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.ctx, structuredClone(this._spec));
  }
}

for (const cls of [
  EmbeddedChartBuilder,
  TypedChartBuilder as unknown as typeof EmbeddedChartBuilder,
  StackableChartBuilder as unknown as typeof EmbeddedChartBuilder,
  EmbeddedBarChartBuilder,
  EmbeddedColumnChartBuilder,
  EmbeddedLineChartBuilder,
  ChartOptions,
  ContainerInfo,
  EmbeddedChart,
]) {
  countCalls(cls);
}
