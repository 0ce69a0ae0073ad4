import { isValidSiren, isValidSiret } from '../../model/siret.ts';
import { overlap, type Cell, type Line } from '../lines.ts';
import { found, type Found } from './found.ts';
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
  source: 'label' | 'block' | 'footer' | 'none';
  lineNumber: number;
  /** « SIRET », « SIREN » or « RCS » printed before it: without, fourteen digits may be any number that passes the checksum. */
  named: boolean;
}

/** "214 202 186 00018", and "214 202 186 000 18" (all in threes, the last two digits left over). */
const SIRET_PATTERN = /(?<![\dA-Za-z])(\d{3})[ .\u00a0\u202f]?(\d{3})[ .\u00a0\u202f]?(\d{3})[ .\u00a0\u202f]?(\d{5}|\d{3}[ .\u00a0\u202f]\d{2})(?![\d])/g;
const SIREN_PATTERN = /(?:siren|s\.i\.r\.e\.n\.?|rcs|r\.c\.s\.?|rsc|rm|registre)[^\d\n]{0,30}?(?<![\dA-Za-z])(\d{3}[ .\u00a0\u202f]?\d{3}[ .\u00a0\u202f]?\d{3})(?![\d]|[ .]?\d{5}\b)/g;

/** "B 421 938 861 RCS Paris" */
const SIREN_AFTER_PATTERN = /(?<![\dA-Za-z])(\d{3}[ .\u00a0\u202f]?\d{3}[ .\u00a0\u202f]?\d{3})\s*(?:r\.?c\.?s\.?|rm)\b/g;
export const BUYER_WORDS =
  /\b(?:client|cliente|destinataire|facture\s*a|facturer\s*a|factures?\s*adressee?s?\s*a|adresse\s*de\s*facturation|adresse\s*a|acheteur|buyer|bill(?:ed)?\s*to|customer|donneur\s*d'ordre|maitre\s*d'ouvrage|commanditaire|pouvoir\s*adjudicateur|entite\s*publique|collectivite|etablissement\s*public|structure\s*publique|vos\s*identifiants|vos\s*references|votre\s*identifiant|adresse\s*du\s*client|identifiants?\s*client)\b/;
export const PUBLIC_BODY =
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

/** How a role was found: the number's own label, its block's heading, the legal footer, or nothing. */
type RoleSource = 'label' | 'block' | 'footer' | 'none';

interface RoleClue {
  role: Role;
  source: RoleSource;
}

/** A sentence of conditions ("le client reconnaît…") says nothing about whose block it is. */
export function isSentence(text: string): boolean {
  return text.length > 60 || text.split(/\s+/).length > 8;
}

/** The bottom of a page, where invoicing software prints the supplier's legal mentions. */
function inFooter(line: Line): boolean {
  return line.pageHeight > 0 && line.top > line.pageHeight * 0.84;
}

function blockRole(lines: Line[], lineNumber: number, cell: { x0: number; x1: number }, digits: string): RoleClue {
  const line = lines[lineNumber]!;
  const cellsOfLine = line.cells.filter((other) => overlap(other, cell) > 0);
  const own = fold(cellsOfLine.map((other) => other.text).join(' '));
  const before = own.split(/siret|siren|rcs/)[0] ?? '';
  const inline = roleFromText(before);
  if (inline !== 'unknown') return { role: inline, source: 'label' };
  if (/^(?:siret|siren)\s*(?:du\s*|de\s*l')?(?:client|acheteur|destinataire)/.test(own)) return { role: 'buyer', source: 'label' };
  const legal = /capital|rcs|siege|tva\s*intra|\bape\b|\bnaf\b/.test(own);
  if (inFooter(line) && !BUYER_WORDS.test(own)) return { role: 'supplier', source: 'footer' };
  let top = line.top;
  for (let previous = lineNumber - 1; previous >= 0 && previous >= lineNumber - 10; previous--) {
    const above = lines[previous]!;
    if (above.page !== line.page) break;
    if (top - above.top > Math.max(above.size, 8) * 3.2) break;
    const cells = above.cells.filter((other) => overlap(other, cell) > -2 || Math.abs(other.x0 - cell.x0) < 10);
    if (cells.length === 0) continue;
    top = above.top;
    const headings = cells.filter((other) => !isSentence(other.text));
    if (headings.length === 0) continue;
    const folded = fold(headings.map((other) => other.text).join(' '));
    // A public body's name heads the buyer's block only when the number is a public body's too: a company or an
    // association may be called "Théâtre…", "École de…", "Régie…".
    if (PUBLIC_BODY.test(folded) && looksPublic(digits)) return { role: 'buyer', source: 'block' };
    const role = roleFromText(folded);
    if (role !== 'unknown') return { role, source: 'block' };
  }
  // Legal mentions of the supplier ("SAS au capital de…, RCS…") are usually in the footer.
  if (legal) return { role: 'supplier', source: 'footer' };
  return { role: 'unknown', source: 'none' };
}

/** The digits that continue a number cut at the end of its cell, on the next line of the same column. */
function continuationBelow(lines: Line[], lineNumber: number, cell: Cell): string | null {
  const line = lines[lineNumber]!;
  const centre = (box: Cell) => (box.x0 + box.x1) / 2;
  for (let next = lineNumber + 1; next < lines.length && next <= lineNumber + 3; next++) {
    const below = lines[next]!;
    if (below.page !== line.page || below.top - line.top > Math.max(line.size, 8) * 2) break;
    // Left-aligned under it, or a centred footer's next line centred like it.
    const continuation = below.cells.find((other) => Math.abs(other.x0 - cell.x0) < 4 || (below.cells.length === 1 && Math.abs(centre(other) - centre(cell)) < 12));
    if (continuation) return /^\d/.test(continuation.text) ? continuation.text.split(/[^\d ]/)[0]!.trim() : null;
  }
  return null;
}

/**
 * The words before a number name another identifier of fourteen digits, one that may pass the SIRET's checksum by
 * chance: « PDL 24434453732243 », « PRM : … », « Point de livraison n° … », « Compteur … » (never after « SIRET »).
 */
const OTHER_FOURTEEN_DIGITS = /(?:\b(?:pdl|prm|pce|pdc|rae)|point\s+de\s+(?:livraison|comptage|mesure|consommation)|compteur|meter)\b[^a-z]{0,12}(?:n\s?°|no\.?|numero)?[^a-z]{0,6}$/;

function collect(lines: Line[]): Identifier[] {
  const identifiers: Identifier[] = [];
  lines.forEach((line, lineNumber) => {
    line.cells.forEach((cell, cellIndex) => {
      let text = cell.text;
      // A number cut by the end of a line ("RCS Saint-Étienne B 628 306 / 235 – …") continues on the next one.
      if (cellIndex === line.cells.length - 1 && /\d$/.test(text)) {
        const continuation = continuationBelow(lines, lineNumber, cell);
        if (continuation) text = `${text} ${continuation}`;
      }
      // « … – RCS Clermont- » then « Ferrand 521 510 578 – APE … »: the registry's town cut, its number on the next line.
      if (cellIndex === line.cells.length - 1 && /\b(?:rcs|r\.c\.s\.?)(?:\s+[\p{L}'’-]+)*\s*-?$/iu.test(text)) {
        const next = lines[lineNumber + 1];
        const opening = next && next.page === line.page && next.top - line.top <= Math.max(line.size, 8) * 2 ? next.cells[0]?.text : undefined;
        if (opening && /^[\p{L}'’ -]{0,40}\d{3}[ .\u00a0]?\d{3}[ .\u00a0]?\d{3}/u.test(opening)) text = `${text}${/-$/.test(text) ? '' : ' '}${opening}`;
      }
      const folded = fold(text);
      const add = (digits: string, kind: 'siret' | 'siren', at: number) => {
        const clue = blockRole(lines, lineNumber, cell, digits);
        // In its cell before it, or in the cell before (« N° SIRET   21420218600018 »).
        const label = `${fold(line.cells[cellIndex - 1]?.text ?? '')} ${folded.slice(0, at)}`;
        const named = /sire[tn]|s\.i\.r\.e\.[tn]|rcs|r\.c\.s/.test(label);
        identifiers.push({ digits, kind, role: clue.role, source: clue.source, lineNumber, named });
      };
      for (const match of text.matchAll(SIRET_PATTERN)) {
        const digits = match.slice(1, 5).join('').replace(/\D/g, '');
        const before = folded.slice(Math.max(0, match.index - 14), match.index);
        if (/(?:tva|vat|iban|bic|tel|fax|phone|fr\s?\d{2})[^a-z]*$/.test(before)) continue;
        // Fourteen digits another label names: an electricity delivery point (PDL, PRM), a gas one (PCE), a meter.
        if (OTHER_FOURTEEN_DIGITS.test(folded.slice(Math.max(0, match.index - 30), match.index))) continue;
        if (!isValidSiret(digits)) continue;
        add(digits, 'siret', match.index);
      }
      for (const match of folded.matchAll(SIREN_AFTER_PATTERN)) {
        const digits = match[1]!.replace(/\D/g, '');
        if (isValidSiren(digits)) add(digits, 'siren', folded.length);
      }
      for (const match of folded.matchAll(SIREN_PATTERN)) {
        const digits = match[1]!.replace(/\D/g, '');
        if (isValidSiren(digits)) add(digits, 'siren', folded.length);
      }
    });
    // A SIRET in groups of boxes, each group a cell of its own (« 573 | 484 | 912 | 65802 »), after its label.
    for (const run of /siret/i.test(line.text) ? digitGroupRuns(line) : []) {
      const digits = run.map((cell) => cell.text.replace(/\s/g, '')).join('');
      const label = fold(line.cells.slice(0, line.cells.indexOf(run[0]!)).map((cell) => cell.text).join(' '));
      if (digits.length !== 14 || !/\bsiret\b/.test(label) || !isValidSiret(digits)) continue;
      if (identifiers.some((identifier) => identifier.digits === digits && identifier.lineNumber === lineNumber)) continue;
      const clue = blockRole(lines, lineNumber, run[0]!, digits);
      identifiers.push({ digits, kind: 'siret', role: clue.role, source: clue.source, lineNumber, named: true });
    }
  });
  return identifiers;
}

/** Runs of two or more cells side by side holding digits only, five at most each. */
function digitGroupRuns(line: Line): Cell[][] {
  const runs: Cell[][] = [];
  let run: Cell[] = [];
  for (const cell of [...line.cells, null]) {
    const group = cell !== null && /^\d(?:\s?\d){0,4}$/.test(cell.text.trim());
    if (group && (run.length === 0 || cell.x0 - run.at(-1)!.x1 < 40)) {
      run.push(cell);
      continue;
    }
    if (run.length >= 2) runs.push(run);
    run = group ? [cell] : [];
  }
  return runs;
}

export interface Parties {
  supplierSiret?: Found;
  supplierSiren?: Found;
  buyerSiret?: Found;
  buyerSiren?: Found;
}

/** Public bodies' SIRENs start with 1 or 2 (State, local authorities, public establishments). */
function looksPublic(digits: string): boolean {
  return digits.startsWith('1') || digits.startsWith('2');
}

interface Assigned {
  digits: string;
  role: Role;
  /** Why: the printed words around it, or only the public / private numbering, or only what was left. */
  why: 'words' | 'numbering' | 'elimination';
}

/** One role per distinct number: the words around its copies, else the numbering, else what is left. */
function assignRoles(identifiers: Identifier[]): Assigned[] {
  const distinct = [...new Set(identifiers.map((identifier) => identifier.digits))];
  const assigned: Assigned[] = distinct.map((digits) => {
    const roles = identifiers.filter((identifier) => identifier.digits === digits && identifier.source !== 'none').map((identifier) => identifier.role);
    if (roles.includes('buyer') && !roles.includes('supplier')) return { digits, role: 'buyer', why: 'words' };
    if (roles.includes('supplier') && !roles.includes('buyer')) return { digits, role: 'supplier', why: 'words' };
    return { digits, role: 'unknown', why: 'elimination' };
  });
  const unknown = assigned.filter((identifier) => identifier.role === 'unknown');
  // A public body's number (1…, 2…) is the buyer's, a company's the supplier's, when the words say nothing else
  // and the numbering leaves one number per role.
  const publicOnes = unknown.filter((identifier) => looksPublic(identifier.digits));
  const privateOnes = unknown.filter((identifier) => !looksPublic(identifier.digits));
  const hasBuyer = assigned.some((identifier) => identifier.role === 'buyer');
  const hasSupplier = assigned.some((identifier) => identifier.role === 'supplier');
  // Only for a number printed as one (« SIRET … »): unnamed digits that pass the checksum may be a meter's, a contract's.
  const named = (entry: Assigned) => identifiers.some((identifier) => identifier.digits === entry.digits && identifier.named);
  const byNumbering = (entry: Assigned) => (named(entry) ? 'numbering' : 'elimination');
  if (publicOnes.length === 1 && !hasBuyer) Object.assign(publicOnes[0]!, { role: 'buyer', why: byNumbering(publicOnes[0]!) });
  if (privateOnes.length === 1 && !hasSupplier) Object.assign(privateOnes[0]!, { role: 'supplier', why: byNumbering(privateOnes[0]!) });
  for (const identifier of assigned.filter((entry) => entry.role === 'unknown')) {
    const buyerTaken = assigned.some((other) => other.role === 'buyer');
    const supplierTaken = assigned.some((other) => other.role === 'supplier');
    if (!supplierTaken) identifier.role = 'supplier';
    else if (!buyerTaken) identifier.role = 'buyer';
  }
  return assigned;
}

const describe = (entry: Assigned) => (entry.why === 'words' ? 'checksum and the words around it' : entry.why === 'numbering' ? 'checksum and public/private numbering' : 'checksum, role guessed');

export function findParties(lines: Line[]): Parties {
  const identifiers = collect(lines);
  const parties: Parties = {};
  const sirets = assignRoles(identifiers.filter((identifier) => identifier.kind === 'siret'));
  const suppliers = sirets.filter((identifier) => identifier.role === 'supplier');
  const buyers = sirets.filter((identifier) => identifier.role === 'buyer');
  if (suppliers.length === 1) parties.supplierSiret = found(suppliers[0]!.digits, suppliers[0]!.why !== 'elimination', describe(suppliers[0]!));
  if (buyers.length === 1) parties.buyerSiret = found(buyers[0]!.digits, buyers[0]!.why !== 'elimination', describe(buyers[0]!));

  // A SIREN printed on its own (RCS, "SIREN :"). When the matching SIRET is known, the SIREN agrees with it.
  const sirens = identifiers.filter((identifier) => identifier.kind === 'siren');
  const supplierSiret = parties.supplierSiret?.value;
  const buyerSiret = parties.buyerSiret?.value;
  const sirenRoles = new Map<string, Identifier>();
  for (const siren of sirens) {
    const previous = sirenRoles.get(siren.digits);
    if (previous === undefined || previous.role === 'unknown') sirenRoles.set(siren.digits, siren);
  }
  for (const [digits, siren] of sirenRoles) {
    if (buyerSiret?.startsWith(digits) || supplierSiret?.startsWith(digits)) {
      if (supplierSiret?.startsWith(digits)) parties.supplierSiren ??= found(digits, parties.supplierSiret!.sure, 'the supplier SIRET starts with it');
      continue;
    }
    if (siren.role === 'buyer') parties.buyerSiren ??= found(digits, true, 'checksum and the words around it');
    else if (siren.role === 'supplier' && !supplierSiret) parties.supplierSiren ??= found(digits, true, 'checksum and the words around it');
  }
  const unknownSirens = [...sirenRoles].filter(([digits, siren]) => siren.role === 'unknown' && !supplierSiret?.startsWith(digits) && !buyerSiret?.startsWith(digits));
  for (const [digits] of unknownSirens) {
    if (!supplierSiret && !parties.supplierSiren) parties.supplierSiren = found(digits, !looksPublic(digits) && unknownSirens.length === 1, 'checksum, role from numbering');
    else if (!buyerSiret && !parties.buyerSiren && unknownSirens.length === 1 && looksPublic(digits)) parties.buyerSiren = found(digits, true, 'checksum and public numbering');
  }
  return parties;
}
