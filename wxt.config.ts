import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { isPanelMessage } from './utils/i18n/index.ts';
import { CHORUS_PRO_MATCHES } from './utils/portal/hosts.ts';

const PANEL_MESSAGES = 'virtual:panel-messages';
/** The content script's panel part (entrypoints/content-panel), loaded by its marks part with `import()`. */
const CONTENT_PANEL = 'content-panel';

/**
 * `virtual:panel-messages`: the panel's words in both languages, read from the locale files at build time, so
 * that the content script follows the language setting like the pages do while carrying only what it shows.
 */
function panelMessages() {
  const localeFile = (locale: string) => new URL(`./public/_locales/${locale}/messages.json`, import.meta.url);
  const pick = (locale: string) =>
    Object.fromEntries(Object.entries(JSON.parse(readFileSync(localeFile(locale), 'utf8')) as object).filter(([key]) => isPanelMessage(key)));
  return {
    name: 'panel-messages',
    resolveId: (id: string) => (id === PANEL_MESSAGES ? `\0${PANEL_MESSAGES}` : undefined),
    load(id: string) {
      if (id !== `\0${PANEL_MESSAGES}`) return undefined;
      return `export default ${JSON.stringify({ fr: pick('fr'), en: pick('en') })};`;
    },
  };
}

// Every size both browsers and both stores ask for (toolbar 16/32, extensions page 48/96, stores 128), made at
// build time from one drawing.
const ICON_SIZES = [16, 32, 48, 96, 128];
const ICON_FILES = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${size}.png`]));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: ICON_SIZES },
  hooks: {
    // The content script's two bundles (docs/portal.md, "How the content script is put together").
    'vite:build:extendConfig': (entrypoints, config) => {
      const name = entrypoints.length === 1 ? entrypoints[0]!.name : undefined;
      if ((name !== 'content' && name !== CONTENT_PANEL) || !config.build) return;
      // Both parts call synchronous APIs (runtime.id and getURL, i18n) and ones that return promises in Chrome MV3
      // and Firefox alike (storage, runtime.sendMessage, through @wxt-dev/storage and @webext-core/messaging); they
      // listen to no message: the browser's own `browser` (`chrome` in Chromium) does, without webextension-polyfill.
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
      if (name === CONTENT_PANEL && config.build.lib) {
        // WXT bundles an unlisted script as a classic script; the marks part imports this one, so it is an ES
        // module (its default export is what the marks part calls), minified like the rest.
        config.build.lib = { ...config.build.lib, formats: ['es'] };
        const output = config.build.rollupOptions?.output;
        if (output && !Array.isArray(output)) Object.assign(output, { minify: true, comments: false, codeSplitting: false });
      }
    },
    // auto-icons fills `icons` only, and for Firefox (MV2) WXT keeps the popup's browser_action, not the config's
    // `action`: the toolbar button gets its icons here, in both manifests.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const action of [manifest.action, manifest.browser_action]) if (action) action.default_icon = ICON_FILES;
    },
  },
  // Plain imports everywhere: the same modules run in Node tests and the CLI.
  imports: false,
  vite: () => ({
    plugins: [preact(), panelMessages()],
    build: { chunkSizeWarningLimit: 2000 },
  }),
  // Firefox's sources zip: what builds the extension, not the tests and their PDF corpora.
  zip: { excludeSources: ['test/**', '.ci/**', '.tmp/**', 'web-ext-artifacts/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: ['storage'],
    host_permissions: CHORUS_PRO_MATCHES,
    // Chorus Pro pages only: the local PDF reader, framed by the assistant; the content script's panel part, which
    // Chrome lets a content script import only if it is web-accessible (Firefox imports it without, and its MV2
    // manifest cannot restrict by page: there it stays private).
    web_accessible_resources: [{ resources: ['pdf-reader.html', ...(browser === 'firefox' ? [] : [`${CONTENT_PANEL}.js`])], matches: CHORUS_PRO_MATCHES }],
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: {
        id: 'assistant-chorus-pro@saint-etienne.example',
        // 140 (ESR) is the first desktop version that reads data_collection_permissions; 142 on Android.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
