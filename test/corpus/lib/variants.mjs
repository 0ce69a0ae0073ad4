// Helpers added with the fourth blind part (layouts/next/): print variants drawn per invoice (SIRET spacing, leader
// dots) and a supplier renamed to fit a trade that lib/parties.mjs does not hold. Existing layouts never import this
// file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';

/** A SIRET as people type it: grouped by three, SIREN then NIC, run together, or the NIC split « 000 12 ». */
export function spacedSiret(rng, value) {
  const siren = value.slice(0, 9);
  const nic = value.slice(9);
  return rng.pick([
    value,
    `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)} ${nic}`,
    `${siren} ${nic}`,
    `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)} ${nic.slice(0, 3)} ${nic.slice(3)}`,
    `${siren.slice(0, 3)}\u00a0${siren.slice(3, 6)}\u00a0${siren.slice(6)}\u00a0${nic}`,
  ]);
}

/** Another trade's name for the invoice's supplier; mail and web follow the new name. */
export function renameSupplier(inv, name, form = inv.supplier.form) {
  const s = inv.supplier;
  const slug = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  Object.assign(s, { name, form, legalName: `${name} ${form}`, email: `${s.email.split('@')[0]}@${slug}.fr`, web: `www.${slug}.fr` });
  return inv;
}

/** A second company (a co-contractor, a factor) with its own valid SIRET. */
export const otherSiret = (rng) => makeSiret(rng);

/** « LABEL ........ value » in a fixed number of characters (for monospaced print). */
export function leaders(label, value, width, dot = '.') {
  const gap = Math.max(3, width - label.length - value.length - 2);
  return `${label} ${dot.repeat(gap)} ${value}`;
}

/** The whole invoice in the fields people would add by hand: sum of cents. */
export const sum = (list, key) => list.reduce((s, item) => s + (key ? item[key] : item), 0);
