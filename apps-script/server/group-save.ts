// Saving the workbook file after the add-on wrote: requests that arrive together share one atomic save, and each hears
// back only after the save that holds its write.
import type { Runtime } from '../local/index.ts';

/** Calls that change what the workbook file holds; anything else (reads, builders, outputs) leaves it as it was. */
const WORKBOOK_WRITE =
  /^(Spreadsheet|Sheet|Range|RangeList|NamedRange|Protection|EmbeddedChart|Properties)\.(?!get|has|is|can|find|create|new|copy$)/;

export function workbookWrites(runtime: Runtime): number {
  let writes = 0;
  for (const [call, count] of Object.entries(runtime.counters.snapshot()))
    if (WORKBOOK_WRITE.test(call)) writes += count;
  return writes;
}

export class GroupSave {
  private next: Promise<void> | null = null;

  constructor(private readonly runtime: Runtime) {}

  /** Resolves when a save started after this call has finished. */
  saved(): Promise<void> {
    this.next ??= new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        this.next = null;
        try {
          this.runtime.save();
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    });
    return this.next;
  }

  /** Runs script work; if it wrote to the workbook, tells `wrote` and waits for the save that holds the write. */
  async after<T>(work: () => T, wrote?: () => void): Promise<T> {
    const before = workbookWrites(this.runtime);
    try {
      return work();
    } finally {
      if (workbookWrites(this.runtime) !== before) {
        wrote?.();
        await this.saved();
      }
    }
  }
}
