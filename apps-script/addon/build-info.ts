// What the build writes into the bundle (apps-script/build/addon.config.ts replaces the two placeholders): which code
// this is, and the members' web app deployment `npm run deploy` pushed it with.

/** A hash of everything the build pushes (Code.js, appsscript.json, the dialogs), 12 hex digits. */
export const BUILD_ID: string = '@@MALKOLL_BUILD_ID@@';

/**
 * The web app deployment as `npm run deploy` recorded it (WebAppDeployment as JSON), '' when the build was not made by
 * a deploy. The head code the menus run carries it; webapp/deployment.ts keeps it in a script property.
 */
export const DEPLOYMENT_AT_BUILD: string = '@@MALKOLL_WEB_APP_DEPLOYMENT@@';
