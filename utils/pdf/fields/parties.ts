import { isValidSiren, isValidSiret } from '../../model/siret.ts';
import { overlap, type Line } from '../lines.ts';
import { fold } from './text.ts';

/**
 * SIRET / SIREN of the supplier and of the buyer. Candidates are checked (Luhn, La Poste); the role
 * comes from the label ("SIRET client"), the block the number sits in (heading "Client", "Facturé à",
 * a public body's name) or the legal footer. Never a VAT number, phone or IBAN.
 */

type Role = 'supplier' | 'buyer' | 'unknown';

interface Identifier {
  digits: string;
  kind: 'siret' | 'siren';
  role: Role;
  lineNumber: number;
}

const SIRET_PATTERN = /(?<![\dA-Za-z])(\d{3})[ .\u00a0\u202f]?(\d{3})[ .\u00a0\u202f]?(\d{3})[ .\u00a0\u202f]?(\d{5})(?![\d])/g;
const SIREN_PATTERN = /(?:siren|s\.i\.r\.e\.n\.?|rcs|r\.c\.s\.?|rsc|rm|registre)[^\d\n]{0,30}?(?<![\dA-Za-z])(\d{3}[ .\u00a0\u202f]?\d{3}[ .\u00a0\u202f]?\d{3})(?![\d]|[ .]?\d{5}\b)/g;

/** "B 421 938 861 RCS Paris" */
const SIREN_AFTER_PATTERN = /(?<![\dA-Za-z])(\d{3}[ .\u00a0\u202f]?\d{3}[ .\u00a0\u202f]?\d{3})\s*(?:r\.?c\.?s\.?|rm)\b/g;
const BUYER_WORDS =
  /\b(?:client|cliente|destinataire|facture\s*a|facturer\s*a|factures?\s*adressee?s?\s*a|adresse\s*de\s*facturation|adresse\s*a|acheteur|buyer|bill(?:ed)?\s*to|customer|donneur\s*d'ordre|maitre\s*d'ouvrage|commanditaire|pouvoir\s*adjudicateur|entite\s*publique|collectivite|etablissement\s*public|structure\s*publique|vos\s*identifiants|vos\s*references|votre\s*identifiant|adresse\s*du\s*client|identifiants?\s*client)\b/;
const PUBLIC_BODY =
  /\b(?:ville\s*d[e']|commune\s*d[e']|mairie|departement|conseil\s*(?:departemental|regional|general)|region\b|metropole|communaute\s*(?:de\s*communes|d'agglomeration|urbaine)|centre\s*hospitalier|chu\b|hopital|universite|lycee|college|ecole|syndicat\s*(?:intercommunal|mixte)|ministere|prefecture|ccas|sdis|office\s*public|etablissement\s*public|direction\s*(?:regionale|departementale)|rectorat|musee|bibliotheque|agence\s*regionale|ehpad|theatre|opera|conservatoire|piscine\s*municipale|creche|regie|sivom|sivu|epci|intercommunal|hotel\s*de\s*ville|collectivite|tresorerie|direction\s*des\s*finances)\b/;
const SUPPLIER_WORDS =
  /\b(?:emetteur|fournisseur|vendeur|prestataire|seller|supplier|vendor|titulaire|entreprise|societe|siege\s*social|capital|notre\s*siret|nos\s*coordonnees|auto[- ]?entrepreneur|micro[- ]?entrepr|artisan|sarl|sas|sasu|eurl|ei\b|eirl)\b/;

function roleFromText(folded: string): Role {
  const buyer = BUYER_WORDS.test(folded);
  const supplier = SUPPLIER_WORDS.test(folded);
  if (buyer && !supplier) return 'buyer';
  if (supplier && !buyer) return 'supplier';
  return 'unknown';
}

function blockRole(lines: Line[], lineNumber: number, cell: { x0: number; x1: number }): Role {
  const line = lines[lineNumber]!;
  const cellsOfLine = line.cells.filter((other) => overlap(other, cell) > 0);
  const own = fold(cellsOfLine.map((other) => other.text).join(' '));
  const before = own.split(/siret|siren|rcs/)[0] ?? '';
  const inline = roleFromText(before);
  if (inline !== 'unknown') return inline;
  if (/^(?:siret|siren)\s*(?:du\s*|de\s*l')?(?:client|acheteur|destinataire)/.test(own)) return 'buyer';
  let top = line.top;
  for (let previous = lineNumber - 1; previous >= 0 && previous >= lineNumber - 10; previous--) {
    const above = lines[previous]!;
    if (above.page !== line.page) break;
    if (top - above.top > Math.max(above.size, 8) * 3.2) break;
    const cells = above.cells.filter((other) => overlap(other, cell) > -2 || Math.abs(other.x0 - cell.x0) < 10);
    if (cells.length === 0) continue;
    top = above.top;
    const folded = fold(cells.map((other) => other.text).join(' '));
    if (PUBLIC_BODY.test(folded)) return 'buyer';
    const role = roleFromText(folded);
    if (role !== 'unknown') return role;
  }
  // Legal mentions of the supplier ("SAS au capital de…, RCS…") are usually in the footer.
  if (/capital|rcs|siege|tva\s*intra|ape|naf/.test(own)) return 'supplier';
  return 'unknown';
}

function collect(lines: Line[]): Identifier[] {
  const found: Identifier[] = [];
  lines.forEach((line, lineNumber) => {
    line.cells.forEach((cell, cellIndex) => {
      let text = cell.text;
      // A number cut by the end of a line ("RCS Saint-Étienne B 628 306 / 235 – …") continues on the next one.
      const next = lines[lineNumber + 1];
      const continuation = next?.cells.find((other) => Math.abs(other.x0 - cell.x0) < 4);
      const cut = cellIndex === line.cells.length - 1 && next?.page === line.page && continuation && /\d$/.test(text) && /^\d/.test(continuation.text);
      if (cut) text = `${text} ${continuation.text.split(/[^\d ]/)[0]!.trim()}`;
      const folded = fold(text);
      for (const match of text.matchAll(SIRET_PATTERN)) {
        const digits = match.slice(1, 5).join('');
        const before = folded.slice(Math.max(0, match.index - 14), match.index);
        if (/(?:tva|vat|iban|bic|tel|fax|phone|fr\s?\d{2})[^a-z]*$/.test(before)) continue;
        if (!isValidSiret(digits)) continue;
        found.push({ digits, kind: 'siret', role: blockRole(lines, lineNumber, cell), lineNumber });
      }
      for (const match of folded.matchAll(SIREN_AFTER_PATTERN)) {
        const digits = match[1]!.replace(/\D/g, '');
        if (!isValidSiren(digits)) continue;
        found.push({ digits, kind: 'siren', role: blockRole(lines, lineNumber, cell), lineNumber });
      }
      for (const match of folded.matchAll(SIREN_PATTERN)) {
        const digits = match[1]!.replace(/\D/g, '');
        if (!isValidSiren(digits)) continue;
        found.push({ digits, kind: 'siren', role: blockRole(lines, lineNumber, cell), lineNumber });
      }
    });
  });
  return found;
}

export interface Parties {
  supplierSiret?: string;
  supplierSiren?: string;
  buyerSiret?: string;
  buyerSiren?: string;
}

/** Public bodies' SIRENs start with 1 or 2 (State, local authorities, public establishments). */
function looksPublic(digits: string): boolean {
  return digits.startsWith('1') || digits.startsWith('2');
}

export function findParties(lines: Line[]): Parties {
  const identifiers = collect(lines);
  const parties: Parties = {};
  const sirets = identifiers.filter((identifier) => identifier.kind === 'siret');
  const distinct = [...new Map(sirets.map((identifier) => [identifier.digits, identifier])).values()];
  // One SIRET may be printed several times: the strongest role wins.
  const roleOf = (digits: string): Role => {
    const roles = sirets.filter((identifier) => identifier.digits === digits).map((identifier) => identifier.role);
    if (roles.includes('buyer') && !roles.includes('supplier')) return 'buyer';
    if (roles.includes('supplier') && !roles.includes('buyer')) return 'supplier';
    return 'unknown';
  };
  const assigned = distinct.map((identifier) => ({ digits: identifier.digits, role: roleOf(identifier.digits) }));
  const unknown = assigned.filter((identifier) => identifier.role === 'unknown');
  for (const identifier of unknown) {
    const hasBuyer = assigned.some((other) => other.role === 'buyer');
    const hasSupplier = assigned.some((other) => other.role === 'supplier');
    if (!hasBuyer && looksPublic(identifier.digits) && (hasSupplier || unknown.length > 1)) identifier.role = 'buyer';
    else if (!hasSupplier) identifier.role = 'supplier';
    else if (!hasBuyer) identifier.role = 'buyer';
  }
  const suppliers = assigned.filter((identifier) => identifier.role === 'supplier');
  const buyers = assigned.filter((identifier) => identifier.role === 'buyer');
  if (suppliers.length === 1) parties.supplierSiret = suppliers[0]!.digits;
  if (buyers.length === 1) parties.buyerSiret = buyers[0]!.digits;

  // A SIREN printed on its own (RCS, "SIREN :"). When the matching SIRET is known, the SIREN agrees with it.
  const sirens = identifiers.filter((identifier) => identifier.kind === 'siren');
  const sirenRoles = new Map<string, Role>();
  for (const siren of sirens) {
    const previous = sirenRoles.get(siren.digits);
    sirenRoles.set(siren.digits, previous === undefined || previous === 'unknown' ? siren.role : previous);
  }
  for (const [digits, role] of sirenRoles) {
    if (parties.buyerSiret?.startsWith(digits) || parties.supplierSiret?.startsWith(digits)) {
      if (parties.supplierSiret?.startsWith(digits)) parties.supplierSiren ??= digits;
      continue;
    }
    if (role === 'buyer') parties.buyerSiren ??= digits;
    else if (role === 'supplier' && !parties.supplierSiret) parties.supplierSiren ??= digits;
  }
  const unknownSirens = [...sirenRoles].filter(([digits, role]) => role === 'unknown' && !parties.supplierSiret?.startsWith(digits) && !parties.buyerSiret?.startsWith(digits));
  for (const [digits] of unknownSirens) {
    if (!parties.supplierSiret && !parties.supplierSiren) parties.supplierSiren = digits;
    else if (!parties.buyerSiret && !parties.buyerSiren && unknownSirens.length === 1 && looksPublic(digits)) parties.buyerSiren = digits;
  }
  return parties;
}
