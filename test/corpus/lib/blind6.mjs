// Helpers added with the sixth blind part (layouts/next/): an HTML page shell, the public-body references as HTML,
// the payment sentence, and a PDFKit document collected into bytes. Existing layouts never import this file, so
// their bytes never depend on it.
import { esc } from './format.mjs';
import { iban, references } from './invoice.mjs';

export const CITY_HEAVY = { cityProb: 0.65, engagementProb: 0.75 };

/** A whole A4 HTML page with the shared table rules and the layout's own CSS. */
export const htmlPage = (css, body, margin = '12mm 14mm 16mm 14mm') => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>@page { size: A4; margin: ${margin}; } body { margin: 0; color: #222; } table { border-collapse: collapse; width: 100%; } .r { text-align: right; white-space: nowrap; } th.r { text-align: right; } ${css}</style></head><body>${body}</body></html>`;

export const refsHtml = (inv, opts) => references(inv, opts).map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('');

/** How the invoice asks to be paid: a transfer to its IBAN when it prints one, else the public body's mandate. */
export const paymentText = (inv, prefix = 'Règlement par virement') => (inv.print.iban ? `${prefix} – IBAN ${iban(inv)} – BIC ${inv.supplier.bic}` : 'Règlement par mandat administratif à 30 jours.');

export function collect(pdf) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}
