// The one place zod is imported: MV3 pages forbid `new Function`, so zod must run jitless everywhere. Also how a stored
// JSON text is read back by a schema.
import { z } from 'zod';

z.config({ jitless: true });

export { z };

/** What a stored JSON text (a property, a cache entry) holds, or null when there is none or it is not of that shape. */
export function storedJson<S extends z.ZodType>(schema: S, text: string | null | undefined): z.output<S> | null {
  if (!text) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
