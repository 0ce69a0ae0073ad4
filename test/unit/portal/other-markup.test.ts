import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { locateFields } from '../../../utils/portal/locate.ts';
import { readField, snapshotOf } from '../../../utils/portal/read.ts';
import { recognisePage } from '../../../utils/portal/recognise.ts';
import { writeField } from '../../../utils/portal/write.ts';
import { markupVisibility } from './dom-fixture.ts';

/** Markup the replicas do not use, with the seed's words: the outside tests will bring their own. */
function page(body: string): Document {
  const window = new Window({ url: 'https://portail.chorus-pro.gouv.fr/cpp/x?execution=e1s1' });
  const document = window.document as unknown as Document;
  document.write(`<!DOCTYPE html><html lang="fr"><body>${body}</body></html>`);
  for (const option of document.querySelectorAll<HTMLOptionElement>('option[selected]')) option.selected = true;
  return document;
}

const BLOCKS = ['FOURNISSEUR DE LA FACTURE', 'DESTINATAIRE DE LA FACTURE', 'RÉFÉRENCES', 'MONTANTS TOTAUX'].map((title) => `<div class="titre-bloc">${title}</div>`).join('');

describe('other markup, same words', () => {
  it('div labels beside div controls, OUI/NON as a select, a hidden search window repeating "SIRET" first', () => {
    const document = page(`
      <div class="recherche" style="display:none"><div class="lib">SIRET</div><input id="rech"></div>
      ${BLOCKS}
      <div class="ligne"><div class="lib">Le destinataire est-il l'État ?</div><div class="val"><select id="etat"><option>OUI</option><option selected>NON</option></select></div></div>
      <div class="ligne"><div class="lib"><em>*</em> SIRET</div><div class="val"><input id="siret" value="21420218600018"></div></div>
      <div class="ligne"><div class="lib">N° d'engagement</div><div class="val"><input id="ej" value="EJ 2401234"></div></div>
      <div class="ligne"><div class="lib">Net à payer <abbr title="obligatoire">*</abbr></div><div class="val"><input id="net"></div></div>
      <div class="ligne"><div class="lib">Date</div><div class="val"><input type="date" id="date" value="2024-03-12"></div></div>
      <button>Valider et envoyer</button>`);
    expect(recognisePage(document, markupVisibility)).toBe('saisie');
    const fields = new Map(locateFields(document, 'saisie', markupVisibility).map((field) => [field.key, field]));
    expect(fields.get('recipientSiret')!.controls[0]!.id).toBe('siret');
    expect(fields.get('recipientSiret')!.starred).toBe(true);
    expect(fields.get('netAPayer')!.starred).toBe(true);
    expect(readField(fields.get('recipientIsState')!)).toBe('NON');
    writeField(fields.get('recipientIsState')!, 'OUI');
    expect(readField(fields.get('recipientIsState')!)).toBe('OUI');
    expect(snapshotOf('saisie', [...fields.values()]).fields.engagementNumber).toBe('EJ 2401234');
    expect(readField(fields.get('invoiceDate')!)).toBe('12/03/2024');
    writeField(fields.get('invoiceDate')!, '01/02/2024');
    expect((document.getElementById('date') as HTMLInputElement).value).toBe('2024-02-01');
  });

  it('a works space titled by a plain div, not by the menu link of every page', () => {
    const menu = '<ul class="menu"><li><a href="#">ACCUEIL CONNECTÉ</a></li><li><a href="#">FACTURES DE TRAVAUX</a></li><li><a href="#">FACTURES ÉMISES</a></li></ul>';
    expect(recognisePage(page(`${menu}<div class="titre">Factures de travaux</div><p>Aucune facture.</p>`), markupVisibility)).toBe('travaux');
    expect(recognisePage(page(`${menu}<div>FIL D'ÉVÉNEMENTS</div><div>ACCÈS RAPIDE</div><p>Un ou plusieurs événements dans l'espace Factures de travaux</p>`), markupVisibility)).toBe('accueil');
  });

  it('the sign-up box and the log-in box under one parent', () => {
    const document = page(`<div class="boites">
      <h2>VOUS AVEZ DÉJÀ UN COMPTE ?</h2><label>Adresse électronique de connexion <input id="login"></label>
      <h2>VOUS ÊTES NOUVEAU SUR CHORUS PRO ?</h2><label>Adresse électronique de connexion * <input id="new-email"></label>
      <label>Numéro de SIRET * <input id="new-siret"></label></div>`);
    expect(recognisePage(document, markupVisibility)).toBe('connexion');
    expect(locateFields(document, 'connexion', markupVisibility).map((field) => field.controls[0]!.id)).toEqual(['new-email', 'new-siret']);
  });

  it('a deposit window as a dialog element', () => {
    const document = page(`<p>Synthèse Rechercher Tableau de bord Saisir facture Dépôt factures Liste fiscale Archives</p>
      <dialog open><h3>Dépôt d'une nouvelle facture</h3>
      <p><span>* Choix du fichier à importer</span> <input type="file" id="f"></p>
      <p><span>* Format de dépôt :</span> <select id="fmt"><option>PDF non signé</option></select></p>
      <p><span>* Cadre de facturation :</span> <select id="cadre"><option>A1: Dépôt par un fournisseur d'une facture</option></select></p>
      <button>Annuler</button><button>Continuer</button></dialog>`);
    expect(recognisePage(document, markupVisibility)).toBe('depot');
    expect(locateFields(document, 'depot', markupVisibility).map((field) => field.key)).toEqual(['depositFile', 'depositFormat', 'depositFrame']);
  });
});
