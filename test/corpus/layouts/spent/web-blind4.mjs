// Blind-4 layouts printed by a browser engine from their own HTML (see ../../README.md): an equipment-rental invoice
// (days × units × daily rate, a damage waiver in percent, a security deposit received but not cashed), an invoice
// followed by the customer's statement of account (other open invoices and the balance of the account), and an
// invoice sent in the body of an e-mail, printed from a webmail (the message's own date above the invoice's).
import { addDays, esc, MONTHS, pad } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, LATE_FEES, makeInvoice, money, plainMoney, qty, rate, recompute, references } from '../../lib/invoice.mjs';
import { renameSupplier, spacedSiret, sum } from '../../lib/variants.mjs';

const CITY_HEAVY = { cityProb: 0.65, engagementProb: 0.75 };
const lines = (list) => list.filter(Boolean).map((line) => `<div>${esc(line)}</div>`).join('');
const buyerHtml = (inv, x) => `<b>${esc(inv.buyer.name)}</b>${lines(inv.buyer.lines)}${inv.print.buyerSiret ? `<div>${x.pick(['SIRET', 'Siret', 'N° SIRET'])} ${spacedSiret(x, inv.buyer.siret)}</div>` : ''}`;
const refsHtml = (inv, opts) => references(inv, opts).map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('');

// ——— 1. Equipment rental. ———
const MACHINES = [
  { label: 'Nacelle ciseaux électrique 8 m', day: [9000, 16000] },
  { label: 'Mini-pelle 1,5 t', day: [11000, 19000] },
  { label: 'Groupe électrogène 20 kVA', day: [6000, 11000] },
  { label: 'Barrières de chantier (lot de 10)', day: [1200, 3500] },
  { label: 'Podium scénique 6 x 4 m', day: [18000, 32000] },
  { label: 'Sonorisation portable 2 x 500 W', day: [4500, 9000] },
  { label: 'Chapiteau 5 x 10 m', day: [15000, 28000] },
  { label: 'Compresseur 50 L', day: [2500, 4500] },
];
const locationMateriel = {
  name: 'n-location-materiel',
  family: 'equipment-rental',
  producers: ['chromium'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('n-location-materiel', i, { ...CITY_HEAVY, trades: ['services', 'btp'], numbers: ['odoo', 'hash', 'plain'], engagementLabels: ['bonDeCommande', 'ej', 'engagementJuridiqueNo', 'commandePublique'], marketProb: 0.35, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], groups: ['space', 'nbsp', 'dot', 'none'], lines: [1, 3], rcsProb: 0.6 });
    const x = extraRng(inv, 'rental');
    renameSupplier(inv, x.pick(['Ondaine Location Matériel', 'Forez Loc Pro', 'Rhône-Loire Location', 'Loc’Événements 42']), x.pick(['SAS', 'SARL']));
    const days = x.int(1, 12);
    inv.period = { start: inv.delivery, end: addDays(inv.delivery, days - 1), days };
    const first = x.int(0, MACHINES.length - 1);
    const rentals = inv.lines.map((l, k) => {
      const m = MACHINES[(first + k) % MACHINES.length];
      const units = x.pick([1, 1, 1, 2, 3, 4]);
      const day = x.int(m.day[0], m.day[1]);
      return { label: m.label, qty: units, days, unit: day, rate: l.rate, total: units * days * day, rental: true };
    });
    const waiverPct = x.pick([8, 10, 12]);
    const waiver = Math.round((sum(rentals, 'total') * waiverPct) / 100);
    inv.lines = [...rentals, { label: `Garantie casse et vol (${waiverPct} % de la location)`, qty: 1, unit: waiver, rate: inv.rates[0], total: waiver }];
    if (x.chance(0.7)) {
      const transport = x.int(4500, 18000);
      inv.lines.push({ label: x.pick(['Transport aller et retour', 'Livraison et reprise sur site', 'Acheminement A/R']), qty: 1, unit: transport, rate: inv.rates[0], total: transport });
    }
    if (x.chance(0.4)) {
      const fuel = x.int(1500, 6000);
      inv.lines.push({ label: 'Carburant consommé (refacturation)', qty: 1, unit: fuel, rate: inv.rates[0], total: fuel });
    }
    inv.contract = `LC${inv.date.y % 100}-${x.digits(5)}`;
    inv.caution = x.pick([50000, 100000, 150000, 300000]);
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const v = inv.vat[0];
    const rows = inv.lines.map((l) => (l.rental
      ? `<tr><td>${esc(l.label)}</td><td class="r">${qty(l.qty)}</td><td class="r">${l.days} j</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`
      : `<tr><td>${esc(l.label)}</td><td class="r">1</td><td class="r">–</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`)).join('');
    const accent = x.pick(['#e65100', '#2e7d32', '#0d47a1']);
    const netLabel = x.pick(['Net à payer', 'Montant à régler', 'Total à payer']);
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
      @page { size: A4; margin: 12mm 14mm 18mm 14mm; } body { font-family: 'Liberation Sans'; font-size: 8.8pt; color: #222; margin: 0; }
      .band { background: ${accent}; color: #fff; padding: 6px 10px; display: flex; justify-content: space-between; align-items: center; }
      .band .name { font-size: 15pt; font-weight: bold; } .band .doc { font-size: 12pt; text-align: right; }
      .grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 10px; margin: 10px 0; } .box { border: 1px solid #bbb; padding: 6px; } .h { font-size: 7pt; text-transform: uppercase; color: ${accent}; font-weight: bold; margin-bottom: 3px; }
      table { border-collapse: collapse; width: 100%; } .items th { border-bottom: 2px solid ${accent}; text-align: left; padding: 4px; } .items td { padding: 4px; border-bottom: 1px solid #ddd; } .r { text-align: right; white-space: nowrap; } th.r { text-align: right; }
      .tot { width: 80mm; margin: 8px 0 0 auto; } .tot td { padding: 3px 4px; } .tot .b td { font-weight: bold; font-size: 10.5pt; border-top: 2px solid ${accent}; }
      .caution { margin-top: 10px; border: 1px dashed #888; padding: 6px; font-size: 8pt; } .legal { margin-top: 12px; font-size: 6.8pt; color: #555; }
    </style></head><body>
      <div class="band"><div><div class="name">${esc(s.name)}</div><div>${esc(x.pick(['Location de matériel BTP et événementiel', 'Location – Vente – Réparation', 'Loueur de matériel professionnel']))}</div></div>
        <div class="doc">${esc(x.pick(['FACTURE DE LOCATION', 'Facture', 'FACTURE']))}<br><b>${esc(inv.number)}</b></div></div>
      <div class="grid">
        <div class="box"><div class="h">Agence</div>${lines([...s.address, `Tél. ${s.phone}`, s.email, inv.print.supplierSiret ? `SIRET ${spacedSiret(x, s.siret)}` : null])}</div>
        <div class="box"><div class="h">Client</div>${buyerHtml(inv, x)}</div>
        <div class="box"><div class="h">Location</div><div>${x.pick(['Date facture', 'Facturé le', 'Date'])} : <b>${date(inv, inv.date)}</b></div><div>Contrat n° ${esc(inv.contract)}</div>
          <div>Du ${date(inv, inv.period.start)} au ${date(inv, inv.period.end)}</div><div>Durée : ${inv.period.days} jour${inv.period.days > 1 ? 's' : ''} calendaire${inv.period.days > 1 ? 's' : ''}</div>${refsHtml(inv)}</div>
      </div>
      <table class="items"><tr><th>Matériel / prestation</th><th class="r">Qté</th><th class="r">Durée</th><th class="r">Prix ${x.pick(['jour HT', 'unitaire HT / jour', 'HT'])}</th><th class="r">Montant HT</th></tr>${rows}</table>
      <table class="tot"><tr><td>Total HT</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>TVA ${rate(v.rate)}</td><td class="r">${money(inv, inv.tva)}</td></tr>
        <tr><td>Total TTC</td><td class="r">${money(inv, inv.ttc)}</td></tr><tr class="b"><td>${netLabel}</td><td class="r">${money(inv, inv.net)}</td></tr></table>
      <div class="caution">${esc(x.pick(['Dépôt de garantie reçu', 'Caution versée', 'Chèque de caution']))} : ${money(inv, inv.caution)} – ${esc(x.pick(['non encaissé, restitué au retour du matériel', 'restitué après contrôle du matériel, non déduit de la présente facture', 'conservé jusqu’au retour du matériel']))}.</div>
      <p>${inv.print.iban ? `Règlement par virement : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif.'} Échéance : ${date(inv, inv.due)}.</p>
      <div class="legal">${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</div>
    </body></html>`;
  },
};

// ——— 2. Invoice followed by the statement of account. ———
const releveCompte = {
  name: 'n-releve-compte',
  family: 'statement-appended',
  producers: ['chromium'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('n-releve-compte', i, { ...CITY_HEAVY, numbers: ['plain', 'ebp', 'ciel', 'hash'], engagementLabels: ['engagement', 'ej', 'numeroEj'], marketProb: 0.4, dateStyles: ['slash', 'dash', 'long'], rates: [[2000], [1000], [2000, 1000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 5], rcsProb: 0.5, depositPct: [0, 0, 0, 30] });
    const x = extraRng(inv, 'statement');
    const others = Array.from({ length: x.int(2, 4) }, (_, k) => {
      const d = addDays(inv.date, -x.int(20, 120) - k * 7);
      const ttc = x.int(8000, 900000);
      const paid = x.pick([0, 0, ttc, Math.round(ttc / 2)]);
      return { number: inv.number.replace(/\d+$/, (m) => String(x.int(1, 10 ** m.length - 1)).padStart(m.length, '0')), date: d, due: addDays(d, 30), ttc, paid };
    }).sort((a, b) => (a.date.y - b.date.y) || (a.date.m - b.date.m) || (a.date.d - b.date.d));
    inv.statement = [...others, { number: inv.number, date: inv.date, due: inv.due, ttc: inv.ttc, paid: inv.deposit, current: true }];
    inv.balance = sum(inv.statement.map((r) => r.ttc - r.paid));
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${qty(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const tot = [[`Total HT`, inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]), ['Total TTC', inv.ttc]];
    if (inv.deposit) tot.push([`Acompte reçu le ${date(inv, inv.previousDeposit)}`, -inv.deposit]);
    const netLabel = x.pick(['Net à payer', 'Net à payer de cette facture', 'Montant de la facture à régler']);
    const stmt = inv.statement.map((r) => `<tr${r.current ? ' class="cur"' : ''}><td>${esc(r.number)}${r.current ? ' (présente facture)' : ''}</td><td>${date(inv, r.date)}</td><td>${date(inv, r.due)}</td><td class="r">${plainMoney(inv, r.ttc)}</td><td class="r">${plainMoney(inv, r.paid)}</td><td class="r">${plainMoney(inv, r.ttc - r.paid)}</td></tr>`).join('');
    const stmtDate = date(inv, inv.date);
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
      @page { size: A4; margin: 15mm 15mm 20mm 15mm; } body { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #1d1d1d; margin: 0; }
      .top { display: flex; justify-content: space-between; } .t { font-size: 16pt; font-weight: bold; } .addr { margin: 14px 0 10px 95mm; }
      table { border-collapse: collapse; width: 100%; } th { background: #ececec; text-align: left; padding: 4px; font-size: 7.8pt; } td { padding: 4px; border-bottom: 1px solid #e2e2e2; } .r { text-align: right; white-space: nowrap; } th.r { text-align: right; }
      .tot { width: 82mm; margin: 8px 0 0 auto; } .tot td { border: 0; padding: 2px 4px; } .tot .b td { font-weight: bold; border-top: 1px solid #333; }
      .page2 { break-before: page; } .cur td { font-weight: bold; } .bal { margin-top: 8px; text-align: right; font-size: 10pt; } .small { font-size: 7pt; color: #555; }
    </style></head><body>
      <div class="top"><div><div class="t">${esc(s.name)}</div>${lines([...s.address, `${s.phone} – ${s.email}`, inv.print.supplierSiret ? `SIRET ${spacedSiret(x, s.siret)}` : `TVA ${s.vat}`])}</div>
        <div style="text-align:right"><div class="t">FACTURE</div><div>N° ${esc(inv.number)}</div><div>${x.pick(['Date :', 'Du', 'Date d’émission :'])} ${date(inv, inv.date)}</div><div>Échéance : ${date(inv, inv.due)}</div><div>Code client : ${esc(inv.clientCode)}</div></div></div>
      <div class="addr">${buyerHtml(inv, x)}</div>
      ${refsHtml(inv)}
      <table style="margin-top:8px"><tr><th>Désignation</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Total HT</th></tr>${rows}</table>
      <table class="tot">${tot.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}<tr class="b"><td>${esc(netLabel)}</td><td class="r">${money(inv, inv.net)}</td></tr></table>
      <p>${inv.print.iban ? `Virement : IBAN ${iban(inv)} – BIC ${s.bic} – merci de rappeler le n° de facture.` : 'Règlement par mandat administratif à 30 jours.'}</p>
      <p class="small">${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</p>
      <div class="page2">
        <div class="t">${esc(x.pick(['Relevé de compte', 'RELEVÉ DE COMPTE CLIENT', 'Situation de votre compte']))}</div>
        <div>${esc(inv.buyer.name)} – code client ${esc(inv.clientCode)} – arrêté au ${stmtDate}</div>
        <table style="margin-top:8px"><tr><th>Pièce</th><th>Date</th><th>Échéance</th><th class="r">Montant TTC</th><th class="r">Réglé</th><th class="r">Reste dû</th></tr>${stmt}</table>
        <div class="bal">${esc(x.pick(['Solde de votre compte', 'Total restant dû sur le compte', 'Solde débiteur']))} au ${stmtDate} : <b>${money(inv, inv.balance)}</b></div>
        <p class="small">${esc(x.pick(['Si vous avez réglé entre-temps, merci de ne pas tenir compte de ce relevé.', 'Relevé donné à titre d’information : seules les factures font foi.']))}</p>
      </div>
    </body></html>`;
  },
};

// ——— 3. Invoice in the body of an e-mail, printed from a webmail. ———
const WEEKDAYS = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];
const courriel = {
  name: 'n-courriel',
  family: 'printed-email',
  producers: ['chromium'],
  count: 6,
  make: (i) => makeInvoice('n-courriel', i, { ...CITY_HEAVY, trades: ['services', 'food', 'books'], numbers: ['micro', 'plain', 'carnet', 'hash'], engagementLabels: ['bonDeCommande', 'engagement', 'vosReferencesBdc'], marketProb: 0.25, dateStyles: ['slash', 'long'], rates: [[2000], [1000]], groups: ['space', 'none', 'nbsp'], lines: [1, 4], rcsProb: 0.5, ibanProb: 0.9 }),
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const sent = addDays(inv.date, x.int(0, 3));
    const day = new Date(Date.UTC(sent.y, sent.m - 1, sent.d)).getUTCDay();
    const time = `${pad(x.int(8, 18))}:${pad(x.int(0, 59))}`;
    const buyerSlug = inv.buyer.name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
    const to = x.pick([`factures@${buyerSlug}.fr`, `comptabilite@${buyerSlug}.fr`]);
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${qty(l.qty)}</td><td class="r">${money(inv, l.unit)}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const v = inv.vat[0];
    const refs = references(inv).map(([k, val]) => `${esc(k)} : ${esc(val)}`).join('<br>');
    const greeting = x.pick(['Bonjour,', 'Madame, Monsieur,', 'Bonjour Madame, Bonjour Monsieur,']);
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
      @page { size: A4; margin: 10mm 12mm 14mm 12mm; } body { font-family: 'DejaVu Sans'; font-size: 8.6pt; color: #202124; margin: 0; }
      .app { display: flex; justify-content: space-between; border-bottom: 1px solid #ccc; padding-bottom: 4px; color: #5f6368; font-size: 8pt; }
      .subj { font-size: 13pt; margin: 10px 0 6px; } .hdr td { padding: 1px 8px 1px 0; vertical-align: top; } .hdr .k { color: #5f6368; }
      .att { border: 1px solid #dadce0; border-radius: 4px; display: inline-block; padding: 3px 8px; margin: 6px 0; font-size: 7.8pt; }
      .msg { border-top: 1px solid #eee; margin-top: 8px; padding-top: 8px; } .inv { border: 1px solid #ccc; padding: 10px; margin-top: 8px; }
      table { border-collapse: collapse; } .items { width: 100%; margin-top: 6px; } .items th { border-bottom: 1px solid #555; text-align: left; padding: 3px; } .items td { padding: 3px; border-bottom: 1px solid #eee; } .r { text-align: right; white-space: nowrap; } th.r { text-align: right; }
      .tot td { padding: 2px 6px; } .sig { color: #5f6368; margin-top: 10px; font-size: 7.8pt; }
    </style></head><body>
      <div class="app"><span>${esc(x.pick(['Messagerie', 'Webmail', 'Courrier']))} – ${esc(to)}</span><span>1 message</span></div>
      <div class="subj">${esc(x.pick([`Facture ${inv.number}`, `Votre facture n° ${inv.number}`, `${s.name} – facture ${inv.number}`]))}</div>
      <table class="hdr"><tr><td class="k">De :</td><td>${esc(s.name)} &lt;${esc(s.email)}&gt;</td></tr><tr><td class="k">À :</td><td>${esc(to)}</td></tr>
        <tr><td class="k">Date :</td><td>${WEEKDAYS[day]} ${sent.d} ${MONTHS[sent.m - 1]} ${sent.y} à ${time}</td></tr></table>
      ${x.chance(0.5) ? `<div class="att">📎 Facture_${esc(inv.number.replace(/[/]/g, '-'))}.pdf (${x.int(40, 180)} Ko)</div>` : ''}
      <div class="msg">${greeting}<br><br>${esc(x.pick(['Veuillez trouver ci-dessous notre facture pour la prestation réalisée.', 'Suite à notre intervention, voici la facture correspondante.', 'Je vous prie de trouver ci-après la facture relative à votre commande.']))}
        <div class="inv">
          <div style="display:flex;justify-content:space-between"><div><b>${esc(s.name)}</b>${lines([...s.address, inv.print.supplierSiret ? `SIRET : ${spacedSiret(x, s.siret)}` : null, inv.kind === 'company' ? `TVA : ${s.vat}` : null])}</div>
            <div style="text-align:right"><b>FACTURE N° ${esc(inv.number)}</b><br>${x.pick(['Date de la facture', 'Date de facturation', 'Date'])} : ${date(inv, inv.date)}<br>${refs}</div></div>
          <div style="margin-top:8px">Client : ${buyerHtml(inv, x)}</div>
          <table class="items"><tr><th>Article</th><th class="r">Qté</th><th class="r">Prix HT</th><th class="r">Total HT</th></tr>${rows}</table>
          <table class="tot" style="margin:6px 0 0 auto"><tr><td>Total HT</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>TVA (${rate(v.rate)})</td><td class="r">${money(inv, inv.tva)}</td></tr><tr><td><b>Total TTC</b></td><td class="r"><b>${money(inv, inv.ttc)}</b></td></tr></table>
          <div style="margin-top:6px">${inv.print.iban ? `Paiement par virement sous 30 jours – IBAN : ${iban(inv)}` : 'Paiement par mandat administratif sous 30 jours.'}</div>
        </div>
        <p>${esc(x.pick(['Nous restons à votre disposition pour toute question.', 'Bonne réception,', 'Merci de votre confiance.']))}<br>${esc(x.pick(['Cordialement,', 'Bien à vous,']))}</p>
        <div class="sig">${esc(s.name)} – ${esc(s.phone)}<br>${esc(legalLine(inv))}</div>
      </div>
    </body></html>`;
  },
};

export default [locationMateriel, releveCompte, courriel];
