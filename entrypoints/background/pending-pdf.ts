import { onMessage } from '../../utils/messaging/protocol.ts';
import { forgetPendingPdf, pendingPdfOf, rememberPendingPdf } from '../../utils/storage/pending-pdfs.ts';

/**
 * The PDF chosen in Chorus Pro's deposit window is read there; the entry form that follows (a new page of the
 * same tab) asks for it. Each tab only ever reaches its own.
 */
export function handlePendingPdfs(): void {
  onMessage('rememberPendingPdf', async ({ data, sender }) => {
    if (sender.tab?.id !== undefined) await rememberPendingPdf(sender.tab.id, data);
  });
  onMessage('takePendingPdf', async ({ sender }) => (sender.tab?.id === undefined ? null : pendingPdfOf(sender.tab.id)));
  onMessage('forgetPendingPdf', async ({ sender }) => {
    if (sender.tab?.id !== undefined) await forgetPendingPdf(sender.tab.id);
  });
}
