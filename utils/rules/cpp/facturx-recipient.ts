import { withWayOut } from '../facturx-advice.ts';
import type { Rule, RuleFinding } from '../types.ts';

export const facturxRecipient: Rule = {
  id: 'cpp/facturx-recipient',
  fields: ['depositFile'],
  // Only a deposit through « Dépôt factures » turns the PDF into a flow: on « Saisir facture » the form counts.
  pages: ['depot'],
  severity: 'error',
  check({ facturx, chosenRecipientSiret: chosen, say }) {
    // Undefined: the XML was not looked at for the buyer; no recipient chosen: nothing to compare with.
    if (!facturx || !chosen || facturx.buyerSiret === undefined) return [];
    const finding = (message: string): RuleFinding[] => [{ field: 'depositFile', message }];
    const { buyerSiret, buyerSiren } = facturx;
    if (buyerSiret) {
      if (buyerSiret === chosen) return [];
      return finding(
        say(
          withWayOut({
            fr: 'Les données Factur-X de ce PDF adressent la facture au SIRET {xml}, mais la structure choisie est {chosen} : Chorus Pro suit les données Factur-X, pas le formulaire. Mettez le SIRET du client dans les données.',
            en: 'The Factur-X data of this PDF addresses the invoice to SIRET {xml}, but the structure chosen is {chosen}: Chorus Pro follows the Factur-X data, not the form. Put the client\'s SIRET in the data.',
          }),
          { xml: buyerSiret, chosen },
        ),
      );
    }
    // A SIREN alone names the body, not its establishment: it can only be wrong, not confirmed.
    if (buyerSiren) {
      if (buyerSiren === chosen.slice(0, 9)) return [];
      return finding(
        say(
          withWayOut({
            fr: 'Les données Factur-X de ce PDF adressent la facture au SIREN {xml}, mais la structure choisie (SIRET {chosen}) a le SIREN {siren} : Chorus Pro suit les données Factur-X, pas le formulaire. Mettez le SIRET du client dans les données.',
            en: 'The Factur-X data of this PDF addresses the invoice to SIREN {xml}, but the structure chosen (SIRET {chosen}) has SIREN {siren}: Chorus Pro follows the Factur-X data, not the form. Put the client\'s SIRET in the data.',
          }),
          { xml: buyerSiren, chosen, siren: chosen.slice(0, 9) },
        ),
      );
    }
    if (buyerSiren === undefined) return [];
    return finding(
      say(
        withWayOut({
          fr: 'Les données Factur-X de ce PDF ne donnent pas le SIRET du destinataire : Chorus Pro ne saura pas à quelle structure adresser la facture. Mettez-y le SIRET du client ({chosen}).',
          en: 'The Factur-X data of this PDF does not give the recipient\'s SIRET: Chorus Pro will not know which structure the invoice is for. Put the client\'s SIRET ({chosen}) in it.',
        }),
        { chosen },
      ),
    );
  },
};
