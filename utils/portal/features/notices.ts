import { t } from '../../i18n/index.ts';
import { RECEIPT_WORDS } from '../pages.ts';
import type { PortalFeature } from '../session.ts';

/** After sending, the portal offers the "justificatif de dépôt": the user is reminded to keep it. */
export function receiptFeature(): PortalFeature {
  let shown = false;
  return {
    id: 'receipt',
    pages: 'all',
    start(session) {
      shown = session.shows(RECEIPT_WORDS);
    },
    onRefresh(session) {
      shown = session.shows(RECEIPT_WORDS);
    },
    notices: () => (shown ? [{ id: 'receipt', tone: 'success', text: t('panel_receipt_reminder') }] : []),
  };
}

/** While CPP reads the PDF: what to do next. */
export function analysisFeature(): PortalFeature {
  return {
    id: 'analysis',
    pages: ['analyse'],
    notices: () => [{ id: 'analyse', tone: 'info', text: t('panel_analysis_notice') }],
  };
}
