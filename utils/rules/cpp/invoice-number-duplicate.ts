import { stripSpaces } from '../../model/siret.ts';
import { normalizeSpaces } from '../../model/text.ts';
import type { Rule } from '../types.ts';

export const invoiceNumberDuplicate: Rule = {
  id: 'cpp/invoice-number-duplicate',
  fields: ['invoiceNumber'],
  pages: ['saisie'],
  severity: 'warning',
  check({ fields, history, say }) {
    const number = normalizeSpaces(fields.invoiceNumber ?? '');
    const recipient = stripSpaces(fields.recipientSiret ?? '');
    if (!history || number === '' || recipient === '') return [];
    const previous = history.wasSent(number, recipient);
    if (!previous) return [];
    return [
      {
        field: 'invoiceNumber',
        message: say(
          {
            fr: 'Vous avez déjà envoyé une facture n° {number} à cette structure (SIRET {siret}){when} depuis ce navigateur. Chorus Pro refuse un numéro déjà déposé pour la même structure : vérifiez le numéro.',
            en: 'You already sent invoice no. {number} to this structure (SIRET {siret}){when} from this browser. Chorus Pro refuses a number already deposited for the same structure: check the number.',
          },
          { number, siret: recipient, when: previous.sentAt ? ` (${previous.sentAt.slice(0, 10)})` : '' },
        ),
      },
    ];
  },
};
