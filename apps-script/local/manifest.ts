// The project's manifest (appsscript.json) as far as it decides how Google runs the code: the scopes it asks for and
// whether it is a web app (developers.google.com/apps-script/manifest).
import { z } from '../../shared/zod.ts';

/** developers.google.com/apps-script/manifest/web-app-api-executable: the `webapp` block. */
const WebAppConfig = z.looseObject({
  access: z.enum(['MYSELF', 'DOMAIN', 'ANYONE', 'ANYONE_ANONYMOUS']),
  executeAs: z.enum(['USER_ACCESSING', 'USER_DEPLOYING']),
});

export const Manifest = z.looseObject({
  /** Explicit scopes; without them Apps Script detects the scopes from the code, so every call is authorised. */
  oauthScopes: z.array(z.string()).optional(),
  webapp: WebAppConfig.optional(),
});
export type Manifest = z.infer<typeof Manifest>;

/** The manifest a host read from appsscript.json; a malformed one is an error, as Apps Script refuses to save it. */
export function readManifest(value: unknown): Manifest {
  const parsed = Manifest.safeParse(value);
  if (!parsed.success) throw new Error(`appsscript.json kan inte läsas / cannot be read: ${parsed.error.message}`);
  return parsed.data;
}
