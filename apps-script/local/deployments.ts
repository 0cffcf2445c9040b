// Web app deployments as Google keeps them (developers.google.com/apps-script/concepts/deployments): every project has
// one head deployment, which always runs the latest saved code at a /dev address only the script's editors can open,
// and may have versioned deployments, each at its own /exec address. What ScriptApp.getService().getUrl() answers
// depends on which one runs the code.
import type { Context } from './context.ts';

export interface Deployment {
  deploymentId: string;
  /** The project version it runs; null for the head deployment. */
  versionNumber: number | null;
  /** …/dev for the head deployment, …/exec for a versioned one. */
  url: string;
}

export interface Deployments {
  head: Deployment;
  versioned: Deployment[];
}

/** A versioned deployment as a host declares it; the address is Google's /macros/s/{id}/exec unless given. */
export interface VersionedDeploymentOptions {
  deploymentId: string;
  versionNumber: number;
  url?: string;
}

const APPS_SCRIPT_MACROS = 'https://script.google.com/macros/s';

export function projectDeployments(scriptId: string, versioned: readonly VersionedDeploymentOptions[]): Deployments {
  // Google's deployment ids are opaque (AKfycb…); the head's is stable for the project, so derive it from the script id.
  const headId = `AKfycb${Buffer.from(scriptId).toString('base64url')}`;
  return {
    head: { deploymentId: headId, versionNumber: null, url: `${APPS_SCRIPT_MACROS}/${headId}/dev` },
    versioned: versioned.map(({ deploymentId, versionNumber, url }) => ({
      deploymentId,
      versionNumber,
      url: url ?? `${APPS_SCRIPT_MACROS}/${deploymentId}/exec`,
    })),
  };
}

/** The project is a web app when its manifest says so, or when a host deployed one without a manifest. */
function isWebApp(ctx: Context): boolean {
  return ctx.manifest?.webapp !== undefined || ctx.deployments.versioned.length > 0;
}

/**
 * ScriptApp.getService().getUrl(): "If you are running the development mode web app, this returns the development
 * mode url" (developers.google.com/apps-script/reference/script/service). Menus, the editor and triggers run the head
 * deployment, so they get its /dev address; a request to a versioned deployment gets that deployment's /exec address.
 * Null when the project is no web app.
 */
export function serviceUrl(ctx: Context): string | null {
  if (ctx.execution.deployment) return ctx.execution.deployment.url;
  return isWebApp(ctx) ? ctx.deployments.head.url : null;
}

/**
 * The deployment a web app request goes to: the one named, else the project's only versioned deployment, else the
 * head deployment (the owner, who runs the local requests, may open /dev).
 */
export function servingDeployment(ctx: Context, deploymentId?: string): Deployment {
  const { head, versioned } = ctx.deployments;
  if (deploymentId !== undefined) {
    const named = [head, ...versioned].find((deployment) => deployment.deploymentId === deploymentId);
    if (!named) throw new Error(`Ingen driftsättning ${deploymentId} / No deployment ${deploymentId}`);
    return named;
  }
  if (versioned.length > 1) {
    throw new Error('Flera driftsättningar: ange vilken / Several deployments: name the one the request goes to');
  }
  return versioned[0] ?? head;
}
