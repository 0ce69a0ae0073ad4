// Ground truth checked against the printed text, independently of the reader: every expected value must appear in
// `pdftotext -layout` output in some printed form. A generator bug then fails the generation, instead of passing
// later as a reader mistake.
import { execFileSync } from 'node:child_process';
import { MONTHS, SHORT_MONTHS } from './format.mjs';

const SEP = '[\\s\\u00a0\\u202f.]?';
const escapeRe = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Digits that may be grouped by spaces, dots or dashes when printed. */
const spaced = (value) => value.split('').map(escapeRe).join('[\\s\\u00a0\\u202f.\\-]?');

function amountPattern(value) {
  const [units, cents] = value.split('.');
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, '|').split('|').join(SEP);
  return new RegExp(`(?<![\\d,])${grouped}[,.]${cents}(?!\\d)`);
}

function datePatterns(isoDate) {
  const [y, m, d] = isoDate.split('-');
  const day = String(Number(d));
  return [
    `${d}/${m}/${y}`, `${d}.${m}.${y}`, `${d}-${m}-${y}`, isoDate, `${d}/${m}/${y.slice(2)}`,
    `${day === '1' ? '1er' : day} ${MONTHS[Number(m) - 1]} ${y}`, `${d} ${MONTHS[Number(m) - 1]} ${y}`, `${day} ${SHORT_MONTHS[Number(m) - 1]} ${y}`,
  ];
}

export function pdfText(file) {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Problems found for one file: expected values that the page does not print. */
export function missingValues(text, truth) {
  const flat = text.replace(/\s+/g, ' ');
  const lower = flat.toLowerCase();
  const problems = [];
  const has = (re) => re.test(text) || re.test(flat);
  for (const [key, value] of Object.entries(truth)) {
    if (key.startsWith('_')) continue;
    let ok;
    switch (key) {
      case 'totalHT': case 'totalTVA': case 'totalTTC': case 'netAPayer':
        ok = has(amountPattern(value)) || (key === 'totalTVA' && value === '0.00' && /293 B|261|non applicable|exon[ée]r/i.test(flat))
          // A VAT total left unprinted (only per-rate amounts) is still the invoice's: TTC − HT, both printed.
          || (key === 'totalTVA' && has(amountPattern(truth.totalHT)) && has(amountPattern(truth.totalTTC)));
        break;
      case 'invoiceDate':
        ok = datePatterns(value).some((form) => lower.includes(form.toLowerCase()));
        break;
      case 'documentType':
        ok = value === 'avoir' ? /avoir|credit note/i.test(flat) : /facture|invoice/i.test(flat);
        break;
      case 'currency':
        ok = value === 'EUR' ? /€|EUR/.test(flat) : flat.includes(value);
        break;
      case 'supplierSiret': case 'buyerSiret': case 'supplierSiren': case 'buyerSiren': case 'iban': case 'engagementNumber':
        ok = has(new RegExp(`(?<![0-9])${spaced(value)}(?![0-9])`));
        break;
      default:
        ok = flat.includes(value);
    }
    if (!ok) problems.push(`${key} ${value} not printed`);
  }
  return problems;
}
