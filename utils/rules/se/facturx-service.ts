import { normalizeSpaces } from '../../model/text.ts';
import { withWayOut } from '../facturx-advice.ts';
import type { Rule } from '../types.ts';
import type { RecipientParams } from './params.ts';

export const facturxService: Rule<RecipientParams> = {
  id: 'se/facturx-service',
  fields: ['depositFile'],
  // Only a deposit through « Dépôt factures » turns the PDF into a flow: on « Saisir facture » the form counts.
  pages: ['depot'],
  severity: 'error',
  check({ facturx, params, say }) {
    const value = normalizeSpaces(facturx?.buyerReference ?? '');
    const allowed = params.allowedServiceCode ?? 'FACTURES_PUBLIQUES';
    if (value === '' || value === allowed) return [];
    return [
      {
        field: 'depositFile',
        message: say(
          withWayOut({
            fr: 'Dans les données Factur-X de ce PDF, le code service (BuyerReference) est « {value} » : la {name} n\'en veut pas (seul {allowed} est accepté), et Chorus Pro lit ces données à la place du formulaire. Retirez ce code service.',
            en: 'In the Factur-X data of this PDF, the service code (BuyerReference) is "{value}": the {name} does not want one (only {allowed} is accepted), and Chorus Pro reads this data instead of the form. Remove this service code.',
          }),
          { value, name: params.recipientName, allowed },
        ),
      },
    ];
  },
};
