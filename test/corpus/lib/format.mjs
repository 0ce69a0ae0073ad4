// French print conventions for dates and amounts, as invoicing software writes them.

export const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
export const SHORT_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
export const pad = (n) => String(n).padStart(2, '0');
export const iso = (d) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;

export function fmtDate(d, style) {
  switch (style) {
    case 'long': return `${d.d === 1 ? '1er' : d.d} ${MONTHS[d.m - 1]} ${d.y}`;
    case 'short': return `${d.d} ${SHORT_MONTHS[d.m - 1]} ${d.y}`;
    case 'dots': return `${pad(d.d)}.${pad(d.m)}.${d.y}`;
    case 'dash': return `${pad(d.d)}-${pad(d.m)}-${d.y}`;
    case 'iso': return iso(d);
    case 'slash2': return `${pad(d.d)}/${pad(d.m)}/${pad(d.y % 100)}`;
    default: return `${pad(d.d)}/${pad(d.m)}/${d.y}`;
  }
}

export function addDays(d, days) {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const SPACES = { nbsp: '\u00a0', narrow: '\u202f', space: ' ', none: '' };

/**
 * cents → "1 234,56 €". style.group: nbsp | narrow | space | none | dot; currency: suffix (€) | eur (… EUR) | none;
 * style.parens prints negatives as (1 234,56).
 */
export function fmtAmount(cents, style, currency = 'suffix') {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100));
  const dec = pad(abs % 100);
  const group = style.group === 'dot' ? '.' : SPACES[style.group];
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = `${grouped},${dec}`;
  const number = negative ? (style.parens ? `(${body})` : `-${body}`) : body;
  if (currency === 'suffix') return `${number}${style.currencyGap ? '\u00a0' : ''}€`;
  if (currency === 'eur') return `${number} EUR`;
  return number;
}

export const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const rateText = (rate) => `${String(rate / 100).replace('.', ',')} %`;
export const qtyText = (q) => String(q).replace('.', ',');
/** Decimal with a dot and two decimals, positive: the contract's form of an amount. */
export const decimal = (cents) => (Math.abs(cents) / 100).toFixed(2);

const UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** 0–99 in French words (traditional spelling, hyphens between tens and units, « et un », « quatre-vingts »). */
function belowHundred(n) {
  if (n < 20) return UNITS[n];
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 7 || tens === 9) {
    const base = tens === 7 ? 'soixante' : 'quatre-vingt';
    return tens === 7 && unit === 1 ? 'soixante et onze' : `${base}-${UNITS[10 + unit]}`;
  }
  if (tens === 8) return unit === 0 ? 'quatre-vingts' : `quatre-vingt-${UNITS[unit]}`;
  if (unit === 0) return TENS[tens];
  return unit === 1 ? `${TENS[tens]} et un` : `${TENS[tens]}-${UNITS[unit]}`;
}

/** 0–999; `final` is false when a word follows (« deux cents » but « deux cent mille »). */
function belowThousand(n, final = true) {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts = [];
  if (hundreds === 1) parts.push('cent');
  else if (hundreds > 1) parts.push(`${UNITS[hundreds]} ${rest === 0 && final ? 'cents' : 'cent'}`);
  if (rest > 0 || hundreds === 0) parts.push(rest === 80 && !final ? 'quatre-vingt' : belowHundred(rest));
  return parts.join(' ');
}

/** A whole number below a billion, in French words. */
export function frenchWords(n) {
  if (n === 0) return 'zéro';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const rest = n % 1000;
  const parts = [];
  if (millions > 0) parts.push(`${belowThousand(millions)} ${millions > 1 ? 'millions' : 'million'}`);
  if (thousands > 0) parts.push(thousands === 1 ? 'mille' : `${belowThousand(thousands, false)} mille`);
  if (rest > 0) parts.push(belowThousand(rest));
  return parts.join(' ');
}

/** cents → « mille deux cent trente-quatre euros et cinquante-six centimes ». */
export function euroWords(cents) {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  const e = `${frenchWords(euros)} ${euros > 1 ? 'euros' : 'euro'}`.replace(/(million|millions) euros$/, '$1 d’euros');
  return rest ? `${e} et ${frenchWords(rest)} ${rest > 1 ? 'centimes' : 'centime'}` : e;
}
