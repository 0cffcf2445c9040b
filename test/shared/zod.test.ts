// The model's schemas accept what the wire and the sheet carry and reject what they must not.
import { describe, expect, it } from 'vitest';
import { z } from '../../shared/zod.ts';

const _validAction = {
  id: '5b0f8c1e-6a43-4f6e-9d4b-2a1c3e5f7a90',
  at: '2024-03-14T18:30:00+01:00',
  subgoal: 'U1',
  kind: 'zetkin.call',
  quantity: 12,
  url: 'https://app.zetkin.org/call/42',
};

describe('zod runs jitless', () => {
  it('never evaluates generated code, as MV3 pages forbid', () => {
    const original = globalThis.Function;
    let constructed = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        constructed++;
        return Reflect.construct(target, args);
      },
    });
    try {
      const schema = z.object({ a: z.string(), b: z.number(), c: z.object({ d: z.boolean() }) });
      for (let i = 0; i < 5; i++) schema.parse({ a: 'x', b: i, c: { d: true } });
    } finally {
      globalThis.Function = original;
    }
    expect(constructed).toBe(0);
  });
});
