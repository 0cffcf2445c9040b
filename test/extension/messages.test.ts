// Asking the worker: an answer's value comes through, and every failure (a handler that throws, a worker that does
// not answer, a refused sender) reaches the member as words rather than as a broken page or popup.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ask, failureText, replyTo, WorkerFailure } from '../../extension/messages.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const answering = (reply: unknown) => vi.stubGlobal('chrome', { runtime: { sendMessage: vi.fn(async () => reply) } });

describe('asking the worker', () => {
  it('gives the value the worker answered', async () => {
    answering({ ok: true, value: { state: 'none' } });
    expect(await ask({ type: 'status' })).toEqual({ state: 'none' });
  });

  it('throws the worker’s own words when a handler failed', async () => {
    answering({ ok: false, message: 'Något gick fel i Målkoll.' });
    const failure = await ask({ type: 'status' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkerFailure);
    expect(failureText(failure, 'reserv')).toBe('Något gick fel i Målkoll.');
  });

  it('throws a failure without words when the worker said nothing, or the message could not be sent', async () => {
    answering(undefined);
    expect(failureText(await ask({ type: 'status' }).catch((error: unknown) => error), 'svarade inte')).toBe(
      'svarade inte',
    );
    vi.stubGlobal('chrome', {
      runtime: { sendMessage: vi.fn(async () => Promise.reject(new Error('Could not establish connection'))) },
    });
    expect(failureText(await ask({ type: 'status' }).catch((error: unknown) => error), 'svarade inte')).toBe(
      'svarade inte',
    );
    expect(failureText(new Error('TypeError in the popup'), 'svarade inte')).toBe('svarade inte');
  });
});

describe('the worker’s replies', () => {
  it('carries the value, or the member’s words when the work throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(
      await replyTo(
        async () => 42,
        async () => 'fel',
      ),
    ).toEqual({ ok: true, value: 42 });
    const failed = await replyTo(
      async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'ok')");
      },
      async () => 'Något gick fel i Målkoll. Försök igen.',
    );
    expect(failed).toEqual({ ok: false, message: 'Något gick fel i Målkoll. Försök igen.' });
    expect(console.error).toHaveBeenCalled();
    const wordless = await replyTo(
      async () => Promise.reject(new Error('x')),
      async () => Promise.reject(new Error('no catalogue')),
    );
    expect(wordless).toEqual({ ok: false, message: '' });
  });
});
