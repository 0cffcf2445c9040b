// The WebAppStore over the workbook: each method one batched read or write, so a request's service calls are fixed.
import { GOALS } from '../../../shared/sheets/columns.ts';
import { readGoalStandings } from '../../../shared/sheets/goal-standing.ts';
import type { WebAppStore } from '../../../shared/webapp/handle.ts';
import { appendActions, findLoggedIds, logSheet } from '../register/log-store.ts';
import { loadPlan } from '../register/plan-store.ts';
import { type Book, readRows } from '../register/sheet-io.ts';
import { readBranchSheet } from '../register/workbook-input.ts';
import { budgetStore } from './budget.ts';
import { readConnectionRows } from './connections.ts';
import { findMember } from './members.ts';

/** How long a log request waits for another writer before answering busy (the client retries later). */
export const LOCK_WAIT_MS = 5000;

export function sheetStore(book: Book, now: Date): WebAppStore {
  return {
    findMember: (token) => findMember(book, token, now),
    readPlan: () => loadPlan(book),
    readBranches: () => readBranchSheet(book).map((branch) => branch.name),
    readConnectionRows: () => readConnectionRows(book),
    ...budgetStore(),
    readGoalStandings: () => readGoalStandings(readRows(book, GOALS.name, GOALS.width, 2)),
    withLock(work) {
      const lock = LockService.getScriptLock();
      if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false };
      try {
        const value = work();
        // Written rows must be visible to the next holder before the lock is let go.
        SpreadsheetApp.flush();
        return { ok: true, value };
      } finally {
        lock.releaseLock();
      }
    },
    findLoggedIds: (ids) => findLoggedIds(book, ids),
    appendActions: (actions) => appendActions(logSheet(book), actions),
    reportError: (error) => console.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  };
}
