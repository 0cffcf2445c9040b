// Counts every service call as `Class.method`, and the cells those calls read and write, so benchmarks can report
// what an operation costs in Apps Script calls and in spreadsheet cells; and runs Google's checks on each call a script
// makes.

export interface CallCounters {
  /** Calls per `Class.method` since the last reset. */
  snapshot(): Record<string, number>;
  total(): number;
  /** Cells whose contents or formats calls handed to the script (read) or changed (written) since the last reset. */
  cells(): { read: number; written: number };
  reset(): void;
}

/** What one call does to cells: how many it reads and how many it writes. */
export interface CellTraffic {
  read?: number;
  written?: number;
}

export class CallCounter implements CallCounters {
  private counts = new Map<string, number>();
  private cellsRead = 0;
  private cellsWritten = 0;
  /** Nesting depth: a service method that uses another internally counts once, as Apps Script bills one call. */
  private depth = 0;
  /**
   * Google's checks on a call the script makes (not a service's calls inside itself): authorisation and run time. It
   * throws to refuse the call, which then is not counted.
   */
  beforeCall: ((key: string) => void) | null = null;

  /** Enters a call; true when it is the script's own call (not one a service method makes internally). */
  enter(key: string): boolean {
    const outermost = this.depth === 0;
    if (outermost) {
      this.beforeCall?.(key);
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
    this.depth++;
    return outermost;
  }

  exit(): void {
    this.depth--;
  }

  addCells(traffic: CellTraffic): void {
    this.cellsRead += traffic.read ?? 0;
    this.cellsWritten += traffic.written ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  cells(): { read: number; written: number } {
    return { read: this.cellsRead, written: this.cellsWritten };
  }

  reset(): void {
    this.counts.clear();
    this.cellsRead = 0;
    this.cellsWritten = 0;
  }
}

/** Anything whose public methods are counted carries the runtime's counter. */
export interface Counted {
  readonly counter: CallCounter;
}

/** How many cells a call of a class's method reads or writes; undefined for a call that touches none. */
type CellTrafficOf<T> = (self: T, method: string, args: unknown[]) => CellTraffic | undefined;

/**
 * Wraps every public prototype method of a service class so calls are counted under `className.method`.
 * Methods starting with `_` are internal and not counted. `cellTraffic` says, for classes that hold cells, how many
 * cells a call reads or writes (worked out before the call runs and counted when it returns).
 */
export function countCalls(cls: { prototype: object; gasName: string }): void;
export function countCalls<T extends object>(
  cls: { prototype: T; gasName: string },
  cellTraffic: CellTrafficOf<T>,
): void;
export function countCalls<T extends object>(
  cls: { prototype: T; gasName: string },
  cellTraffic?: CellTrafficOf<T>,
): void {
  countMethodsOf(cls, cls.prototype, cellTraffic);
}

/**
 * Counts the public methods a class inherits from `base` (an internal base several Google classes share, such as the
 * block container of Body and TableCell) under the class's own name: `Body.appendParagraph`, `TableCell.appendParagraph`.
 */
export function countInheritedCalls(cls: { prototype: object; gasName: string }, base: { prototype: object }): void {
  countMethodsOf(cls, base.prototype);
}

function countMethodsOf<T extends object>(
  cls: { prototype: T; gasName: string },
  source: object,
  cellTraffic?: CellTrafficOf<T>,
): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(source)) {
    if (name === 'constructor' || name.startsWith('_')) continue;
    if (source !== proto && Object.hasOwn(proto, name)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(source, name);
    const method = descriptor?.value;
    if (typeof method !== 'function') continue;
    const key = `${cls.gasName}.${name}`;
    proto[name] = function counted(this: Counted & T, ...args: unknown[]) {
      const outermost = this.counter.enter(key);
      try {
        const traffic = outermost ? cellTraffic?.(this, name, args) : undefined;
        const result = method.apply(this, args);
        if (traffic) this.counter.addCells(traffic);
        return result;
      } finally {
        this.counter.exit();
      }
    };
  }
}
