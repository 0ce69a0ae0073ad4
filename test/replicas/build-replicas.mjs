// Writes the static replicas of the Chorus Pro portal (test/replicas/site) from one description of the pages,
// so that the markup variants of the entry form stay consistent with each other. Run after editing:
//   node test/replicas/build-replicas.mjs
// The words come from the city's published deposit guide and docs/portal.md; the markup is a guess of a
// server-rendered Bootstrap page (the real one is not public): two variants on purpose.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SITE = join(import.meta.dirname, 'site');
const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MENU = ['ACCUEIL CONNECTÉ', 'ACTIVITÉS DU GESTIONNAIRE', 'FACTURES DE TRAVAUX', 'FACTURES ÉMISES', 'FACTURES REÇUES', 'MES MESSAGES', 'RACCORDEMENTS EDI ET API', 'SOLLICITATIONS ÉMISES', 'SOLLICITATIONS REÇUES', 'MON COMPTE'];
const MENU_LINKS = { 'ACCUEIL CONNECTÉ': '/cpp/accueil?execution=e1s1', 'FACTURES DE TRAVAUX': '/cpp/facturesTravaux?execution=e1s1', 'FACTURES ÉMISES': '/cpp/facturesEmises?execution=e1s1' };
const SUB_MENU = [
  ['Synthèse', '/cpp/facturesEmises?execution=e1s1'], ['Rechercher', '#'], ['Tableau de bord', '#'],
  ['Saisir facture', '/cpp/saisie?execution=e1s3'], ['Dépôt factures', '#depot'], ['Liste fiscale', '#'], ['Archives', '#'],
];

function layout({ title, active, body, subMenu = false, connected = true, account = 'MENUISERIE DUPONT SARL', note, script }) {
  const menu = connected
    ? `<nav class="menu-principal" aria-label="Menu principal"><ul>${MENU.map((item) => `<li${item === active ? ' class="active"' : ''}><a href="${MENU_LINKS[item] ?? '#'}"${item === active ? ' aria-current="page"' : ''}>${escape(item)}</a></li>`).join('')}</ul></nav>`
    : '';
  const sub = subMenu
    ? `<nav class="sous-menu" aria-label="Factures émises"><ul>${SUB_MENU.map(([label, href]) => `<li><a href="${href}"${href === '#depot' ? ' id="GFE_Menu_DepotFactures" data-toggle="modal" data-target="#GFE_DepotFacture_Fenetre"' : ''}>${escape(label)}</a></li>`).join('')}</ul></nav>`
    : '';
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${escape(title)} - Chorus Pro</title>${note ? `\n<!-- ${note} -->` : ''}
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/cpp/ressources/portail.css">
</head>
<body>
<header class="bandeau"><div class="conteneur"><a class="logo" href="/cpp/accueil?execution=e1s1">Chorus Pro</a><span class="aide">Besoin d'aide ? <a href="#">Posez une question</a></span>${connected ? `<span class="utilisateur">${escape(account)} · <a href="/">Se déconnecter</a></span>` : ''}</div></header>
${menu}
${sub}
<main class="conteneur" id="contenu">
${body}
</main>
<footer class="pied"><div class="conteneur">Chorus Pro · <a href="#">Notes de version</a> · <a href="#">Accessibilité : partiellement conforme</a></div></footer>
<script src="/cpp/ressources/portail.js"></script>${script ? `\n<script>\n${script}\n</script>` : ''}
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------------------
// The entry form. One description, rendered twice.
const CADRES = [
  ['A1', "A1: Dépôt par un fournisseur d'une facture"],
  ['A2', "A2: Dépôt par un fournisseur d'une facture déjà payée"],
  ['A4', "A4: Dépôt par un fournisseur d'un projet de décompte mensuel"],
  ['A9', "A9: Dépôt par un sous-traitant d'une facture"],
  ['A12', "A12: Dépôt par un cotraitant d'une facture"],
];
const SELECT_PLACEHOLDER = ['', 'Sélectionner'];
const FORM = [
  {
    block: 'FOURNISSEUR DE LA FACTURE', id: 'Fournisseur', fields: [
      { key: 'supplierDesignation', label: 'Désignation', star: true, kind: 'select2', bean: 'fournisseur.designation', options: [SELECT_PLACEHOLDER, ['12345678200017', 'MENUISERIE DUPONT SARL - 12345678200017']] },
      { key: 'supplierService', label: 'Service', kind: 'select', bean: 'fournisseur.service', options: [SELECT_PLACEHOLDER, ['COMPTA', 'Service comptabilité']] },
      { key: 'supplierBank', label: 'Références bancaires', kind: 'select', bean: 'fournisseur.coordonneesBancaires', options: [SELECT_PLACEHOLDER, ['RIB1', 'FR76 3000 4000 0312 3456 7890 143 - Compte principal']] },
    ],
  },
  {
    block: 'CADRE DE FACTURATION', id: 'CadreFacturation', fields: [
      { key: 'billingFrame', label: 'Cadre de facturation', star: true, kind: 'select2', bean: 'cadreFacturation.code', options: [SELECT_PLACEHOLDER, ...CADRES] },
    ],
  },
  {
    block: 'DESTINATAIRE DE LA FACTURE', id: 'Destinataire', fields: [
      { key: 'recipientIsState', label: "Le destinataire est-il l'État ?", kind: 'radio', bean: 'destinataire.estEtat', options: [['true', 'OUI'], ['false', 'NON']] },
      { key: 'recipientSiret', label: 'SIRET', star: true, kind: 'text', bean: 'destinataire.siret', button: 'Rechercher une structure' },
      { key: 'recipientName', label: 'Raison sociale', kind: 'text', bean: 'destinataire.raisonSociale' },
      { key: 'serviceCode', label: 'Code service', kind: 'text', bean: 'destinataire.codeService', button: 'Rechercher un service' },
      { key: 'serviceName', label: 'Libellé service', kind: 'text', bean: 'destinataire.libelleService' },
    ],
  },
  {
    block: 'RÉFÉRENCES', id: 'References', fields: [
      { key: 'invoiceNumber', label: 'Numéro', star: true, kind: 'text', bean: 'references.numeroFacture' },
      { key: 'invoiceDate', label: 'Date', kind: 'text', bean: 'references.dateFacture', placeholder: 'jj/mm/aaaa' },
      { key: 'depositFormatRef', label: 'Format de dépôt', kind: 'readonly', bean: 'references.formatDepot' },
      { key: 'currency', label: 'Devise', star: true, kind: 'select2', bean: 'references.devise', options: [['EUR', 'EUR - Euro européen'], ['USD', 'USD - Dollar des États-Unis'], ['CHF', 'CHF - Franc suisse']] },
      { key: 'documentType', label: 'Type', kind: 'radio', bean: 'references.typeFacture', options: [['FACTURE', 'Facture'], ['AVOIR', 'Avoir']] },
      { key: 'engagementNumber', label: "N° d'engagement", kind: 'text', bean: 'references.numeroEngagement' },
      { key: 'marketNumber', label: 'Numéro du marché', kind: 'text', bean: 'references.numeroMarche' },
      { key: 'vatType', label: 'Type de TVA', star: true, kind: 'select', bean: 'references.typeTva', options: [SELECT_PLACEHOLDER, ['TVA_SUR_DEBIT', 'TVA sur les débits'], ['TVA_SUR_ENCAISSEMENT', 'TVA sur les encaissements'], ['EXONERATION', 'Exonération'], ['SANS_TVA', 'Sans TVA']] },
      // Shown with « Exonération » only (assumed, not seen): rendered hidden, the portal's script shows it.
      { key: 'vatExemptionReason', label: "Motif d'exonération", kind: 'text', bean: 'references.motifExoneration', showWith: { key: 'vatType', value: 'EXONERATION' } },
      { key: 'paymentMode', label: 'Mode de règlement', star: true, kind: 'select', bean: 'references.modeReglement', options: [SELECT_PLACEHOLDER, ['CHEQUE', 'Chèque'], ['PRELEVEMENT', 'Prélèvement'], ['VIREMENT', 'Virement'], ['ESPECE', 'Espèce'], ['AUTRE', 'Autre'], ['REPORT', 'Report']] },
    ],
  },
  {
    block: 'MONTANTS TOTAUX', id: 'MontantsTotaux', fields: [
      { key: 'totalHT', label: 'Montant HT', star: true, kind: 'amount', bean: 'montants.montantHt' },
      { key: 'totalTVA', label: 'Montant TVA', star: true, kind: 'amount', bean: 'montants.montantTva' },
      { key: 'totalTTCBeforeDiscount', label: 'Montant TTC avant remise', kind: 'amount', bean: 'montants.montantTtcAvantRemise' },
      { key: 'globalDiscountTTC', label: 'Montant remise globale TTC', kind: 'amount', bean: 'montants.montantRemiseGlobaleTtc' },
      { key: 'totalTTC', label: 'Montant TTC après remise', star: true, kind: 'amount', bean: 'montants.montantTtcApresRemise' },
      { key: 'netAPayer', label: 'Net à payer', star: true, kind: 'amount', bean: 'montants.montantAPayer' },
    ],
  },
];

// What CPP recognised in the deposited PDF (seed: "les données reconnues automatiquement sont en surbrillance bleue").
const RECOGNISED = {
  supplierDesignation: '12345678200017', billingFrame: 'A1', recipientIsState: 'false', recipientSiret: '21420218600018',
  recipientName: 'VILLE DE SAINT ETIENNE', invoiceNumber: 'FA-2024-0312', invoiceDate: '12/03/2024', currency: 'EUR',
  documentType: 'FACTURE', engagementNumber: 'BC 24 01 234', vatType: 'TVA_SUR_DEBIT', paymentMode: 'VIREMENT',
  totalHT: '1 250,00', totalTVA: '250,00', totalTTCBeforeDiscount: '1 500,00', globalDiscountTTC: '0,00', totalTTC: '1 500,00', netAPayer: '1 500,00',
};
// A manual entry starts with the portal's defaults only.
const DEFAULTS = { supplierDesignation: '12345678200017', recipientIsState: 'false', currency: 'EUR', documentType: 'FACTURE', depositFormatRef: 'SAISIE_PORTAIL' };

const star = (field) => (field.star ? '<span class="obligatoire" aria-hidden="true">*</span> ' : '');
const options = (field, value) => field.options.map(([code, caption]) => `<option value="${escape(code)}"${code === value ? ' selected' : ''}>${escape(caption)}</option>`).join('');

// Variant A: Bootstrap form-horizontal, label[for], select2 combos, ids MODULE_Screen_Section_Field.
function controlA(field, blockId, values, recognised) {
  const id = `GFE_SaisieFacture_${blockId}_${field.bean.split('.').pop().replace(/^./, (c) => c.toUpperCase())}`;
  const name = `facture.${field.bean}`;
  const value = values[field.key] ?? '';
  const blue = recognised && field.key in RECOGNISED ? ' champ-reconnu' : '';
  switch (field.kind) {
    case 'select':
    case 'select2':
      return { id, html: `<select id="${id}" name="${name}" class="form-control${field.kind === 'select2' ? ' js-select2' : ''}${blue}">${options(field, value)}</select>` };
    case 'radio':
      return {
        id: `${id}_${field.options[0][0]}`,
        html: `<div class="radios${blue}">${field.options.map(([code, caption]) => `<label class="radio-inline" for="${id}_${code}"><input type="radio" id="${id}_${code}" name="${name}" value="${code}"${code === value ? ' checked' : ''}> ${escape(caption)}</label>`).join(' ')}</div>`,
        group: true,
      };
    case 'readonly':
      return { id, html: `<input type="text" id="${id}" name="${name}" class="form-control" readonly value="${escape(value)}">` };
    default:
      return {
        id,
        html: `<div class="input-group"><input type="text" id="${id}" name="${name}" class="form-control${field.kind === 'amount' ? ' montant' : ''}${blue}" value="${escape(value)}"${field.placeholder ? ` placeholder="${field.placeholder}"` : ''}>${field.button ? `<span class="input-group-btn"><button type="button" class="btn btn-secondaire" data-recherche="${field.key === 'recipientSiret' ? 'structure' : 'service'}">${escape(field.button)}</button></span>` : ''}</div>`,
      };
  }
}

// A field the page shows only with some choice (« Motif d'exonération » with « Exonération »): the server renders
// it hidden unless that choice is made, and the portal's script (ressources/portail.js) shows or hides it, as
// jQuery's show()/hide() do, with an inline style.
function shownWith(field, controlId, values) {
  const shown = values[field.showWith.key] === field.showWith.value;
  return ` data-affiche-si="${controlId}" data-affiche-si-valeur="${escape(field.showWith.value)}"${shown ? '' : ' style="display: none"'}`;
}

function formA(values, recognised, form = FORM) {
  return form.map(({ block, id, fields, html }) => {
    if (html) return html;
    const rows = fields.map((field) => {
      // Odd markup for the security specs: a label naming a control that is not there, a control without a label.
      if (field.kind === 'nowhere') return `<div class="form-group"><label for="GFE_Introuvable" class="col-sm-4 control-label">${star(field)}${escape(field.label)} :</label><div class="col-sm-8"></div></div>`;
      if (field.kind === 'unlabelled') return `<div class="form-group"><div class="col-sm-8"><input type="text" class="form-control" value="${escape(field.value)}"></div></div>`;
      const control = controlA(field, id, values, recognised);
      const label = control.group
        ? `<span class="col-sm-4 control-label" id="${control.id}_libelle">${star(field)}${escape(field.label)} :</span>`
        : `<label for="${control.id}" class="col-sm-4 control-label">${star(field)}${escape(field.label)} :</label>`;
      const condition = field.showWith ? shownWith(field, controlA(fields.find((each) => each.key === field.showWith.key), id, values, recognised).id, values) : '';
      return `<div class="form-group"${condition}>${label}<div class="col-sm-8">${control.html}</div></div>`;
    });
    return `<div class="panel panel-default" id="GFE_SaisieFacture_${id}">
<div class="panel-heading"><h2 class="panel-title"><a href="#GFE_SaisieFacture_${id}_Corps" data-toggle="collapse" data-target="#GFE_SaisieFacture_${id}_Corps" aria-expanded="true">${escape(block)}</a></h2></div>
<div class="panel-collapse collapse in" id="GFE_SaisieFacture_${id}_Corps"><div class="panel-body form-horizontal">
${rows.join('\n')}
</div></div></div>`;
  }).join('\n');
}

// Variant B: fieldsets and tables, label cells without `for`, opaque JSF-like ids; one field named by
// aria-labelledby, one by the text before it in its group, one by its placeholder only.
let opaque = 100;
function formB(values, recognised) {
  return FORM.map(({ block, fields }) => {
    const ids = {};
    const conditionalRows = [];
    const cells = fields.map((field) => {
      const id = `j_idt${opaque++}`;
      ids[field.key] = id;
      const name = `formSaisie:${id}`;
      const value = values[field.key] ?? '';
      const classes = [field.kind === 'select2' ? 'js-select2' : '', recognised && field.key in RECOGNISED ? 'reconnu' : ''].filter(Boolean).join(' ');
      const blue = classes ? ` class="${classes}"` : '';
      const text = `${star(field)}${escape(field.label)} :`;
      let control;
      switch (field.kind) {
        case 'select':
        case 'select2':
          control = `<select id="${id}" name="${name}"${blue}>${options(field, value)}</select>`;
          break;
        case 'radio':
          control = `<span class="choix">${field.options.map(([code, caption], index) => `<input type="radio" id="${id}:${index}" name="${name}" value="${code}"${code === value ? ' checked' : ''}${blue}><label for="${id}:${index}">${escape(caption)}</label>`).join(' ')}</span>`;
          break;
        case 'readonly':
          control = `<span id="${id}" class="lecture-seule">${escape(value)}</span>`;
          break;
        default:
          control = `<input type="text" id="${id}" name="${name}" value="${escape(value)}"${blue}>${field.button ? ` <input type="button" class="bouton" value="${escape(field.button)}" data-recherche="${field.key === 'recipientSiret' ? 'structure' : 'service'}">` : ''}`;
      }
      if (field.key === 'serviceCode') {
        return `<td class="libelle"><span id="${id}_lib">${text}</span></td><td>${control.replace(`id="${id}"`, `id="${id}" aria-labelledby="${id}_lib"`)}</td>`;
      }
      if (field.key === 'engagementNumber') {
        return `<td colspan="2"><div class="groupe-saisie"><span class="texte">${text}</span><br>${control}</div></td>`;
      }
      if (field.key === 'marketNumber') {
        return `<td class="libelle"></td><td>${control.replace(`id="${id}"`, `id="${id}" placeholder="Numéro du marché" title="Numéro du marché"`)}</td>`;
      }
      if (field.showWith) {
        conditionalRows.push(`<tr${shownWith(field, ids[field.showWith.key], values)}><td class="libelle">${text}</td><td>${control}</td><td></td><td></td></tr>`);
        return null;
      }
      return `<td class="libelle">${text}</td><td>${control}</td>`;
    }).filter((cell) => cell !== null);
    const rows = [];
    for (let index = 0; index < cells.length; index += 2) rows.push(`<tr>${cells[index]}${cells[index + 1] ?? '<td></td><td></td>'}</tr>`);
    rows.push(...conditionalRows);
    return `<fieldset class="bloc"><legend>${escape(block)}</legend><table class="tableau-saisie" role="presentation"><tbody>
${rows.join('\n')}
</tbody></table></fieldset>`;
  }).join('\n');
}

// « PIÈCES JOINTES »: "Ajouter des pièces jointes" (a file input), then one row per file (Type, Désignation, Nom du
// fichier). The portal's script adds a row for each file chosen and empties the input, as an uploader does.
const ATTACHMENTS = `<div class="panel panel-default" id="GFE_SaisieFacture_PiecesJointes"><div class="panel-heading"><h2 class="panel-title">PIÈCES JOINTES</h2></div><div class="panel-body">
<div class="form-group"><label for="GFE_SaisieFacture_PiecesJointes_Ajout">Ajouter des pièces jointes</label> <input type="file" id="GFE_SaisieFacture_PiecesJointes_Ajout" name="facture.piecesJointes.fichiers" multiple data-pieces-jointes="GFE_SaisieFacture_PiecesJointes_Tableau"></div>
<table class="table" id="GFE_SaisieFacture_PiecesJointes_Tableau"><caption class="sr-only">Pièces jointes</caption><thead><tr><th>Type</th><th>Désignation ↑↓</th><th>Nom du fichier ↑↓</th><th>Actions</th></tr></thead>
<tbody><tr><td>Facture PDF</td><td>FA-2024-0312.pdf</td><td>facture_2024-03.pdf</td><td><input type="button" class="btn btn-secondaire" value="Ajouter"> <input type="button" class="btn btn-secondaire" value="Télécharger"></td></tr></tbody></table>
</div></div>`;

function entryPage({ variant, recognised, form = FORM, values: changed = {}, note, script, account, greeting = '', attachments = ATTACHMENTS }) {
  const values = { ...(recognised ? { ...DEFAULTS, ...RECOGNISED, depositFormatRef: 'DEPOT_PDF_PORTAIL' } : DEFAULTS), ...changed };
  const banner = recognised
    ? '<div class="alert alert-info" role="status">Votre document a été analysé : les données reconnues automatiquement sont en surbrillance bleue. Merci de vérifier et corriger si nécessaire avant de valider.</div>'
    : '';
  const blocks = variant === 'A' ? formA(values, recognised, form) : formB(values, recognised);
  return layout({
    note,
    script,
    ...(account ? { account } : {}),
    title: 'Saisir facture',
    active: 'FACTURES ÉMISES',
    subMenu: true,
    body: `<h1 class="titre-page">Saisie d'une facture</h1>
${banner}${greeting}
<form id="GFE_SaisieFacture_Formulaire" method="get" action="/cpp/accuseDepot" novalidate>
<input type="hidden" name="execution" value="e1s4">
${blocks}
${attachments}
<div class="actions"><a class="btn btn-secondaire" href="/cpp/facturesEmises?execution=e1s1">Annuler</a> <button type="button" class="btn btn-secondaire" id="GFE_SaisieFacture_Actions_BoutonEnregistrer">Enregistrer le brouillon</button> <button type="submit" class="btn btn-primaire" id="GFE_SaisieFacture_Actions_BoutonValiderEnvoyer">Valider et envoyer</button></div>
</form>
<div class="fenetre-recherche" id="GFE_RechercheStructure_Fenetre" role="dialog" aria-modal="true" aria-labelledby="GFE_RechercheStructure_Titre" hidden>
<h2 id="GFE_RechercheStructure_Titre">Rechercher une structure</h2>
<label for="GFE_RechercheStructure_Criteres_Identifiant">Identifiant de la structure :</label> <input type="text" id="GFE_RechercheStructure_Criteres_Identifiant" name="critere.identifiant">
<button type="button" class="btn btn-primaire" id="GFE_RechercheStructure_Criteres_BoutonRechercher">Rechercher</button>
<table class="table" id="GFE_RechercheStructure_Resultats" hidden><thead><tr><th>Sélection</th><th>Identifiant</th><th>Raison sociale</th></tr></thead><tbody></tbody></table>
<button type="button" class="btn btn-secondaire" data-fermer>Fermer</button>
</div>`,
  });
}

// ---------------------------------------------------------------------------------------------------------
// The entry form after recognition, for the security specs: hostile values, and markup the assistant does not expect.
const HOSTILE_SAISIE = entryPage({
  variant: 'A',
  recognised: true,
  note: 'Replica for the security specs: the entry form after recognition, its values hostile (markup, script, control characters, 200 000-character values).',
  values: {
    recipientName: '<iframe srcdoc="<script>parent.__pwned=4</script>">',
    invoiceDate: '<img src=x onerror=window.__pwned=1>',
    engagementNumber: '"><svg onload=window.__pwned=3>',
    totalHT: '<script>window.__pwned=2</script>',
  },
  script: `// Values no server would render but a user can paste: control and bidirectional characters, 200 000 characters.
document.getElementById('GFE_SaisieFacture_References_NumeroFacture').value = 'FA\\u0001\\u001b[31m\\u202e2130-4202';
document.getElementById('GFE_SaisieFacture_MontantsTotaux_MontantTva').value = 'A'.repeat(200000);
document.getElementById('GFE_SaisieFacture_References_NumeroMarche').value = 'M'.repeat(200000);`,
});

const ODD_SAISIE_INCOMPLETE = entryPage({
  variant: 'A',
  recognised: true,
  note: 'Replica for the security specs: the entry form with blocks and fields missing, labels pointing nowhere.',
  form: FORM.filter(({ block }) => block !== 'MONTANTS TOTAUX').map((block) => ({
    ...block,
    fields: block.fields.flatMap((field) =>
      field.key === 'recipientSiret' ? [{ ...field, kind: 'nowhere' }, { kind: 'unlabelled', value: 'sans libellé' }] : [field],
    ),
  })),
});

const UNKNOWN_BLOCK = `<div class="panel panel-default" id="GFE_SaisieFacture_BlocInconnu">
<div class="panel-heading"><h2 class="panel-title">INFORMATIONS COMPLÉMENTAIRES</h2></div>
<div class="panel-body form-horizontal">
<div class="form-group"><label for="GFE_Inconnu_1" class="col-sm-4 control-label">Numéro :</label><div class="col-sm-8"><input type="text" id="GFE_Inconnu_1" class="form-control" value="42"></div></div>
<div class="form-group"><label for="GFE_Inconnu_2" class="col-sm-4 control-label">SIRET :</label><div class="col-sm-8"><input type="text" id="GFE_Inconnu_2" class="form-control" value="pas un siret"></div></div>
<div class="form-group"><label class="col-sm-4 control-label">Date :</label><div class="col-sm-8"><table><tr><td><table><tr><td><input type="text" class="form-control" value="31/02/2024"></td></tr></table></td></tr></table></div></div>
<div class="form-group"><label for="GFE_Inconnu_3" class="col-sm-4 control-label">Montant HT :</label><div class="col-sm-8"><textarea id="GFE_Inconnu_3" class="form-control">1 250,00</textarea></div></div>
<div class="form-group"><label for="GFE_Inconnu_4" class="col-sm-4 control-label">Pièce :</label><div class="col-sm-8"><input type="file" id="GFE_Inconnu_4"></div></div>
</div></div>`;

const ODD_SAISIE_DOUBLES = entryPage({
  variant: 'A',
  recognised: true,
  note: 'Replica for the security specs: the entry form with duplicated labels and blocks, and extra blocks the assistant does not know.',
  form: FORM.flatMap((block) =>
    block.block === 'RÉFÉRENCES' ? [block, { ...block, block: 'RÉFÉRENCES (COPIE)', id: 'Copie_References' }, { html: UNKNOWN_BLOCK }] : [block],
  ),
});

// ---------------------------------------------------------------------------------------------------------
const CONNEXION = layout({
  title: 'Bienvenue',
  connected: false,
  body: `<h1 class="titre-page">BIENVENUE SUR LE PORTAIL CHORUS PRO</h1>
<p>Si vous êtes une entreprise fournisseur de biens ou de services d'une entité publique française, vous pouvez adresser vos demandes de paiement, à l'aide du portail Chorus Pro, sous forme électronique plutôt que papier.</p>
<div class="colonnes">
<section class="encart" aria-labelledby="GCU_Sauthentifier_VousAvezDejaUnCompte_Titre">
<h2 id="GCU_Sauthentifier_VousAvezDejaUnCompte_Titre">VOUS AVEZ DÉJÀ UN COMPTE ?</h2>
<form method="get" action="/cpp/accueil"><input type="hidden" name="execution" value="e1s1">
<div class="form-group"><label for="username">Adresse électronique de connexion :</label><input type="text" id="username" name="username" class="form-control"></div>
<div class="form-group"><label for="password">Mot de passe :</label><input type="password" id="password" name="password" class="form-control"></div>
<button type="submit" class="btn btn-primaire" id="GCU_Sauthentifier_VousAvezDejaUnCompte_BoutonSeConnecter">Se connecter</button> <a href="#">Mot de passe oublié ?</a>
</form>
</section>
<section class="encart" aria-labelledby="GCU_Sauthentifier_VousEtesNouveau_Titre">
<h2 id="GCU_Sauthentifier_VousEtesNouveau_Titre">VOUS ÊTES NOUVEAU SUR CHORUS PRO ?</h2>
<form method="get" action="/cpp/utilisateur"><input type="hidden" name="execution" value="e2s1">
<div class="form-group"><label for="GCU_Sauthentifier_VousEtesNouveau_Email"><span class="obligatoire">*</span> Adresse électronique de connexion :</label><input type="text" id="GCU_Sauthentifier_VousEtesNouveau_Email" name="inscription.email" class="form-control"></div>
<div class="form-group"><label for="GCU_Sauthentifier_VousEtesNouveau_Siret"><span class="obligatoire">*</span> Numéro de SIRET :</label><input type="text" id="GCU_Sauthentifier_VousEtesNouveau_Siret" name="inscription.siret" class="form-control"></div>
<button type="submit" class="btn btn-primaire" id="GCU_Sauthentifier_VousEtesNouveau_BoutonValider">Valider</button> <a href="#">Je n'ai pas de numéro de SIRET</a>
</form>
</section>
</div>
<section class="actualites"><h2>ACTUALITÉS</h2><p>[Information] - Modalités de contact du support Chorus Pro</p></section>`,
});

const ACCUEIL = layout({
  title: 'Accueil',
  active: 'ACCUEIL CONNECTÉ',
  body: `<div class="colonnes">
<section class="encart"><h2>FIL D'ÉVÉNEMENTS</h2><ul class="fil"><li>28/09/2020 : Un ou plusieurs événements dans l'espace Factures reçues</li><li>26/09/2020 : Un ou plusieurs événements dans l'espace Factures de travaux</li><li>25/09/2020 : Un ou plusieurs événements dans l'espace Factures émises</li></ul></section>
<section class="encart"><h2>ACTUALITÉS</h2><p>[Information] - Nouvel espace « Mes messages »</p></section>
<section class="encart"><h2>ACCÈS RAPIDE</h2><ul class="acces"><li><a href="#">+ Ajouter un espace</a></li><li><a href="#">Rechercher structure publique</a></li><li><a href="/cpp/facturesEmises?execution=e1s1#depot">+ Déposer une facture</a></li><li><a href="#">Accéder aux rejets EDI</a></li></ul></section>
</div>`,
});

const DEPOT_WINDOW = `<div class="modal" id="GFE_DepotFacture_Fenetre" role="dialog" aria-modal="true" aria-labelledby="GFE_DepotFacture_Titre">
<div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><h2 class="modal-title" id="GFE_DepotFacture_Titre">Dépôt d'une nouvelle facture</h2></div>
<form class="modal-body" id="GFE_DepotFacture_Formulaire" method="get" action="/cpp/saisieReconnue">
<input type="hidden" name="execution" value="e3s2">
<div class="form-group"><label for="GFE_DepotFacture_Fichier_Choix"><span class="obligatoire">*</span> Choix du fichier à importer</label><input type="file" id="GFE_DepotFacture_Fichier_Choix" name="depot.fichier" class="form-control"></div>
<div class="form-group"><label for="GFE_DepotFacture_Format_Choix"><span class="obligatoire">*</span> Format de dépôt :</label><select id="GFE_DepotFacture_Format_Choix" name="depot.format" class="form-control"><option value="">Sélectionner</option><option value="PDF_NON_SIGNE">PDF non signé</option><option value="PDF_SIGNE">PDF signé</option><option value="XML_UBL">UBL</option><option value="XML_CII">CII</option><option value="FACTURX">Factur-X</option></select></div>
<div class="form-group"><label for="GFE_DepotFacture_Cadre_Choix"><span class="obligatoire">*</span> Cadre de facturation :</label><select id="GFE_DepotFacture_Cadre_Choix" name="depot.cadre" class="form-control js-select2"><option value="">Sélectionner</option>${CADRES.map(([code, caption]) => `<option value="${code}">${escape(caption)}</option>`).join('')}</select></div>
<div class="form-group"><label for="GFE_DepotFacture_Structure_Identifiant"><span class="obligatoire">*</span> Structure :</label><input type="text" id="GFE_DepotFacture_Structure_Identifiant" name="depot.structure" class="form-control" placeholder="SIRET ou nom de la structure"></div>
<div class="form-group"><label for="GFE_DepotFacture_Service_Choix">Sélectionner un service :</label><select id="GFE_DepotFacture_Service_Choix" name="depot.service" class="form-control"><option value="">Sélectionner</option><option value="FACTURES">FACTURE, TRAVAIL, SERVICES</option></select></div>
<div class="modal-footer"><button type="button" class="btn btn-secondaire" data-fermer>Annuler</button> <button type="submit" class="btn btn-primaire" id="GFE_DepotFacture_BoutonContinuer">Continuer</button></div>
</form>
</div></div></div>
<div class="analyse" id="GFE_DepotFacture_Analyse" hidden>
<div class="analyse-boite" role="status"><h2>Analyse en cours</h2><p>Votre document est en cours d'analyse, les données reconnues automatiquement sont en surbrillance bleue. Merci de vérifier et corriger si nécessaire avant de valider.</p><button type="button" class="btn btn-secondaire" data-annuler-analyse>Annuler</button></div>
</div>`;

const SYNTHESE = `<h1 class="titre-page">Synthèse</h1>
<div class="colonnes"><section class="encart"><h2>Mes factures émises</h2><p>3 factures en cours de traitement, 1 facture rejetée.</p></section>
<section class="encart"><h2>Dernières factures</h2><table class="table"><thead><tr><th>Numéro</th><th>Destinataire</th><th>Statut</th></tr></thead><tbody><tr><td>FA-2024-0298</td><td>VILLE DE SAINT ETIENNE</td><td>Mise à disposition</td></tr></tbody></table></section></div>`;

const FACTURES_EMISES = layout({
  title: 'Factures émises',
  active: 'FACTURES ÉMISES',
  subMenu: true,
  body: `${SYNTHESE}
${DEPOT_WINDOW}`,
});

// The deposit window as another replica, written apart from ours, draws it: JSF-like ids, labels with the star
// after the words, and « Structure » as a list of the depositor's own structures, the first one chosen. Nobody
// here knows which reading the real portal makes of « Structure » (docs/portal.md): the assistant must hold in both.
const DEPOT_AUTRE_STRUCTURE = layout({
  title: 'Factures émises',
  active: 'FACTURES ÉMISES',
  subMenu: true,
  note: "Replica of the deposit window as drawn independently of ours: « Structure » lists the depositor's own structures.",
  body: `${SYNTHESE}
<div id="formDepot:dlgDepot" class="ui-dialog ui-widget ui-widget-content ui-corner-all ui-overlay-visible" role="dialog" aria-labelledby="formDepot:dlgDepot_title" aria-modal="true" style="position: fixed; top: 40px; left: 50%; transform: translateX(-50%); width: 600px; background: #fff; border: 1px solid #888; z-index: 1050;">
<div class="ui-dialog-titlebar ui-widget-header"><span id="formDepot:dlgDepot_title" class="ui-dialog-title">Dépôt d'une nouvelle facture</span></div>
<div class="ui-dialog-content ui-widget-content">
<form id="formDepot" name="formDepot" method="get" action="/cpp/saisieReconnue" enctype="multipart/form-data">
<input type="hidden" name="formDepot" value="formDepot"><input type="hidden" name="execution" value="e4s1">
<div class="ui-grid-row"><div class="ui-grid-col-4"><label for="formDepot:fichier" class="ui-outputlabel">Choix du fichier à importer <span class="ui-outputlabel-rfi">*</span></label></div><div class="ui-grid-col-8"><input type="file" id="formDepot:fichier" name="formDepot:fichier" accept=".pdf,.xml"></div></div>
<div class="ui-grid-row"><div class="ui-grid-col-4"><label for="formDepot:format" class="ui-outputlabel">Format de dépôt <span class="ui-outputlabel-rfi">*</span></label></div><div class="ui-grid-col-8"><select id="formDepot:format" name="formDepot:format" class="ui-selectonemenu"><option value="">Sélectionner</option><option value="PDF_SIGNE" selected>PDF signé</option><option value="PDF_NON_SIGNE">PDF non signé</option><option value="FACTURX">Factur-X</option></select></div></div>
<div class="ui-grid-row"><div class="ui-grid-col-4"><label for="formDepot:cadre" class="ui-outputlabel">Cadre de facturation <span class="ui-outputlabel-rfi">*</span></label></div><div class="ui-grid-col-8"><select id="formDepot:cadre" name="formDepot:cadre" class="ui-selectonemenu"><option value="">Sélectionner</option>${CADRES.map(([code, caption]) => `<option value="${code}">${escape(caption)}</option>`).join('')}</select></div></div>
<div class="ui-grid-row"><div class="ui-grid-col-4"><label for="formDepot:structure" class="ui-outputlabel">Structure <span class="ui-outputlabel-rfi">*</span></label></div><div class="ui-grid-col-8"><select id="formDepot:structure" name="formDepot:structure" class="ui-selectonemenu"><option value="48253710900019" selected>48253710900019 - MENUISERIE DUPONT</option><option value="48253710900027">48253710900027 - MENUISERIE DUPONT (ATELIER)</option></select></div></div>
<div class="ui-grid-row"><div class="ui-grid-col-4"><label for="formDepot:service" class="ui-outputlabel">Sélectionner un service</label></div><div class="ui-grid-col-8"><select id="formDepot:service" name="formDepot:service" class="ui-selectonemenu"><option value="">Sélectionner</option></select></div></div>
<div class="ui-dialog-buttonpane"><button type="button" id="formDepot:annuler" class="ui-button">Annuler</button> <button type="submit" id="formDepot:continuer" class="ui-button ui-button-primary">Continuer</button></div>
</form>
</div></div>`,
});

const TRAVAUX = layout({
  title: 'Factures de travaux',
  active: 'FACTURES DE TRAVAUX',
  body: `<h1 class="titre-page">FACTURES DE TRAVAUX</h1>
<nav class="sous-menu" aria-label="Factures de travaux"><ul><li><a href="#">Synthèse</a></li><li><a href="#">Saisir un projet de décompte mensuel</a></li><li><a href="#">Saisir un état d'acompte</a></li><li><a href="#">Rechercher</a></li></ul></nav>
<section class="encart"><h2>Mes factures de travaux</h2><p>Aucune facture de travaux en cours.</p></section>`,
});

const ACCUSE = layout({
  title: 'Accusé de dépôt',
  active: 'FACTURES ÉMISES',
  subMenu: true,
  body: `<h1 class="titre-page">Dépôt de la facture</h1>
<div class="alert alert-succes" role="status"><p>Votre facture a été déposée avec succès. Numéro de flux : CPP2024-000184512.</p>
<p><a class="btn btn-secondaire" href="#" id="GFE_AccuseDepot_BoutonTelecharger">Télécharger le justificatif de dépôt</a></p></div>
<p><a href="/cpp/facturesEmises?execution=e1s1">Retour à la synthèse</a></p>`,
});

// ---------------------------------------------------------------------------------------------------------
// An entry form the assistant only partly recognises (as a later version of the portal might show it: the
// amounts under words it does not know), filled with values anyone can recognise: the page skeleton a user copies
// for the support desk must carry none of them (the values are in recognisable.json, for the tests).
const RECOGNISABLE = JSON.parse(readFileSync(join(import.meta.dirname, 'recognisable.json'), 'utf8'));
const PARTIAL_AMOUNT_LABELS = { totalHT: ['Total hors taxes', 'montants.totalHorsTaxes'], totalTVA: ['Total des taxes', 'montants.totalTaxes'] };
const PARTIAL_FORM = FORM.map((block) => ({
  ...block,
  fields: block.fields.map((field) => {
    if (field.key === 'supplierDesignation') {
      return { ...field, options: [SELECT_PLACEHOLDER, ...RECOGNISABLE.suppliers.map((name, index) => [RECOGNISABLE.supplierSirets[index], `${name} - ${RECOGNISABLE.supplierSirets[index]}`])] };
    }
    if (field.key === 'supplierBank') return { ...field, options: [SELECT_PLACEHOLDER, ['RIB1', `${RECOGNISABLE.iban} - Compte ${RECOGNISABLE.suppliers[0]}`]] };
    const renamed = PARTIAL_AMOUNT_LABELS[field.key];
    return renamed ? { ...field, label: renamed[0], bean: renamed[1] } : field;
  }),
}));
const SAISIE_PARTIELLE = entryPage({
  variant: 'A',
  recognised: true,
  form: PARTIAL_FORM,
  account: RECOGNISABLE.account,
  note: 'Replica: an entry form the assistant only partly recognises (amounts under unknown words), filled with recognisable values.',
  values: {
    supplierDesignation: RECOGNISABLE.supplierSirets[0], supplierBank: 'RIB1', recipientSiret: RECOGNISABLE.recipientSiret, recipientName: RECOGNISABLE.recipientName,
    invoiceNumber: RECOGNISABLE.invoiceNumber, engagementNumber: RECOGNISABLE.engagementNumber, marketNumber: RECOGNISABLE.marketNumber,
    totalHT: RECOGNISABLE.amounts[0], totalTVA: RECOGNISABLE.amounts[1], totalTTCBeforeDiscount: RECOGNISABLE.amounts[2], totalTTC: RECOGNISABLE.amounts[2], netAPayer: RECOGNISABLE.amounts[2],
  },
  greeting: `<p class="bienvenue">Bonjour ${escape(RECOGNISABLE.account)} (${escape(RECOGNISABLE.email)}), vous déposez pour ${escape(RECOGNISABLE.suppliers[0])}.</p>
<div class="form-group"><input type="checkbox" id="GFE_SaisieFacture_Copie" name="facture.copieCourriel" checked> <label for="GFE_SaisieFacture_Copie">Envoyer une copie à ${escape(RECOGNISABLE.email)}</label></div>`,
  attachments: `<div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">PIÈCES JOINTES</h2></div><div class="panel-body">
<div class="form-group"><label for="GFE_SaisieFacture_PiecesJointes_Ajout">Ajouter des pièces jointes</label> <input type="file" id="GFE_SaisieFacture_PiecesJointes_Ajout" name="facture.piecesJointes.fichiers" multiple></div>
<table class="table"><thead><tr><th>Type</th><th>Désignation</th><th>Nom du fichier</th><th>Actions</th></tr></thead>
<tbody><tr><td>Facture PDF</td><td>${escape(RECOGNISABLE.invoiceNumber)}</td><td>${escape(RECOGNISABLE.attachment)}</td><td><button type="button" class="btn btn-secondaire" aria-label="Supprimer ${escape(RECOGNISABLE.attachment)}">Supprimer</button></td></tr></tbody></table>
</div></div>`,
});

// A page the assistant does not know, with a form: the account's details (the assistant offers the page's skeleton).
const MON_COMPTE = layout({
  title: 'Mon compte',
  active: 'MON COMPTE',
  account: RECOGNISABLE.account,
  note: 'Replica: a Chorus Pro page the assistant does not know, showing a form filled with the user\'s own details.',
  body: `<h1 class="titre-page">Mes informations</h1>
<form id="GCU_MonCompte_Formulaire" method="get" action="/cpp/monCompte">
<input type="hidden" name="execution" value="e5s1">
<fieldset><legend>Coordonnées</legend>
<div class="form-group"><label for="GCU_MonCompte_Coordonnees_Nom">Nom :</label><input type="text" id="GCU_MonCompte_Coordonnees_Nom" name="utilisateur.nom" class="form-control" value="QUINCAMPOIX"></div>
<div class="form-group"><label for="GCU_MonCompte_Coordonnees_Prenom">Prénom :</label><input type="text" id="GCU_MonCompte_Coordonnees_Prenom" name="utilisateur.prenom" class="form-control" value="Hortense"></div>
<div class="form-group"><label for="GCU_MonCompte_Coordonnees_Courriel">Adresse électronique :</label><input type="text" id="GCU_MonCompte_Coordonnees_Courriel" name="utilisateur.courriel" class="form-control" value="${escape(RECOGNISABLE.email)}"></div>
<div class="form-group"><label for="GCU_MonCompte_Coordonnees_Telephone">Téléphone :</label><input type="text" id="GCU_MonCompte_Coordonnees_Telephone" name="utilisateur.telephone" class="form-control" value="04 77 12 34 56"></div>
</fieldset>
<div class="actions"><button type="submit" class="btn btn-primaire" id="GCU_MonCompte_BoutonEnregistrer">Enregistrer</button></div>
</form>`,
});

const pages = {
  'index.html': CONNEXION,
  'cpp/utilisateur.html': CONNEXION,
  'cpp/accueil.html': ACCUEIL,
  'cpp/facturesEmises.html': FACTURES_EMISES,
  'cpp/saisie.html': entryPage({ variant: 'A', recognised: false }),
  'cpp/saisieReconnue.html': entryPage({ variant: 'A', recognised: true }),
  'cpp/saisieTableau.html': entryPage({ variant: 'B', recognised: false }),
  'cpp/saisieTableauReconnue.html': entryPage({ variant: 'B', recognised: true }),
  'cpp/hostile-saisie.html': HOSTILE_SAISIE,
  'cpp/odd-saisie-incomplete.html': ODD_SAISIE_INCOMPLETE,
  'cpp/odd-saisie-doubles.html': ODD_SAISIE_DOUBLES,
  'cpp/saisiePartielle.html': SAISIE_PARTIELLE,
  'cpp/depotAutreStructure.html': DEPOT_AUTRE_STRUCTURE,
  'cpp/monCompte.html': MON_COMPTE,
  'cpp/facturesTravaux.html': TRAVAUX,
  'cpp/accuseDepot.html': ACCUSE,
};
for (const [path, html] of Object.entries(pages)) {
  const file = join(SITE, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}
console.log(`Wrote ${Object.keys(pages).length} replica pages in ${SITE}`);
// site/favicon.ico (a 16 px blue square) is kept as is: without it every page logs a 404 in the console.
