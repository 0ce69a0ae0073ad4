import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textPdf } from '../../unit/pdf/helpers.ts';

/**
 * A small text invoice whose reading is partly unsure, by the reader's documented rules (docs/extract.md,
 * « unsure »): its number and date have their own labels (sure); its only total is printed alone, so the total
 * with VAT and the net are unsure; its order number is under « Notre commande » (the supplier's own), so the
 * engagement number is unsure.
 */
export const UNSURE_INVOICE = {
  name: 'facture-incertaine.pdf',
  sure: { invoiceNumber: 'FA-2026-0042', invoiceDate: '02/03/2026' },
  unsure: { engagementNumber: '2401234', totalTTC: '1200,00', netAPayer: '1200,00' },
} as const;

export function writeUnsureInvoice(dir: string): string {
  const path = join(dir, UNSURE_INVOICE.name);
  writeFileSync(
    path,
    textPdf([
      'MENUISERIE DUPONT SARL',
      'FACTURE',
      'Numero de facture : FA-2026-0042',
      'Date de facture : 02/03/2026',
      'Client : Ville de Saint-Etienne',
      'Notre commande : 2401234',
      'Pose de fenetres',
      'Total TTC : 1 200,00 EUR',
    ]),
  );
  return path;
}
