// The one place zod is imported: MV3 pages forbid `new Function`, so zod must run jitless everywhere.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
