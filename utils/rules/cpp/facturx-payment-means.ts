import { facturxProfileName } from '../../model/facturx-facts.ts';
import { withWayOut } from '../facturx-advice.ts';
import type { Rule } from '../types.ts';

export const facturxPaymentMeans: Rule = {
  id: 'cpp/facturx-payment-means',
  fields: ['depositFile'],
  // Only a deposit through « Dépôt factures » turns the PDF into a flow: on « Saisir facture » the form counts.
  pages: ['depot'],
  severity: 'error',
  check({ facturx, pdf, say }) {
    if (!facturx || facturx.paymentMeansCode !== null) return [];
    // A credit note is not paid by the buyer: Chorus Pro wants no payment means on it.
    if (pdf?.documentType === 'avoir') return [];
    const minimum = facturxProfileName(facturx.profile) === 'MINIMUM';
    return [
      {
        field: 'depositFile',
        message: say(
          minimum
            ? {
                fr: "Les données Factur-X de ce PDF (profil MINIMUM) n'indiquent pas de moyen de paiement (SpecifiedTradeSettlementPaymentMeans/TypeCode), et ce profil ne permet pas de l'indiquer : Chorus Pro rejettera le flux. Exportez la facture dans un profil plus complet (BASIC ou EN 16931) en indiquant le mode de règlement, ou déposez un PDF sans données Factur-X.",
                en: 'The Factur-X data of this PDF (MINIMUM profile) gives no payment means (SpecifiedTradeSettlementPaymentMeans/TypeCode), and that profile cannot give one: Chorus Pro will reject the flow. Export the invoice in a fuller profile (BASIC or EN 16931) with the payment method, or deposit a PDF without Factur-X data.',
              }
            : withWayOut({
                fr: "Les données Factur-X de ce PDF n'indiquent pas de moyen de paiement (SpecifiedTradeSettlementPaymentMeans/TypeCode) : Chorus Pro rejettera le flux pour cette raison. Indiquez le mode de règlement de la facture (par exemple virement).",
                en: 'The Factur-X data of this PDF gives no payment means (SpecifiedTradeSettlementPaymentMeans/TypeCode): Chorus Pro will reject the flow for that reason. Give the payment method of the invoice (for example bank transfer).',
              }),
        ),
      },
    ];
  },
};
