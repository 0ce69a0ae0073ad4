import { describe, expect, it } from 'vitest';
import { OTHER_SIRET, seForm, verdictsOf } from '../forms.ts';

const RULE = 'cpp/frame-paid-net';
const paid = "A2: Dépôt par un fournisseur d'une facture déjà payée";

describe(RULE, () => {
  it('refuses a net to pay other than 0 with cadre A2 (facture déjà payée)', () => {
    const [verdict, ...others] = verdictsOf(RULE, seForm({ billingFrame: paid, recipientSiret: OTHER_SIRET }));
    expect(others).toEqual([]);
    expect(verdict).toMatchObject({ field: 'netAPayer', severity: 'error' });
    expect(verdict!.message).toBe(
      'Le cadre de facturation choisi est A2 (facture déjà payée) : le « Net à payer » doit alors être 0. Indiquez 0,00 si la facture est réglée, ou choisissez le cadre A1 si elle reste à payer.',
    );
  });

  it.each(['A2', 'A2 - Facture déjà payée', 'Dépôt d’une facture déjà payée'])('reads « %s » as A2', (frame) => {
    expect(verdictsOf(RULE, seForm({ billingFrame: frame }))).toHaveLength(1);
  });

  it('accepts 0 with A2, any net with another cadre, and leaves an unreadable amount to cpp/amount-format', () => {
    expect(verdictsOf(RULE, seForm({ billingFrame: paid, netAPayer: '0,00' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ billingFrame: paid, netAPayer: '0' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ billingFrame: 'A12: Dépôt par un cotraitant' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({}))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ billingFrame: paid, netAPayer: 'douze' }))).toEqual([]);
  });
});
