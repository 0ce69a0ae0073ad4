import { defineContentScript } from 'wxt/utils/define-content-script';
import { CHORUS_PRO_MATCHES } from '../../utils/portal/hosts.ts';
import { importPanel, startAssistant } from './assistant.ts';

/** The assistant on every Chorus Pro page (production and qualification hosts). */
export default defineContentScript({
  matches: CHORUS_PRO_MATCHES,
  // Injected as the page starts loading, so that the browser has read and compiled the script while the portal's
  // page arrives (at document_end that comes after the page is complete, and showed as a delay before the first
  // marks). The work itself waits for the complete form (see below).
  runAt: 'document_start',
  // Styles are handed to the shadow root as text (see entrypoints/content-panel): isolated both ways, no request.
  cssInjectionMode: 'manual',
  main(ctx) {
    performance.mark('ca:script-injected');
    const panel = importPanel();
    panel.catch(() => {});
    const start = () => {
      performance.mark('ca:script-start');
      try {
        startAssistant(ctx, panel);
      } catch (error) {
        console.error('[Assistant Chorus Pro] le démarrage a échoué, la page du portail reste utilisable :', error);
      }
    };
    // The portal renders its pages on the server: the form is complete when the document is parsed. Listening on
    // the window runs after the portal's own DOMContentLoaded handlers on the document (select2 and the like).
    if (document.readyState === 'loading') ctx.addEventListener(window, 'DOMContentLoaded', start, { once: true });
    else start();
  },
});
