import { facturxProfileName } from '../../model/facturx-facts.ts';
import type { Rule } from '../types.ts';

export const facturxDeposit: Rule = {
  id: 'cpp/facturx-deposit',
  fields: ['depositFile'],
  pages: ['depot', 'saisie'],
  severity: 'info',
  check({ facturx, say }) {
    if (!facturx) return [];
    const profile = facturxProfileName(facturx.profile);
    const handling = {
      fr: 'Déposé par « Dépôt factures », il est traité comme un flux : Chorus Pro lit ces données, et non le formulaire ni le cadre de facturation, et un rejet n\'apparaît que plus tard, dans « Suivi des flux ». L\'assistant vérifie ces données : corrigez ce qu\'il signale avant de déposer.',
      en: 'Deposited through « Dépôt factures », it is handled as a flow: Chorus Pro reads this data, not the form nor the billing frame, and a rejection only shows later, in « Suivi des flux ». The assistant checks this data: correct what it points out before depositing.',
    };
    return [
      {
        field: 'depositFile',
        message: profile
          ? say({ fr: `Ce PDF contient des données Factur-X (profil {profile}). ${handling.fr}`, en: `This PDF carries Factur-X data (profile {profile}). ${handling.en}` }, { profile })
          : say({ fr: `Ce PDF contient des données Factur-X. ${handling.fr}`, en: `This PDF carries Factur-X data. ${handling.en}` }),
      },
    ];
  },
};
