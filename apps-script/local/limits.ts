// How long Google lets an execution run, checked at each service call against the runtime's clock: 6 minutes a script
// execution (developers.google.com/apps-script/guides/services/quotas, "Script runtime"), 30 seconds a simple trigger
// ("They can't run for longer than 30 seconds", guides/triggers#restrictions).
import type { AuthModeName, Context } from './context.ts';
import { MESSAGES, ScriptException } from './errors.ts';

export const SCRIPT_RUNTIME_MS = 6 * 60 * 1000;
export const SIMPLE_TRIGGER_RUNTIME_MS = 30 * 1000;

/** The limit for an execution in that mode: onOpen and onEdit, the simple triggers, are the LIMITED ones. */
export function runTimeLimit(authMode: AuthModeName): number {
  return authMode === 'LIMITED' ? SIMPLE_TRIGGER_RUNTIME_MS : SCRIPT_RUNTIME_MS;
}

/** Google stops an execution past its limit; here its next service call throws the message Google's log shows. */
export function checkRunTime(ctx: Context): void {
  const { execution } = ctx;
  if (ctx.now() - execution.startedAt > execution.limitMs) throw new ScriptException(MESSAGES.executionTime);
}
