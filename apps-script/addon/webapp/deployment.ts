// The members' web app deployment as the add-on knows it. Menus run the head deployment, which "always syncs with the
// most recently saved code" (developers.google.com/apps-script/concepts/deployments) and whose getUrl() is the /dev
// address only the script's editors can open (reference/script/service); the code cannot ask Google for its versioned
// deployments. So the deploy step tells it: `npm run deploy` writes the deployment into the head code it pushes
// (build-info.ts), `malkoll serve` calls recordWebAppDeployment. Either way it ends up in a script property, which
// every deployment of the project shares (script properties: "Data shared among: All users of a script, add-on, or
// web app", guides/properties) and which a later push of other head code does not undo. Having the deploy run a
// function instead (`clasp run`) would need the project set up as an API executable with a Cloud project of its own
// (developers.google.com/apps-script/api/how-tos/execute).
import {
  readWebAppDeployment,
  WEB_APP_DEPLOYMENT_PROPERTY,
  WebAppDeployment,
} from '../../../shared/webapp/web-app-deployment.ts';
import { BUILD_ID, DEPLOYMENT_AT_BUILD } from '../build-info.ts';
import { UserError } from '../user-error.ts';

/** The deployment in force: the later of the stored record and the one this code was pushed with (stored if newer). */
export function recordedWebApp(): WebAppDeployment | null {
  const properties = PropertiesService.getScriptProperties();
  const stored = readWebAppDeployment(properties.getProperty(WEB_APP_DEPLOYMENT_PROPERTY));
  const pushed = readWebAppDeployment(DEPLOYMENT_AT_BUILD);
  if (pushed && (!stored || pushed.deployedAt > stored.deployedAt)) {
    properties.setProperty(WEB_APP_DEPLOYMENT_PROPERTY, JSON.stringify(pushed));
    return pushed;
  }
  return stored;
}

/**
 * `malkoll serve`, the local deploy step: its web app serves this very code at `url`. Refuses any address a member's
 * extension could not use (a /dev address above all) with the reason in Swedish. Serving the same code at the same
 * address again keeps the record as it was.
 */
export function recordWebAppDeployment(deployment: { url: string }): WebAppDeployment {
  const properties = PropertiesService.getScriptProperties();
  const stored = readWebAppDeployment(properties.getProperty(WEB_APP_DEPLOYMENT_PROPERTY));
  if (stored && stored.url === deployment.url && stored.build === BUILD_ID && stored.versionNumber === null)
    return stored;
  const parsed = WebAppDeployment.safeParse({
    url: String(deployment.url),
    versionNumber: null,
    build: BUILD_ID,
    deployedAt: new Date().toISOString(),
    deployedBy: null,
  });
  if (!parsed.success) throw new UserError(parsed.error.issues.map((issue) => issue.message).join(' '));
  properties.setProperty(WEB_APP_DEPLOYMENT_PROPERTY, JSON.stringify(parsed.data));
  return parsed.data;
}
