import type { Messages } from './types.ts';

/**
 * The way out of every Factur-X problem, said the same way by each check: the XML is made by the invoicing
 * software, so that is where it is corrected; or the invoice goes in as a plain PDF, which Chorus Pro reads
 * with the form.
 */
export const FACTURX_WAY_OUT: Messages = {
  fr: 'La correction se fait dans votre logiciel de facturation (puis exportez de nouveau la facture) ; sinon, déposez un PDF sans données Factur-X.',
  en: 'The correction is made in your invoicing software (then export the invoice again); otherwise, deposit a PDF without Factur-X data.',
};

/** `message` followed by the way out, in both languages. */
export function withWayOut(message: Messages): Messages {
  return { fr: `${message.fr} ${FACTURX_WAY_OUT.fr}`, en: `${message.en} ${FACTURX_WAY_OUT.en}` };
}
