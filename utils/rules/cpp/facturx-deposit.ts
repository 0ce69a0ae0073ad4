import { facturxProfileName } from '../../model/facturx-facts.ts';
import type { Messages, Rule } from '../types.ts';

/** In the deposit window (and the guide's PDF check): what a deposit of this PDF through « Dépôt factures » does. */
const AS_A_FLOW: Messages = {
  fr: 'Déposé par « Dépôt factures », il est traité comme un flux : Chorus Pro lit ces données, et non le formulaire ni le cadre de facturation, et un rejet n\'apparaît que plus tard, dans « Suivi des flux ». L\'assistant vérifie ces données : corrigez ce qu\'il signale avant de déposer.',
  en: 'Deposited through « Dépôt factures », it is handled as a flow: Chorus Pro reads this data, not the form nor the billing frame, and a rejection only shows later, in « Suivi des flux ». The assistant checks this data: correct what it points out before depositing.',
};

/**
 * On the entry form the invoice is what the form says: the PDF imported in the panel only helps to fill it in.
 * Its XML's problems would only matter if the same PDF were deposited through « Dépôt factures ».
 */
const ON_THE_FORM: Messages = {
  fr: 'Sur « Saisir facture », Chorus Pro enregistre ce que vous saisissez dans le formulaire : ces données ne sont pas lues ici. Si vous déposez plutôt ce PDF par « Dépôt factures », il sera traité comme un flux et Chorus Pro lira ces données à la place du formulaire ; l\'assistant les vérifie alors dans la fenêtre de dépôt.',
  en: 'On « Saisir facture », Chorus Pro records what you type in the form: this data is not read here. If you deposit this PDF through « Dépôt factures » instead, it is handled as a flow and Chorus Pro reads this data instead of the form; the assistant then checks it in the deposit window.',
};

export const facturxDeposit: Rule = {
  id: 'cpp/facturx-deposit',
  fields: ['depositFile', 'page'],
  pages: ['depot', 'saisie'],
  severity: 'info',
  check({ facturx, snapshot, say }) {
    if (!facturx) return [];
    const profile = facturxProfileName(facturx.profile);
    const depot = snapshot.page === 'depot';
    const handling = depot ? AS_A_FLOW : ON_THE_FORM;
    return [
      {
        // The entry form has no file field: there, the message is about the PDF imported in the panel.
        field: depot ? 'depositFile' : 'page',
        message: profile
          ? say({ fr: `Ce PDF contient des données Factur-X (profil {profile}). ${handling.fr}`, en: `This PDF carries Factur-X data (profile {profile}). ${handling.en}` }, { profile })
          : say({ fr: `Ce PDF contient des données Factur-X. ${handling.fr}`, en: `This PDF carries Factur-X data. ${handling.en}` }),
      },
    ];
  },
};
