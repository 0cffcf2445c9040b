// The members' web app deployment as its deploy step records it for the add-on: the /exec address connection codes
// carry, the Apps Script version it runs and the build of that code. One schema for the build, `npm run deploy`,
// `malkoll serve`, the CLI and the add-on, which keeps it in a script property.
import { storedJson, z } from '../zod.ts';
import { webAppUrlProblem } from './connection-code.ts';

/** The script property holding the record (script properties are shared by every deployment of the project). */
export const WEB_APP_DEPLOYMENT_PROPERTY = 'malkoll.webApp';

export const WebAppDeployment = z.strictObject({
  /** The versioned deployment's address; never the head deployment's /dev (refused with webAppUrlProblem's reason). */
  url: z.string().superRefine((url, context) => {
    const problem = webAppUrlProblem(url);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  }),
  /** The Apps Script version the deployment runs; null for `malkoll serve`, which serves the code it loaded. */
  versionNumber: z.number().int().positive().nullable(),
  /** The build id (BUILD_ID in the bundle) of the code the deployment runs. */
  build: z.string().regex(/^[0-9a-f]{12}$/),
  /** When it was deployed, as an ISO 8601 instant in UTC; the later of two records is the one in force. */
  deployedAt: z.iso.datetime(),
  /** The Google account that deployed it, which the web app runs as; null when not known (malkoll serve). */
  deployedBy: z.string().nullable(),
});
export type WebAppDeployment = z.infer<typeof WebAppDeployment>;

/** The record in a stored JSON text, or null when there is none or it is not a record. */
export function readWebAppDeployment(text: string | null | undefined): WebAppDeployment | null {
  return storedJson(WebAppDeployment, text);
}
