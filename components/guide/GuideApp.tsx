import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/index.ts';
import type { Profile } from '../../utils/rules/profiles.ts';
import type { SentInvoiceHistory } from '../../utils/rules/types.ts';
import type { DirectoryStore } from '../../utils/storage/directory-store.ts';
import { DirectoryGuideSection, DirectoryNavLink } from '../directory/DirectoryGuideSection.tsx';
import { PdfCheck } from './PdfCheck.tsx';
import { Procedure } from './Procedure.tsx';
import { QuickCheck } from './QuickCheck.tsx';
import './guide.css';

/**
 * The support desk's page: the procedure to follow with the supplier, a quick check of what they read out,
 * and a check of the invoice PDF they sent. Works without any Chorus Pro tab.
 */
export interface GuideAppProps {
  /** The same duplicate check and imported profiles as on the portal, when this browser has them. */
  history?: SentInvoiceHistory;
  profiles?: readonly Profile[];
  /** The Chorus Pro directory imported in this browser: its search, its import, and the quick check's look-ups. */
  directory?: DirectoryStore;
}

export function GuideApp({ history, profiles, directory }: GuideAppProps) {
  // "Nouvel appel": every part starts afresh (ticks, search, typed values, PDF) by being mounted anew.
  const [call, setCall] = useState(0);

  useEffect(() => {
    // After "Nouvel appel" the keyboard lands at the top of the fresh procedure.
    if (call > 0) document.getElementById('procedure-title')?.focus();
  }, [call]);

  return (
    <div class="guide">
      <header class="guide-header">
        <div>
          <h1>{t('guide_title')}</h1>
          <p class="guide-subtitle">{t('guide_subtitle')}</p>
        </div>
        <div class="guide-header__actions ca-no-print">
          <button
            type="button"
            class="ca-button ca-button--primary"
            data-ca-action="new-call"
            onClick={() => setCall((value) => value + 1)}
          >
            {t('guide_new_call')}
          </button>
          <button type="button" class="ca-button" data-ca-action="print" onClick={() => window.print()}>
            {t('guide_print')}
          </button>
        </div>
      </header>
      <nav class="guide-nav ca-no-print" aria-label={t('guide_nav_label')}>
        <a href="#procedure-title">{t('guide_procedure_title')}</a>
        <a href="#quick-title">{t('guide_quick_title')}</a>
        <a href="#pdf-title">{t('guide_pdf_title')}</a>
        {directory && <DirectoryNavLink />}
      </nav>
      <main class="guide-main" key={call}>
        <Procedure />
        <div class="guide-tools">
          <QuickCheck history={history} profiles={profiles} directory={directory} />
          <PdfCheck history={history} profiles={profiles} />
        </div>
        {directory && <DirectoryGuideSection store={directory} />}
      </main>
    </div>
  );
}
