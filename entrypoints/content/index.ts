import { defineContentScript } from 'wxt/utils/define-content-script';
import { CHORUS_PRO_MATCHES } from '../../utils/portal/hosts.ts';
import { startAssistant } from './assistant.tsx';

/** The assistant on every Chorus Pro page (production and qualification hosts). */
export default defineContentScript({
  matches: CHORUS_PRO_MATCHES,
  // The portal renders its pages on the server: the form is complete when the document is parsed.
  runAt: 'document_end',
  // Styles are handed to the shadow root as text (see assistant.tsx): isolated both ways, no request.
  cssInjectionMode: 'manual',
  async main(ctx) {
    performance.mark('ca:script-start');
    try {
      await startAssistant(ctx);
    } catch (error) {
      console.error('[Assistant Chorus Pro] le démarrage a échoué, la page du portail reste utilisable :', error);
    }
  },
});
