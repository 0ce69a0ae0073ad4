// French identifiers with valid checksums: SIREN/SIRET (Luhn), IBAN (mod 97, with the French RIB key).

export function luhnValid(value) {
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    let d = Number(value[value.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function completeLuhn(prefix) {
  for (let d = 0; d <= 9; d++) if (luhnValid(prefix + d)) return prefix + d;
  throw new Error('luhn');
}

/** A SIRET whose SIREN (first 9 digits) and whole 14 digits both pass Luhn. */
export function makeSiret(rng, first = String(rng.int(3, 9))) {
  const siren = completeLuhn(first + rng.digits(7));
  return completeLuhn(siren + rng.digits(4));
}

export function mod97(numeric) {
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

export const FRENCH_BANKS = ['30004', '30002', '10278', '16807', '42559', '20041', '11315'];

/** A French IBAN: bank, branch, account, RIB key, then the IBAN check digits. */
export function makeIban(rng, banks = FRENCH_BANKS) {
  const bank = rng.pick(banks);
  const branch = rng.digits(5);
  const account = rng.digits(11);
  const key = String(97 - mod97(`${bank}${branch}${account}00`)).padStart(2, '0');
  const bban = `${bank}${branch}${account}${key}`;
  const check = String(98 - mod97(`${bban}152700`)).padStart(2, '0');
  return `FR${check}${bban}`;
}

export function ibanValid(iban) {
  const moved = iban.slice(4) + iban.slice(0, 4);
  const numeric = moved.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  return mod97(numeric) === 1;
}

/** French intra-community VAT number: FR + key + SIREN. */
export function vatNumber(siren) {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}

export const groupIban = (iban) => iban.replace(/(.{4})/g, '$1 ').trim();
export const groupSiret = (siret, style) =>
  style === 0 ? siret : style === 1 ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : `${siret.slice(0, 9)} ${siret.slice(9)}`;
export const groupSiren = (siren) => `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6, 9)}`;
