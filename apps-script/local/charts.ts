// Embedded charts kept as specs (type, ranges, position, options): built with Sheet.newChart(), stored on the sheet.

import { type Context, ServiceObject } from './context.ts';
import { countCalls } from './counters.ts';
import { CHART_TYPES, type ChartSpec, type ChartType } from './model.ts';
import type { Range } from './spreadsheet/range.ts';

type Json = ChartSpec['options'][string];

export const Charts = Object.freeze({
  ChartType: Object.freeze(Object.fromEntries(CHART_TYPES.map((t) => [t, t])) as Record<ChartType, ChartType>),
  Position: Object.freeze({ BOTTOM: 'BOTTOM', LEFT: 'LEFT', NONE: 'NONE', RIGHT: 'RIGHT', TOP: 'TOP', IN: 'IN' }),
});

function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value ?? null)) as Json;
}

function rangesOf(ctx: Context, spec: ChartSpec): Range[] {
  return spec.ranges.flatMap((ref) => {
    const sheet = ctx.workbook.sheetById(ref.sheetId);
    return sheet ? [new ctx.classes.Range(ctx, sheet, ref.row, ref.column, ref.numRows, ref.numColumns)] : [];
  });
}

export class EmbeddedChartBuilder extends ServiceObject {
  static gasName = 'EmbeddedChartBuilder';
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
    return rangesOf(this.ctx, this.spec);
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

  setLegendPosition(position: string): this {
    return this.setOption('legend.position', String(position).toLowerCase());
  }

  setColors(cssValues: string[]): this {
    return this.setOption('colors', cssValues);
  }

  setStacked(): this {
    return this.setOption('isStacked', true);
  }

  setRange(start: number, end: number): this {
    this.setOption('vAxis.viewWindow.min', start);
    return this.setOption('vAxis.viewWindow.max', end);
  }

  setDimensions(width: number, height: number): this {
    this.setOption('width', width);
    return this.setOption('height', height);
  }
}

class EmbeddedBarChartBuilder extends TypedChartBuilder {
  static override gasName = 'EmbeddedBarChartBuilder';
}

class EmbeddedColumnChartBuilder extends TypedChartBuilder {
  static override gasName = 'EmbeddedColumnChartBuilder';
}

class EmbeddedLineChartBuilder extends TypedChartBuilder {
  static override gasName = 'EmbeddedLineChartBuilder';
}

class ChartOptions extends ServiceObject {
  static gasName = 'ChartOptions';

  constructor(
    ctx: Context,
    private readonly options: ChartSpec['options'],
  ) {
    super(ctx);
  }

  get(option: string): unknown {
    return structuredClone(this.options[option] ?? null);
  }

  getOrDefault(option: string): unknown {
    return this.get(option);
  }
}

class ContainerInfo extends ServiceObject {
  static gasName = 'ContainerInfo';

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

export class EmbeddedChart extends ServiceObject {
  static gasName = 'EmbeddedChart';

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

  getId(): string {
    return `u${this._spec.id}`;
  }

  getRanges(): Range[] {
    return rangesOf(this.ctx, this._spec);
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
  EmbeddedBarChartBuilder,
  EmbeddedColumnChartBuilder,
  EmbeddedLineChartBuilder,
  ChartOptions,
  ContainerInfo,
  EmbeddedChart,
]) {
  countCalls(cls);
}
