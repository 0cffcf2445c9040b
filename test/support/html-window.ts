// What the add-on shows in a dialog or sidebar, loaded into a happy-dom window whose google.script.run reaches the add-on
// in the local runtime, as the client library Google injects does.
import { Window } from 'happy-dom';
import type { AddOn } from './add-on.ts';

export type ScriptWindow = Window & { google?: unknown };

/** google.script.run as the client library offers it: chainable handlers, then the server function by name. */
function scriptRun(addOn: AddOn) {
  const runner = (success?: (value: unknown) => void, failure?: (error: unknown) => void): object =>
    new Proxy(
      {},
      {
        get: (_, name: string) => {
          if (name === 'withSuccessHandler') return (handler: (value: unknown) => void) => runner(handler, failure);
          if (name === 'withFailureHandler') return (handler: (error: unknown) => void) => runner(success, handler);
          return (...args: unknown[]) => {
            addOn.bundle.runFromClient(name, ...args).then(success, failure);
          };
        },
      },
    );
  return runner();
}

/** A window with the page's scripts running; `before` may replace globals (timers) before the page's script runs. */
export function openHtml(addOn: AddOn, html: string, before?: (window: ScriptWindow) => void): ScriptWindow {
  const opened = new Window({ settings: { enableJavaScriptEvaluation: true } }) as ScriptWindow;
  opened.google = { script: { run: scriptRun(addOn), host: { close: () => undefined } } };
  before?.(opened);
  opened.document.write(html);
  return opened;
}

/** Lets the page's google.script.run answers arrive. */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}
