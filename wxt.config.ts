import { defineConfig } from 'wxt';

// Chrome MV3 first; Firefox builds with `-b firefox --mv3`.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // addons.mozilla.org rebuilds the Firefox package from the sources zip: `npm ci` there needs .npmrc
  // (legacy-peer-deps), which dotfile rules would leave out.
  zip: { includeSources: ['.npmrc'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the watcher content script has the background inject the panel where the person writes (issue 12).
    permissions: ['storage', 'alarms', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: [
      'https://www.linkedin.com/*',
      'https://x.com/*',
      'https://twitter.com/*',
    ],
    // The company feed origin is asked for when the person sets its URL; feeds are https only.
    optional_host_permissions: ['https://*/*'],
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing personal leaves the device: no data collection to declare. The key needs Firefox 140 (ESR) and
            // Firefox for Android 142; 128+ is needed anyway for optional_host_permissions (the company feed origin).
            gecko: { id: 'porte-voix@porte-voix.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
