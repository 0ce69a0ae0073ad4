/**
 * Ways of laying out an invoice that the blind part blind-35 (security, safety, cleaning and facility services)
 * showed, on small hand-made pages: what the reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('« Convention n° MPA25-894 » among the references: a public agreement, the market as often as not', () => {
  const page = (label: string) =>
    read([
      [40, [[40, 'Bleu Surveillance Aquatique'], [400, 'FACTURE N° F-2025-0311']]],
      [120, [[380, 'Devis accepté DV-9484723']]],
      [132, [[380, `${label} MPA25-894`]]],
      [144, [[380, 'Code service SP-042']]],
    ]);

  it('offers its number as the market, unsure', () => {
    const result = page('Convention n°');
    expect(result.fields.marketNumber).toBe('MPA25-894');
    expect(result.unsure).toContain('marketNumber');
  });

  it('and so with the agreement’s kind (« Convention de dépôt n° »)', () => {
    const result = page('Convention de dépôt n°');
    expect(result.fields.marketNumber).toBe('MPA25-894');
    expect(result.unsure).toContain('marketNumber');
  });
});

describe('« Prélèvement SEPA ou virement – IBAN … »: the supplier offers both ways', () => {
  const page = (mention: string) =>
    read([
      [40, [[40, 'Loire Télésurveillance'], [400, 'FACTURE N° FA2508-1752']]],
      [477, [[36, `${mention} – IBAN FR76 2004 1512 4114 6768 5286 841 – BIC PSSTFRPPLYO`]]],
    ]);

  it('gives its IBAN, sure', () => {
    const result = page('Prélèvement SEPA ou virement');
    expect(result.fields.iban).toBe('FR7620041512411467685286841');
    expect(result.unsure).not.toContain('iban');
  });

  it('but a direct debit alone may take the money from the buyer’s account: unsure', () => {
    const result = page('Prélèvement SEPA sur votre compte');
    expect(result.unsure).toContain('iban');
  });
});
