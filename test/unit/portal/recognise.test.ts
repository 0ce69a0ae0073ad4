import { describe, expect, it } from 'vitest';
import { recognisePage } from '../../../utils/portal/recognise.ts';
import { foldWords, labelPart } from '../../../utils/portal/words.ts';
import { markupVisibility, replicaDocument } from './dom-fixture.ts';

describe('foldWords', () => {
  it('reads labels as a person does: no star, no colon, no accents, one kind of apostrophe and N°', () => {
    expect(foldWords('* Numéro :')).toBe('numero');
    expect(foldWords('N° d’engagement :')).toBe("n° d'engagement");
    expect(foldWords('Nº   d\'engagement')).toBe("n° d'engagement");
    expect(foldWords("Le destinataire est-il l'État ? :")).toBe("le destinataire est-il l'etat?");
    expect(labelPart(foldWords('Date : 03/06/2019'))).toBe('date');
  });
});

describe('recognisePage', () => {
  it.each([
    ['index.html', 'connexion'],
    ['cpp/accueil.html', 'accueil'],
    ['cpp/facturesEmises.html', 'factures-emises'],
    ['cpp/saisie.html', 'saisie'],
    ['cpp/saisieReconnue.html', 'saisie'],
    ['cpp/saisieTableau.html', 'saisie'],
    ['cpp/facturesTravaux.html', 'travaux'],
    ['cpp/accuseDepot.html', 'factures-emises'],
  ])('%s is %s, from its words', (file, kind) => {
    const { document } = replicaDocument(file);
    expect(recognisePage(document, markupVisibility)).toBe(kind);
  });

  it('the deposit window wins while it is open, and only then', () => {
    const { document } = replicaDocument('cpp/facturesEmises.html');
    const window = document.getElementById('GFE_DepotFacture_Fenetre')!;
    window.classList.add('in');
    expect(recognisePage(document, markupVisibility)).toBe('depot');
    window.classList.remove('in');
    expect(recognisePage(document, markupVisibility)).toBe('factures-emises');
  });

  it('the analysis step shows over the page', () => {
    const { document } = replicaDocument('cpp/facturesEmises.html');
    document.getElementById('GFE_DepotFacture_Analyse')!.removeAttribute('hidden');
    expect(recognisePage(document, markupVisibility)).toBe('analyse');
  });

  it('the works space is told by its heading, not by the menu entry every page has', () => {
    const { document } = replicaDocument('cpp/accueil.html');
    expect(document.body.textContent).toContain('FACTURES DE TRAVAUX');
    expect(recognisePage(document, markupVisibility)).toBe('accueil');
  });

  it('an unknown page is none', () => {
    const { document } = replicaDocument('cpp/accueil.html');
    document.body.textContent = 'Bonjour';
    expect(recognisePage(document, markupVisibility)).toBeUndefined();
  });
});
