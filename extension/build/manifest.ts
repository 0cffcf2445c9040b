// The MV3 manifest: narrow permissions, a strict CSP, every string from _locales.
import { defineManifest } from '@crxjs/vite-plugin';
import packageJson from '../../package.json' with { type: 'json' };
import { OPTIONS_PAGE, POPUP_PAGE } from '../pages.ts';
import { SITE_EXCLUDES, SITE_MATCHES } from '../sites/index.ts';

/**
 * Where the web app lives: Apps Script answers from script.google.com through a redirect to googleusercontent. The
 * local web app (`npm start`, http://127.0.0.1) needs no permission: it answers CORS on every hop, as Google must.
 */
const WEB_APP_HOSTS = ['https://script.google.com/*', 'https://script.googleusercontent.com/*'];

export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  version: packageJson.version,
  default_locale: 'sv',
  icons: { 16: 'icons/icon16.png', 32: 'icons/icon32.png', 48: 'icons/icon48.png', 128: 'icons/icon128.png' },
  action: { default_popup: POPUP_PAGE, default_title: '__MSG_actionTitle__' },
  options_ui: { page: OPTIONS_PAGE, open_in_tab: true },
  background: { service_worker: 'background/worker.ts', type: 'module' },
  // document_start: Zetkin's caller view names its assignment in the address only until the page rewrites it.
  content_scripts: [
    { matches: SITE_MATCHES, exclude_matches: SITE_EXCLUDES, js: ['content/page-button.ts'], run_at: 'document_start' },
  ],
  permissions: ['storage', 'alarms', 'contextMenus', 'activeTab'],
  host_permissions: [...SITE_MATCHES, ...WEB_APP_HOSTS],
  commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandOpen__' } },
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
});
