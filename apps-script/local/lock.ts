// LockService backed by a SharedArrayBuffer: a lock held by another execution — in this thread or any worker sharing
// the buffer — makes tryLock/waitLock block synchronously (Atomics.wait) until it is released or the timeout passes.

import { type Context, ServiceObject } from './context.ts';
import { countCalls } from './counters.ts';
import { MESSAGES, ScriptException } from './errors.ts';
import type { Google } from './google.ts';

/** Slot 0 numbers executions; slots 1-3 hold the owner execution of the script, document and user locks (0 = free). */
const SLOTS = { executions: 0, script: 1, document: 2, user: 3 } as const;

/** A lock buffer to pass to every runtime (and worker thread) that must exclude each other. */
export function createLockBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * 4);
}

/** A new execution id, unique among all runtimes sharing the buffer. */
export function nextExecutionId(buffer: SharedArrayBuffer): number {
  return Atomics.add(new Int32Array(buffer), SLOTS.executions, 1) + 1;
}

/** Apps Script releases an execution's locks when it ends. */
export function releaseLocksOf(buffer: SharedArrayBuffer, executionId: number): void {
  const slots = new Int32Array(buffer);
  for (const slot of [SLOTS.script, SLOTS.document, SLOTS.user]) {
    if (Atomics.compareExchange(slots, slot, executionId, 0) === executionId) Atomics.notify(slots, slot);
  }
}

export class Lock extends ServiceObject implements Google<Lock> {
  static gasName = 'Lock';
  declare readonly _google: GoogleAppsScript.Lock.Lock;
  private readonly slots: Int32Array;

  constructor(
    ctx: Context,
    buffer: SharedArrayBuffer,
    private readonly slot: number,
  ) {
    super(ctx);
    this.slots = new Int32Array(buffer);
  }

  hasLock(): boolean {
    return Atomics.load(this.slots, this.slot) === this.ctx.execution.id;
  }

  tryLock(timeoutInMillis: number): boolean {
    const me = this.ctx.execution.id;
    const deadline = performance.now() + Math.max(0, timeoutInMillis);
    for (;;) {
      const holder = Atomics.compareExchange(this.slots, this.slot, 0, me);
      if (holder === 0 || holder === me) return true;
      const remaining = deadline - performance.now();
      if (remaining <= 0) return false;
      Atomics.wait(this.slots, this.slot, holder, remaining);
    }
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new ScriptException(MESSAGES.lockTimeout);
  }

  /** Has no effect if this execution does not hold the lock. */
  releaseLock(): void {
    const me = this.ctx.execution.id;
    if (Atomics.compareExchange(this.slots, this.slot, me, 0) === me) Atomics.notify(this.slots, this.slot);
  }
}

export class LockService extends ServiceObject implements Google<LockService> {
  static gasName = 'LockService';
  declare readonly _google: GoogleAppsScript.Lock.LockService;

  constructor(
    ctx: Context,
    private readonly buffer: SharedArrayBuffer,
  ) {
    super(ctx);
  }

  getScriptLock(): Lock {
    return new Lock(this.ctx, this.buffer, SLOTS.script);
  }

  getDocumentLock(): Lock {
    return new Lock(this.ctx, this.buffer, SLOTS.document);
  }

  getUserLock(): Lock {
    return new Lock(this.ctx, this.buffer, SLOTS.user);
  }
}

for (const cls of [Lock, LockService]) countCalls(cls);
