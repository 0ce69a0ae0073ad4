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
