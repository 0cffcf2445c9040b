// Saving the workbook after the add-on wrote: requests that arrive together share one journal commit (a record
// appended and fsynced), and each hears back only after the commit that holds what it wrote or saw. When a commit
// fails (the disk is full), the server refuses work until a commit succeeds, so nothing unsaved is ever acknowledged.
import type { Runtime } from '../local/index.ts';

/** What makes the workbook's changes durable (a WorkbookJournal); throws when it cannot. */
export interface Committer {
  commit(): void;
}

/** Calls that change what the workbook file holds; anything else (reads, builders, outputs) leaves it as it was. */
const WORKBOOK_WRITE =
  /^(Spreadsheet|Sheet|Range|RangeList|NamedRange|Protection|EmbeddedChart|Properties)\.(?!get|has|is|can|find|create|new|copy$)/;

export function workbookWrites(runtime: Runtime): number {
  let writes = 0;
  for (const [call, count] of Object.entries(runtime.counters.snapshot()))
    if (WORKBOOK_WRITE.test(call)) writes += count;
  return writes;
}

/** The workbook could not be saved: the request's work is not durable (or was not run) and must be tried again. */
export class SaveFailed extends Error {
  override name = 'SaveFailed';

  constructor(readonly reason: unknown) {
    super(`Arbetsboken kunde inte sparas: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

export class GroupSave {
  private next: Promise<void> | null = null;
  /** Changes in memory that no commit has made durable yet: a request wrote, or the last commit failed. */
  private unsaved = false;
  private failing = false;

  constructor(
    private readonly runtime: Runtime,
    private readonly journal: Committer,
    /** Where the server tells its operator that saving stopped and started again. */
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** Resolves when a commit started after this call has finished; rejects with SaveFailed when it failed. */
  saved(): Promise<void> {
    this.next ??= new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        this.next = null;
        try {
          this.journal.commit();
        } catch (error) {
          if (!this.failing)
            this.log(`${new SaveFailed(error).message}. Webbappen svarar upptaget tills det går igen.`);
          this.failing = true;
          reject(new SaveFailed(error));
          return;
        }
        this.unsaved = false;
        if (this.failing) this.log('Arbetsboken sparas igen.');
        this.failing = false;
        resolve();
      });
    });
    return this.next;
  }

  /**
   * Runs script work and answers only once everything it wrote, and everything it saw that another request wrote,
   * is durable. While the last commit failed, the pending changes are committed first and the work does not run
   * unless that succeeds: an action kept only in memory is never reported back as already logged.
   */
  async after<T>(work: () => T, wrote?: () => void): Promise<T> {
    if (this.unsaved && this.next === null) await this.saved();
    const before = workbookWrites(this.runtime);
    let value: T;
    try {
      value = work();
    } finally {
      if (workbookWrites(this.runtime) !== before) {
        this.unsaved = true;
        wrote?.();
      }
    }
    if (this.unsaved) await this.saved();
    return value;
  }
}
