import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { StartPanel } from '../content/handover.ts';
import { settingsSoon, startPanel } from './panel.tsx';

/**
 * The panel part of the content script: what the assistant shows on a Chorus Pro page and what it asks of the
 * extension. Built as an ES module (wxt.config.ts) and imported by the marks part (entrypoints/content) as the
 * page starts loading; its default export starts the panel once the first marks are on the page.
 */
export default defineUnlistedScript({
  main(): StartPanel {
    // Read as soon as this part is loaded: the panel opens on the side and in the language of the settings.
    const settings = settingsSoon();
    return (core) => startPanel(core, settings);
  },
});
