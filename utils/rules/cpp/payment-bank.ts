import { foldForCompare } from '../../model/text.ts';
import type { Rule } from '../types.ts';
import { isEmptyChoice } from './required.ts';

export const paymentBank: Rule = {
  id: 'cpp/payment-bank',
  fields: ['supplierBank', 'paymentMode'],
  pages: ['saisie'],
  severity: 'warning',
  check({ fields, say }) {
    // Only where the page shows « Références bancaires »: an absent key is a field not found.
    if (!('supplierBank' in fields) || !isEmptyChoice(fields.supplierBank)) return [];
    if (!/\bvirement\b/.test(foldForCompare(fields.paymentMode ?? ''))) return [];
    return [
      {
        field: 'supplierBank',
        message: say({
          fr: "Le Mode de règlement est « Virement », mais aucune « Références bancaires » n'est choisie : sans elles, la structure ne sait pas sur quel compte payer. Choisissez votre compte (IBAN) dans « Références bancaires » ; s'il n'est pas dans la liste, ajoutez-le d'abord aux coordonnées bancaires de votre structure sur Chorus Pro.",
          en: 'The payment method is « Virement » (bank transfer), but no « Références bancaires » (bank details) are chosen: without them the public body does not know which account to pay. Choose your account (IBAN) in « Références bancaires »; if it is not listed, first add it to your structure\'s bank details on Chorus Pro.',
        }),
      },
    ];
  },
};
