// Counts every service call as `Class.method`, so benchmarks can report how many Apps Script calls an operation costs,
// and runs Google's checks on each call a script makes.

export interface CallCounters {
  /** Calls per `Class.method` since the last reset. */
  snapshot(): Record<string, number>;
  total(): number;
  reset(): void;
}

export class CallCounter implements CallCounters {
  private counts = new Map<string, number>();
  /** Nesting depth: a service method that uses another internally counts once, as Apps Script bills one call. */
  private depth = 0;
  /**
   * Google's checks on a call the script makes (not a service's calls inside itself): authorisation and run time. It
   * throws to refuse the call, which then is not counted.
   */
  beforeCall: ((key: string) => void) | null = null;

  enter(key: string): void {
    if (this.depth === 0) {
      this.beforeCall?.(key);
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
    this.depth++;
  }

  exit(): void {
    this.depth--;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
  }
}

/** Anything whose public methods are counted carries the runtime's counter. */
export interface Counted {
  readonly counter: CallCounter;
}

/**
 * Wraps every public prototype method of a service class so calls are counted under `className.method`.
 * Methods starting with `_` are internal and not counted.
 */
export function countCalls(cls: { prototype: object; gasName: string }): void {
  countMethodsOf(cls, cls.prototype);
}

/**
 * Counts the public methods a class inherits from `base` (an internal base several Google classes share, such as the
 * block container of Body and TableCell) under the class's own name: `Body.appendParagraph`, `TableCell.appendParagraph`.
 */
export function countInheritedCalls(cls: { prototype: object; gasName: string }, base: { prototype: object }): void {
  countMethodsOf(cls, base.prototype);
}

function countMethodsOf(cls: { prototype: object; gasName: string }, source: object): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(source)) {
    if (name === 'constructor' || name.startsWith('_')) continue;
    if (source !== proto && Object.hasOwn(proto, name)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(source, name);
    const method = descriptor?.value;
    if (typeof method !== 'function') continue;
    const key = `${cls.gasName}.${name}`;
    proto[name] = function counted(this: Counted, ...args: unknown[]) {
      this.counter.enter(key);
      try {
        return method.apply(this, args);
      } finally {
        this.counter.exit();
      }
    };
  }
}
