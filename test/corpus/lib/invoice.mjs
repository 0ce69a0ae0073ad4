// The invoice model of the new layouts: values drawn from a seeded generator, totals computed in cents, and the
// ground truth in the extraction contract's forms. A layout prints what the model says it prints (inv.print), so
// that the truth lists exactly the fields on the page.
import { createRng, seedFrom } from './random.mjs';
import { groupIban, groupSiret, makeIban, makeSiret, vatNumber } from './identifiers.mjs';
import { addDays, decimal, fmtAmount, fmtDate, iso, pad, rateText } from './format.mjs';
import { ASSOCIATIONS, BUYERS, CITIES, COMPANIES, MICRO, SAINT_ETIENNE, STREETS } from './parties.mjs';

const BICS = ['AGRIFRPP839', 'CEPAFRPP426', 'CCBPFRPPLYO', 'BNPAFRPPXXX', 'SOGEFRPP', 'CMCIFR2A', 'PSSTFRPPLYO'];

/** Engagement labels: `{label}` then the value; `prefix` is printed before the value in the same cell. */
export const ENGAGEMENT_LABELS = {
  ej: { label: 'N° EJ' },
  engagement: { label: 'N° d’engagement' },
  engagementJuridique: { label: 'N° d’engagement juridique' },
  bonDeCommande: { label: 'Bon de commande n°' },
  commande: { label: 'Commande n°' },
  refCommandeEj: { label: 'Réf. commande (EJ)' },
  votreCommandeEngagement: { label: 'Votre commande', prefix: 'n° engagement ' },
  poBonDeCommande: { label: 'PO number / Bon de commande' },
  numeroEj: { label: 'Numéro d’engagement juridique' },
  bcShort: { label: 'BC n°' },
  orderRef: { label: 'Order ref. / Réf. commande' },
  referenceEngagement: { label: 'Référence d’engagement' },
  commandeClient: { label: 'Votre bon de commande' },
  ejBc: { label: 'EJ / Bon de commande' },
  votreRefEj: { label: 'Votre réf.', prefix: 'EJ ' },
  // Added with the second blind part.
  engagementJuridiqueNo: { label: 'Engagement juridique n°' },
  bdc: { label: 'BdC n°' },
  ejNo: { label: 'EJ n°' },
  numeroBonCommande: { label: 'N° bon de commande' },
  engagementChorus: { label: 'N° d’engagement (Chorus Pro)' },
  vosReferencesBdc: { label: 'Vos références', prefix: 'BdC ' },
  commandePublique: { label: 'Commande publique n°' },
};

const COMPANY_NUMBERS = {
  plain: (rng, d) => `F-${d.y}-${String(rng.int(1, 999)).padStart(4, '0')}`,
  sage: (rng) => `FA${String(rng.int(100, 99999)).padStart(5, '0')}`,
  ebp: (rng, d) => `FA-${d.y}-${String(rng.int(1, 9999)).padStart(5, '0')}`,
  odoo: (rng, d) => `FAC/${d.y}/${String(rng.int(1, 9999)).padStart(5, '0')}`,
  dolibarr: (rng, d) => `FA${pad(d.y % 100)}${pad(d.m)}-${String(rng.int(1, 9999)).padStart(4, '0')}`,
  quickbooks: (rng) => String(rng.int(1001, 4999)),
  pennylane: (rng, d) => `F-${d.y}-${String(rng.int(1, 999)).padStart(3, '0')}`,
  ciel: (rng) => `FA${String(rng.int(1, 999999)).padStart(6, '0')}`,
  compact: (rng, d) => `${d.y}${pad(d.m)}${String(rng.int(1, 99)).padStart(3, '0')}`,
  slash: (rng, d) => `${pad(d.y % 100)}/${String(rng.int(1, 9999)).padStart(4, '0')}`,
  micro: (rng, d) => `${d.y}-${String(rng.int(1, 120)).padStart(3, '0')}`,
  avoir: (rng, d) => `AV-${d.y}-${String(rng.int(1, 999)).padStart(4, '0')}`,
  avoirOdoo: (rng, d) => `RFAC/${d.y}/${String(rng.int(1, 999)).padStart(5, '0')}`,
  avoirDolibarr: (rng, d) => `AV${pad(d.y % 100)}${pad(d.m)}-${String(rng.int(1, 999)).padStart(4, '0')}`,
  situation: (rng, d) => `SIT-${d.y}-${String(rng.int(1, 999)).padStart(3, '0')}`,
  // Added with the second blind part.
  stripe: (rng) => `${Array.from({ length: 8 }, () => rng.pick('0123456789ABCDEF'.split(''))).join('')}-${String(rng.int(1, 40)).padStart(4, '0')}`,
  carnet: (rng) => String(rng.int(1, 9999)).padStart(4, '0'),
  hash: (rng, d) => `FAC-${d.y}${pad(d.m)}-${String(rng.int(1, 999)).padStart(3, '0')}`,
  year2: (rng, d) => `${pad(d.y % 100)}-${String(rng.int(1, 9999)).padStart(5, '0')}`,
  solde: (rng, d) => `FS${d.y}-${String(rng.int(1, 999)).padStart(3, '0')}`,
  ticket: (rng, d) => `T${pad(d.y % 100)}${pad(d.m)}${pad(d.d)}-${String(rng.int(1, 400)).padStart(4, '0')}`,
  avoirShort: (rng, d) => `A${d.y}${String(rng.int(1, 99)).padStart(3, '0')}`,
};

function engagementValue(rng, buyer, date) {
  // The Ville de Saint-Étienne numbers its engagements with exactly 7 digits.
  if (buyer.city) return `${pad(date.y % 100)}${rng.digits(5)}`;
  return rng.pick([() => `13${rng.digits(8)}`, () => `45${rng.digits(8)}`, () => `${date.y}${rng.digits(5)}`, () => `${date.y}-${rng.digits(4)}`, () => `${date.y}-${rng.digits(6)}`])();
}

/** How people write a 7-digit engagement (the value stays without spaces in the truth). */
function writtenEngagement(rng, value) {
  if (/^\d{7}$/.test(value)) return rng.pick([value, value, `${value.slice(0, 2)} ${value.slice(2, 4)} ${value.slice(4)}`, `${value.slice(0, 4)}-${value.slice(4)}`]);
  if (/^\d{10}$/.test(value)) return rng.pick([value, value.replace(/(\d{4})(?=\d)/g, '$1 ')]);
  return value;
}

/**
 * spec: { supplier: 'company'|'micro'|'association', trades, rates: [[rate…]…] (one set is drawn), lines: [min, max],
 *   discountPct, depositPct, retenuePct, situation, avoir, engagementProb, engagementLabels: [key], numbers: [key],
 *   dateStyles, groups, currencyGap, buyerSiretProb, ibanProb, rcsProb, serviceProb, marketProb, sirenOnly, negative,
 *   cityProb }
 */
export function makeInvoice(layoutName, index, spec = {}) {
  const rng = createRng(seedFrom(`${layoutName}#${index}`));
  const kind = spec.supplier ?? 'company';
  const [zip, city] = rng.pick(CITIES);
  const address = [`${rng.int(1, 140)} ${rng.pick(STREETS)}`, `${zip} ${city}`];
  const siret = makeSiret(rng);
  let supplier;
  let goods;
  if (kind === 'micro') {
    const m = rng.pick(MICRO);
    goods = m.goods;
    supplier = { name: m.person, tagline: m.job, form: 'EI', person: m.person };
  } else if (kind === 'association') {
    const a = rng.pick(ASSOCIATIONS);
    goods = a.goods;
    supplier = { name: a.name, form: 'Association loi 1901', rna: `W${rng.int(421, 429)}${rng.digits(6)}` };
  } else {
    const pool = spec.trades ? COMPANIES.filter((c) => spec.trades.includes(c.trade)) : COMPANIES;
    const c = rng.pick(pool);
    goods = c.goods;
    supplier = { name: c.name, form: c.form, legalName: `${c.name} ${c.form}` };
  }
  const slug = supplier.name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  Object.assign(supplier, {
    address, siret, siren: siret.slice(0, 9), vat: vatNumber(siret.slice(0, 9)), iban: makeIban(rng), bic: rng.pick(BICS),
    phone: `04 ${rng.pick(['77', '78', '72', '73'])} ${pad(rng.int(10, 99))} ${pad(rng.int(10, 99))} ${pad(rng.int(10, 99))}`,
    email: `${rng.pick(['contact', 'facturation', 'compta', 'bonjour'])}@${slug}.fr`, web: `www.${slug}.fr`,
    capital: rng.pick([1000, 2000, 5000, 7500, 10000, 37000, 50000, 100000]), rcsCity: rng.pick(['Saint-Étienne', 'Lyon', 'Roanne', 'Clermont-Ferrand']),
    ape: rng.pick(['4332A', '4322A', '7022Z', '1812Z', '8130Z', '5621Z', '4941B', '4762Z', '6202A', '8121Z', '9001Z', '7410Z']),
  });
  const buyer = rng.chance(spec.cityProb ?? 0.35) ? SAINT_ETIENNE : rng.pick(BUYERS);
  const date = { y: rng.pick([2024, 2025, 2025, 2026]), m: rng.int(1, 12), d: rng.int(1, 28) };
  const avoir = Boolean(spec.avoir);
  const numberKey = rng.pick(spec.numbers ?? ['plain']);
  const number = COMPANY_NUMBERS[numberKey](rng, date);

  // Lines and totals, in cents.
  const rates = kind === 'micro' || kind === 'association' ? [0] : rng.pick(spec.rates ?? [[2000]]);
  const [minLines, maxLines] = spec.lines ?? [2, 6];
  const lineCount = Math.max(rng.int(minLines, maxLines), rates.length);
  const lines = Array.from({ length: lineCount }, (_, i) => {
    const qty = rng.pick([1, 1, 1, 2, 3, 5, 10, 0.5, 1.5, 4, 12]);
    const unit = rng.int(spec.unitMin ?? 900, spec.unitMax ?? 160000);
    const rate = rates[i % rates.length];
    return { label: `${goods[i % goods.length]}${spec.lotLabels ? ` — lot ${i + 1}` : ''}`, ref: `${String.fromCharCode(65 + (i % 26))}${rng.digits(4)}`, qty, unit, rate, total: Math.round(qty * unit) };
  });
  let situation = null;
  if (spec.situation) {
    const n = rng.int(2, 5);
    const lots = lines.map((line) => {
      const contract = line.total * rng.int(3, 8);
      const previousPct = rng.int(10, 60);
      const cumulativePct = Math.min(100, previousPct + rng.int(10, 40));
      return { label: line.label, contract, previousPct, cumulativePct, previous: Math.round((contract * previousPct) / 100), cumulative: Math.round((contract * cumulativePct) / 100) };
    });
    for (const [i, lot] of lots.entries()) {
      lines[i].total = lot.cumulative - lot.previous;
      lot.current = lines[i].total;
    }
    situation = { n, lots, contract: lots.reduce((s, l) => s + l.contract, 0), cumulative: lots.reduce((s, l) => s + l.cumulative, 0), previous: lots.reduce((s, l) => s + l.previous, 0) };
  }
  const grossByRate = new Map(rates.map((rate) => [rate, 0]));
  for (const line of lines) grossByRate.set(line.rate, grossByRate.get(line.rate) + line.total);
  const discountPct = spec.discountPct ? rng.pick([].concat(spec.discountPct)) : 0;
  const vat = [...grossByRate.entries()].filter(([, gross]) => gross > 0).map(([rate, gross]) => {
    const discount = Math.round((gross * discountPct) / 100);
    const base = gross - discount;
    return { rate, gross, discount, base, amount: Math.round((base * rate) / 10000) };
  });
  const grossHT = vat.reduce((s, v) => s + v.gross, 0);
  const discount = vat.reduce((s, v) => s + v.discount, 0);
  const ht = grossHT - discount;
  const tva = vat.reduce((s, v) => s + v.amount, 0);
  const ttc = ht + tva;
  const depositPct = spec.depositPct ? rng.pick([].concat(spec.depositPct)) : 0;
  const deposit = Math.round((ttc * depositPct) / 100);
  const retenuePct = spec.retenuePct ?? 0;
  const retenue = Math.round((ttc * retenuePct) / 100);
  const net = ttc - deposit - retenue;

  let engagement = null;
  if (rng.chance(spec.engagementProb ?? 0.5)) {
    const value = engagementValue(rng, buyer, date);
    const kindKey = rng.pick(spec.engagementLabels ?? ['engagement', 'bonDeCommande', 'ej']);
    const { label, prefix = '' } = ENGAGEMENT_LABELS[kindKey];
    engagement = { value, key: kindKey, label, written: `${prefix}${writtenEngagement(rng, value)}` };
  }
  const serviceCode = rng.chance(spec.serviceProb ?? (buyer.city ? 0.6 : 0.25)) ? rng.pick(['FIN-001', 'DSI', 'SERV-ACHATS', 'VOIRIE42', 'ENS-07', 'CULTURE', 'DRH-PAIE', 'SPORTS']) : null;
  const market = rng.chance(spec.marketProb ?? 0.3) ? rng.pick([`${date.y - 1}-${rng.digits(3)}`, `M${rng.digits(2)}.${rng.digits(4)}`, `MAPA-${date.y}-${rng.digits(2)}`, `${date.y - 1}M${rng.digits(4)}`]) : null;
  const inv = {
    layout: layoutName, index, rng, kind, supplier, buyer, date, number, avoir, lines, vat, rates, grossHT, discount, discountPct, ht, tva, ttc,
    depositPct, deposit, retenuePct, retenue, net, situation, engagement, serviceCode, market,
    due: addDays(date, rng.pick([0, 30, 30, 45, 60])), delivery: addDays(date, -rng.int(2, 20)), orderDate: addDays(date, -rng.int(20, 60)),
    previousDeposit: addDays(date, -rng.int(30, 90)), clientCode: rng.pick([`C${rng.digits(5)}`, `CL${rng.digits(4)}`, `411${rng.digits(5)}`]),
    quote: `D${date.y}-${rng.digits(3)}`, deliveryNote: `BL${rng.digits(6)}`, origin: `F-${date.y - (date.m < 3 ? 1 : 0)}-${rng.digits(4)}`,
    dateStyle: rng.pick(spec.dateStyles ?? ['slash']),
    amountStyle: { group: rng.pick(spec.groups ?? ['nbsp', 'narrow', 'space', 'space', 'dot', 'none']), currencyGap: rng.chance(spec.currencyGap ?? 0.85), parens: Boolean(spec.parens) },
    negative: spec.negative === undefined ? false : typeof spec.negative === 'number' ? rng.chance(spec.negative) : spec.negative,
    siretStyle: rng.int(0, 2),
    vatExempt: kind === 'micro' ? 'TVA non applicable, art. 293 B du CGI' : kind === 'association' ? 'TVA non applicable – article 261-7-1° du CGI' : null,
  };
  inv.print = {
    supplierSiret: !spec.sirenOnly,
    supplierSiren: Boolean(spec.sirenOnly) || (kind === 'company' && rng.chance(spec.rcsProb ?? 0.5)),
    buyerSiret: rng.chance(spec.buyerSiretProb ?? 0.6),
    iban: rng.chance(spec.ibanProb ?? 0.85),
  };
  return inv;
}

/**
 * A second generator for one invoice, for what a layout adds after makeInvoice (label wordings, extra lines): its own
 * seed, so that the invoice's own draws never shift.
 */
export const extraRng = (inv, tag = 'extra') => createRng(seedFrom(`${inv.layout}#${inv.index}#${tag}`));

/** Totals again from the lines (after a layout changed them), with the invoice's discount, deposit and retention rates. */
export function recompute(inv) {
  const grossByRate = new Map(inv.rates.map((rate) => [rate, 0]));
  for (const line of inv.lines) grossByRate.set(line.rate, (grossByRate.get(line.rate) ?? 0) + line.total);
  inv.vat = [...grossByRate.entries()].filter(([, gross]) => gross > 0).map(([rate, gross]) => {
    const discount = Math.round((gross * inv.discountPct) / 100);
    const base = gross - discount;
    return { rate, gross, discount, base, amount: Math.round((base * rate) / 10000) };
  });
  inv.grossHT = inv.vat.reduce((s, v) => s + v.gross, 0);
  inv.discount = inv.vat.reduce((s, v) => s + v.discount, 0);
  inv.ht = inv.grossHT - inv.discount;
  inv.tva = inv.vat.reduce((s, v) => s + v.amount, 0);
  inv.ttc = inv.ht + inv.tva;
  inv.deposit = Math.round((inv.ttc * inv.depositPct) / 100);
  inv.retenue = Math.round((inv.ttc * inv.retenuePct) / 100);
  inv.net = inv.ttc - inv.deposit - inv.retenue;
  return inv;
}

/** The contract's fields for what the invoice prints. */
export function truthOf(inv) {
  const t = {
    invoiceNumber: inv.number,
    invoiceDate: iso(inv.date),
    documentType: inv.avoir ? 'avoir' : 'facture',
    currency: 'EUR',
  };
  if (inv.print.supplierSiret) t.supplierSiret = inv.supplier.siret;
  if (inv.print.supplierSiren) t.supplierSiren = inv.supplier.siren;
  if (inv.print.buyerSiret) t.buyerSiret = inv.buyer.siret;
  t.totalHT = decimal(inv.ht);
  t.totalTVA = decimal(inv.tva);
  t.totalTTC = decimal(inv.ttc);
  t.netAPayer = decimal(inv.net);
  if (inv.engagement) t.engagementNumber = inv.engagement.value;
  if (inv.serviceCode) t.serviceCode = inv.serviceCode;
  if (inv.market) t.marketNumber = inv.market;
  if (inv.print.iban) t.iban = inv.supplier.iban;
  return t;
}

/** Totals arithmetic, checked for every generated invoice: a generator bug must not pass as a reader bug. */
export function checkArithmetic(inv) {
  const problems = [];
  const expect = (ok, what) => ok || problems.push(what);
  if (!inv.situation) expect(inv.lines.reduce((s, l) => s + l.total, 0) === inv.grossHT, 'lines ≠ gross HT');
  expect(inv.grossHT - inv.discount === inv.ht, 'gross − discount ≠ HT');
  expect(inv.vat.reduce((s, v) => s + v.base, 0) === inv.ht, 'VAT bases ≠ HT');
  for (const v of inv.vat) expect(v.amount === Math.round((v.base * v.rate) / 10000), `VAT ${v.rate}`);
  expect(inv.ht + inv.tva === inv.ttc, 'HT + TVA ≠ TTC');
  expect(inv.ttc - inv.deposit - inv.retenue === inv.net, 'TTC − acompte − retenue ≠ net');
  if (inv.situation) expect(inv.situation.cumulative - inv.situation.previous === inv.grossHT, 'situation: cumul − previous ≠ HT');
  if (inv.vatExempt) expect(inv.tva === 0, 'exempt with VAT');
  expect(inv.ht > 0 && inv.net > 0, 'non-positive amounts');
  return problems;
}

// ——— printing helpers shared by the layouts ———
export const money = (inv, cents, currency = 'suffix') => fmtAmount(inv.avoir && inv.negative ? -cents : cents, inv.amountStyle, currency);
export const plainMoney = (inv, cents) => money(inv, cents, 'none');
export const date = (inv, d, style = inv.dateStyle) => fmtDate(d, style);
export const siret = (inv, value = inv.supplier.siret) => groupSiret(value, inv.siretStyle);
export const iban = (inv) => groupIban(inv.supplier.iban);
export const rate = rateText;
export const qty = (q) => String(q).replace('.', ',');
/** "Réf. … : value" pairs of the public-body references, in print order. */
export function references(inv, { marketLabel = 'Marché n°', serviceLabel = 'Code service' } = {}) {
  const out = [];
  if (inv.engagement) out.push([inv.engagement.label, inv.engagement.written]);
  if (inv.market) out.push([marketLabel, inv.market]);
  if (inv.serviceCode) out.push([serviceLabel, inv.serviceCode]);
  return out;
}
/** The supplier's legal mentions, as a footer prints them. */
export function legalLine(inv, { siretLabel = 'SIRET', withSiret = inv.print.supplierSiret } = {}) {
  const s = inv.supplier;
  if (inv.kind === 'micro') return [`${s.name} – Entrepreneur individuel`, withSiret ? `${siretLabel} ${siret(inv)}` : null, 'Dispensé d’immatriculation au RCS et au RM'].filter(Boolean).join(' – ');
  if (inv.kind === 'association') return [s.name, `${s.form}`, `RNA ${s.rna}`, withSiret ? `${siretLabel} ${siret(inv)}` : null].filter(Boolean).join(' – ');
  return [
    `${s.legalName} au capital de ${s.capital.toLocaleString('fr-FR').replace(/\u202f/g, ' ')} €`,
    withSiret ? `${siretLabel} ${siret(inv)}` : null,
    inv.print.supplierSiren ? `RCS ${s.rcsCity} ${s.siren.replace(/(\d{3})(?=\d)/g, '$1 ')}` : null,
    `APE ${s.ape}`,
    `TVA intracom. ${s.vat}`,
  ].filter(Boolean).join(' – ');
}
export const LATE_FEES = 'En cas de retard de paiement, pénalités au taux de 3 fois le taux d’intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 €. Pas d’escompte pour paiement anticipé.';
