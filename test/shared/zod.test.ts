// zod runs jitless everywhere the core is loaded, as MV3 forbids new Function.
import { describe, expect, it } from 'vitest';
import { z } from '../../shared/zod.ts';

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
