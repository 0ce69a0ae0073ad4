import { compareDates, type CalendarDate } from '../../model/date.ts';
import type { MentionPresence, PdfMentions } from '../../model/pdf-text.ts';
import type { Locale, Messages, Rule } from '../types.ts';

/** The reform's dates: large and mid-size companies first, then the others. */
const LARGE_COMPANIES_FROM: CalendarDate = { year: 2026, month: 9, day: 1 };
const OTHERS_FROM: CalendarDate = { year: 2027, month: 9, day: 1 };

const MENTIONS: Record<keyof PdfMentions, Messages> = {
  buyerId: { fr: 'le SIREN du client (son SIRET convient)', en: "the client's SIREN (its SIRET will do)" },
  operationCategory: {
    fr: "la catégorie de l'opération (livraison de biens, prestation de services, ou les deux)",
    en: 'the category of the operation (delivery of goods, services, or both)',
  },
};

/** From when the mentions are required, said for the day of the check. */
function requiredFrom(today: CalendarDate): Messages {
  if (compareDates(today, OTHERS_FROM) >= 0)
    return { fr: 'obligatoires pour toutes les entreprises depuis le 1er septembre 2027', en: 'mandatory for every company since 1 September 2027' };
  if (compareDates(today, LARGE_COMPANIES_FROM) >= 0)
    return {
      fr: 'obligatoires depuis le 1er septembre 2026 pour les grandes entreprises et les ETI, et à partir du 1er septembre 2027 pour les autres',
      en: 'mandatory since 1 September 2026 for large and mid-size companies, and from 1 September 2027 for the others',
    };
  return {
    fr: 'obligatoires à partir du 1er septembre 2026 pour les grandes entreprises et les ETI, et du 1er septembre 2027 pour les autres',
    en: 'mandatory from 1 September 2026 for large and mid-size companies, and from 1 September 2027 for the others',
  };
}

/** The mentions in that state, joined as the sentence needs (« ne … pas A ni B », « vérifier A et B »). */
function list(mentions: PdfMentions, presence: MentionPresence, joiner: Messages): Messages {
  const keys = (Object.keys(MENTIONS) as (keyof PdfMentions)[]).filter((key) => mentions[key] === presence);
  return both((locale) => keys.map((key) => MENTIONS[key][locale]).join(joiner[locale]));
}

/** Every text here is the assistant's own: composed in both languages, nothing read from the PDF is quoted. */
function both(compose: (locale: Locale) => string): Messages {
  return { fr: compose('fr'), en: compose('en') };
}

export const mentions2026: Rule = {
  id: 'cpp/mentions-2026',
  fields: ['page', 'depositFile'],
  pages: ['depot', 'saisie'],
  severity: 'info',
  check({ pdfMentions, snapshot, today, say }) {
    if (!pdfMentions) return [];
    const missing = list(pdfMentions, 'missing', { fr: ' ni ', en: ' or ' });
    const unsure = list(pdfMentions, 'unsure', { fr: ' et ', en: ' and ' });
    if (!missing.fr && !unsure.fr) return [];
    const when = requiredFrom(today);
    const allPast = compareDates(today, OTHERS_FROM) >= 0;
    const message = both((locale) => {
      const fr = locale === 'fr';
      const parts = [fr ? `Mentions ${when.fr} :` : `Mentions ${when.en}:`];
      if (missing[locale]) parts.push(fr ? `cette facture ne semble pas indiquer ${missing.fr}.` : `this invoice does not seem to give ${missing.en}.`);
      if (unsure[locale])
        parts.push(
          missing[locale]
            ? fr ? `L'assistant n'a pas pu vérifier ${unsure.fr}.` : `The assistant could not check ${unsure.en}.`
            : fr ? `l'assistant n'a pas pu vérifier que cette facture indique ${unsure.fr}.` : `the assistant could not check that this invoice gives ${unsure.en}.`,
        );
      parts.push(
        allPast
          ? fr ? 'Ajoutez-les dans votre logiciel de facturation.' : 'Add them in your invoicing software.'
          : fr ? "Ajoutez-les dans votre logiciel de facturation avant l'échéance qui vous concerne ; pour l'instant, cela n'empêche pas le dépôt." : 'Add them in your invoicing software before the date that applies to you; for now, this does not prevent the deposit.',
      );
      return parts.join(' ');
    });
    return [{ field: snapshot.page === 'depot' ? 'depositFile' : 'page', message: say(message) }];
  },
};
