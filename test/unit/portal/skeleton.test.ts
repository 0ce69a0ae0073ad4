import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_KEYS } from '../../../utils/model/fields.ts';
import { fieldCoverage, showsForm } from '../../../utils/portal/coverage.ts';
import { PortalSession } from '../../../utils/portal/session.ts';
import { pageSkeleton, TRUNCATED, type SkeletonInput } from '../../../utils/portal/skeleton.ts';
import { markupVisibility, replicaDocument } from './dom-fixture.ts';

const RECOGNISABLE = JSON.parse(readFileSync(join(import.meta.dirname, '../../replicas/recognisable.json'), 'utf8')) as {
  account: string;
  email: string;
  suppliers: string[];
  supplierSirets: string[];
  iban: string;
  invoiceNumber: string;
  recipientName: string;
  recipientSiret: string;
  engagementNumber: string;
  marketNumber: string;
  amounts: string[];
  attachment: string;
};

/** Every way a recognisable value could leak: as shown, without spaces, its digits alone; and each long word of a name. */
function leakForms(): { texts: string[]; words: string[] } {
  const values = [
    RECOGNISABLE.account, RECOGNISABLE.email, RECOGNISABLE.iban, RECOGNISABLE.invoiceNumber, RECOGNISABLE.recipientName,
    RECOGNISABLE.recipientSiret, RECOGNISABLE.engagementNumber, RECOGNISABLE.marketNumber, RECOGNISABLE.attachment,
    ...RECOGNISABLE.suppliers, ...RECOGNISABLE.supplierSirets, ...RECOGNISABLE.amounts,
  ];
  const texts = new Set<string>();
  const words = new Set<string>();
  for (const value of values) {
    texts.add(value.toLowerCase());
    texts.add(value.replace(/\s/g, '').toLowerCase());
    const digits = value.replace(/\D/g, '');
    if (digits.length >= 4) texts.add(digits);
    for (const word of value.split(/[^\p{L}]+/u)) if (word.length >= 5) words.add(word.toLowerCase());
  }
  return { texts: [...texts], words: [...words] };
}

async function skeletonOf(file: string, overrides: Partial<SkeletonInput> = {}) {
  const { document } = replicaDocument(file, { scripts: true });
  const session = new PortalSession({ document, visibility: markupVisibility });
  session.start();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const coverage = fieldCoverage(session.page, session.fields().map((field) => field.key), () => showsForm(document, markupVisibility));
  const text = pageSkeleton(document, {
    page: session.page,
    ...coverage,
    url: 'https://portail.chorus-pro.gouv.fr/cpp/saisie?execution=e1s4&siret=48253710900019#haut',
    version: '9.9.9',
    date: '2025-12-01',
    visibility: markupVisibility,
    ...overrides,
  });
  session.stop();
  return { text, coverage, document };
}

/** A page of the test's own markup (a replica's head and styles kept). */
function setBody(document: Document, html: string): void {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('afterbegin', html);
}

const listed = (text: string, heading: RegExp) => (new RegExp(`^${heading.source} \\(\\d+\\): (.*)$`, 'm').exec(text)?.[1] ?? '').split(', ');

describe('the page skeleton (« Copier la structure de la page, sans vos données »)', () => {
  it('carries none of the values on the page: names, SIRETs, amounts, the supplier list, e-mail, IBAN, file names', async () => {
    const { text } = await skeletonOf('cpp/saisiePartielle.html');
    const lower = text.toLowerCase();
    const { texts, words } = leakForms();
    for (const form of texts) expect(lower, form).not.toContain(form);
    const shownWords = new Set(lower.split(/[^\p{L}]+/u));
    for (const word of words) expect(shownWords.has(word), word).toBe(false);
    // Nor the query's values.
    expect(text).toMatch(/^url: https:\/\/portail\.chorus-pro\.gouv\.fr\/cpp\/saisie\?execution=…&siret=…$/m);
  });

  it('lists every field key as found or missing, and says the recognition is partial', async () => {
    const { text, coverage } = await skeletonOf('cpp/saisiePartielle.html');
    expect(coverage).toMatchObject({ missing: ['totalHT', 'totalTVA'], partial: true });
    expect(text).toMatch(/^page: saisie \(partial\)$/m);
    const found = listed(text, /found/);
    const missing = [...listed(text, /missing/), ...listed(text, /missing, not expected on this page/)];
    expect(found).toContain('invoiceNumber');
    expect(listed(text, /missing/)).toEqual(['totalHT', 'totalTVA']);
    expect([...found, ...missing].sort()).toEqual([...FIELD_KEYS].sort());
  });

  it('keeps what a maintainer needs to rebuild the page: structure, ids, names, classes, the portal’s words, the fields found', async () => {
    const { text } = await skeletonOf('cpp/saisiePartielle.html');
    for (const line of [
      'h2.panel-title "FOURNISSEUR DE LA FACTURE"',
      'label.col-sm-4.control-label[for=GFE_SaisieFacture_References_NumeroFacture] "* Numéro :"',
      'input#GFE_SaisieFacture_References_NumeroFacture.form-control.champ-reconnu[name=facture.references.numeroFacture][type=text][data-ca-field=invoiceNumber]',
      'label.col-sm-4.control-label[for=GFE_SaisieFacture_MontantsTotaux_TotalHorsTaxes] "* Total hors taxes :"',
      'button.btn.btn-secondaire[type=button][data-recherche] "Rechercher une structure"',
      'button#GFE_SaisieFacture_Actions_BoutonValiderEnvoyer.btn.btn-primaire[type=submit] "Valider et envoyer"',
      'span#GFE_SaisieFacture_Destinataire_EstEtat_true_libelle.col-sm-4.control-label "Le destinataire est-il l\'État ? :"',
      'nav.sous-menu aria-label="Factures émises"',
      'a "Saisir facture"',
      'input#GFE_SaisieFacture_References_DateFacture',
      'placeholder="jj/mm/aaaa"',
      '(4 options)',
    ]) {
      expect(text).toContain(line);
    }
    // A field the assistant did not find shows without its mark: that is what the maintainer looks for.
    expect(text).toMatch(/input#GFE_SaisieFacture_MontantsTotaux_TotalHorsTaxes\.form-control\.montant\.champ-reconnu\[name=facture\.montants\.totalHorsTaxes\]\[type=text\]$/m);
    // Identical siblings are written once.
    expect(text).toMatch(/th … ×4/);
    // The radio captions, the checkbox's caption, the select2 box's caption, the table's cells, free text: left out.
    expect(text).toMatch(/label\.radio-inline\[for=GFE_SaisieFacture_Destinataire_EstEtat_true\] …$/m);
    expect(text).toMatch(/span#select2-GFE_SaisieFacture_CadreFacturation_Code-container\.select2-selection__rendered\[role=textbox\] …$/m);
    expect(text).not.toMatch(/Dépôt par un fournisseur/);
    expect(text).toMatch(/p\.bienvenue …$/m);
    expect(text).toMatch(/^version: 9\.9\.9$/m);
    expect(text).toMatch(/^date: 2025-12-01$/m);
  });

  it('masks digits and e-mails in what it keeps, and drops words that repeat the page’s data', () => {
    const { document } = replicaDocument('cpp/accueil.html');
    setBody(document, `
      <h1 id="dossier_48253710900019">Dossier 2024 de Hortense, étape 2</h1>
      <label for="x_12345678901234">Copie à jean.martin@example.org</label><input id="x_12345678901234" name="ligne[3].montant" value="Quincampoix">
      <h2>Bienvenue Quincampoix</h2>
      <button type="button" title="Supprimer 12 345,67 €">Supprimer</button>
      <div data-secret="48253710900019" data-ca-field="totalHT" data-ca-state="error"></div>`);
    const text = pageSkeleton(document, { page: undefined, found: [], missing: [], partial: true, url: 'https://chorus-pro.gouv.fr/cpp/x', version: '1', date: '2025-12-01' });
    // A name shown nowhere else on the page cannot be told from the portal's words: it stays, and the user sees it
    // in the preview before copying. Shown in a value too, it goes (« Bienvenue Quincampoix »).
    expect(text).toContain('h1#dossier_# "Dossier # de Hortense, étape 2"');
    expect(text).toContain('label[for=x_#] "Copie à [e-mail]"');
    expect(text).toContain('input#x_#[name=ligne[3].montant][type=text]');
    expect(text).toContain('h2 …');
    expect(text).toContain('button[type=button] title="Supprimer # €" "Supprimer"');
    expect(text).toContain('div[data-secret][data-ca-field=totalHT][data-ca-state=error]');
    expect(text).not.toMatch(/Quincampoix|48253710900019|jean\.martin|12 345/);
    expect(text).toMatch(/^page: none \(partial: a form the assistant cannot place\)$/m);
    expect(listed(text, /missing, not expected on this page/).sort()).toEqual([...FIELD_KEYS].sort());
  });

  it('stays bounded on a huge or deeply nested page, and says it was cut', () => {
    const { document } = replicaDocument('cpp/accueil.html');
    setBody(document, `<div>${'<p class="ligne">Ligne</p><span></span>'.repeat(5000)}</div>`);
    const text = pageSkeleton(document, { page: undefined, found: [], missing: [], partial: false, url: 'https://chorus-pro.gouv.fr/', version: '1', date: '2025-12-01', maxElements: 2000 });
    expect(text.endsWith(TRUNCATED)).toBe(true);
    expect(text).toMatch(/^elements: 2000 of \d+$/m);
    const small = pageSkeleton(document, { page: undefined, found: [], missing: [], partial: false, url: 'https://chorus-pro.gouv.fr/', version: '1', date: '2025-12-01', maxChars: 5000 });
    expect(small.length).toBeLessThanOrEqual(5000 + TRUNCATED.length + 1);
    expect(small.endsWith(TRUNCATED)).toBe(true);

    // Deeper than any page, below what happy-dom's own selectors can walk.
    setBody(document, `${'<div>'.repeat(1000)}fond${'</div>'.repeat(1000)}`);
    expect(pageSkeleton(document, { page: undefined, found: [], missing: [], partial: false, url: 'https://chorus-pro.gouv.fr/', version: '1', date: '2025-12-01' }).endsWith(TRUNCATED)).toBe(true);
  }, 30_000); // happy-dom takes seconds to parse such a page; the skeleton itself, well under one

  it('never reads scripts, styles or the assistant’s own panel, and carries none of a hostile page’s values', async () => {
    const { text } = await skeletonOf('cpp/hostile-saisie.html');
    expect(text).not.toMatch(/__pwned|onerror|<script|srcdoc|AAAAAAAAAA|MMMMMMMMMM/);
    expect(text.length).toBeLessThan(120_000);
  });

  it('the independent deposit window: its « Structure » list shows as structure only', async () => {
    const { text } = await skeletonOf('cpp/depotAutreStructure.html');
    expect(text).toMatch(/^page: depot$/m);
    expect(text).toContain('label.ui-outputlabel[for=formDepot:structure] "Structure *"');
    expect(text).toContain('select#formDepot:structure.ui-selectonemenu[name=formDepot:structure][data-ca-field=depositStructure]');
    expect(text).not.toMatch(/MENUISERIE|DUPONT|48253710900019|482537/);
  });
});

describe('field coverage', () => {
  it('is partial on a known page with expected fields not found, or on an unknown page showing a form', () => {
    expect(fieldCoverage('depot', ['depositFile', 'depositFormat', 'depositFrame', 'depositStructure', 'depositService'], () => true)).toEqual({
      found: ['depositFile', 'depositFormat', 'depositFrame', 'depositStructure', 'depositService'],
      missing: [],
      partial: false,
    });
    expect(fieldCoverage('depot', ['depositFile'], () => false)).toMatchObject({ missing: ['depositFormat', 'depositFrame', 'depositStructure', 'depositService'], partial: true });
    expect(fieldCoverage('accueil', [], () => true).partial).toBe(false);
    expect(fieldCoverage(undefined, [], () => true).partial).toBe(true);
    expect(fieldCoverage(undefined, [], () => false).partial).toBe(false);
  });

  it('a form is a control a person sees, outside the assistant', () => {
    const { document } = replicaDocument('cpp/accueil.html');
    expect(showsForm(document, markupVisibility)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<chorus-assistant><input></chorus-assistant><div hidden><input></div>');
    expect(showsForm(document, markupVisibility)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<select><option>a</option></select>');
    expect(showsForm(document, markupVisibility)).toBe(true);
  });
});
