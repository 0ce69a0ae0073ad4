import { describe, expect, it } from 'vitest';
import type { PdfMentions } from '../../../../utils/model/pdf-text.ts';
import { seForm, verdictsOf } from '../forms.ts';
import { SE_DEPOSIT_WINDOW } from '../facturx-helpers.ts';

const RULE = 'cpp/mentions-2026';
const BEFORE = { year: 2026, month: 6, day: 1 };
const BETWEEN = { year: 2026, month: 11, day: 27 };
const AFTER = { year: 2027, month: 9, day: 1 };
const onGuide = (pdfMentions: PdfMentions, today = BEFORE) => verdictsOf(RULE, seForm({}), { beyond: { pdfMentions }, today });

describe(RULE, () => {
  it('lists the mentions it cannot find, says from when they are required, and never blocks', () => {
    const [verdict, ...others] = onGuide({ buyerId: 'missing', operationCategory: 'missing' });
    expect(others).toEqual([]);
    expect(verdict).toMatchObject({ field: 'page', severity: 'info' });
    expect(verdict!.message).toBe(
      "Mentions obligatoires à partir du 1er septembre 2026 pour les grandes entreprises et les ETI, et du 1er septembre 2027 pour les autres : cette facture ne semble pas indiquer le SIREN du client (son SIRET convient) ni la catégorie de l'opération (livraison de biens, prestation de services, ou les deux). Ajoutez-les dans votre logiciel de facturation avant l'échéance qui vous concerne ; pour l'instant, cela n'empêche pas le dépôt.",
    );
  });

  it('says gently when it could not tell', () => {
    const [verdict] = onGuide({ buyerId: 'found', operationCategory: 'unsure' });
    expect(verdict!.message).toContain("l'assistant n'a pas pu vérifier que cette facture indique la catégorie de l'opération");
    expect(verdict!.message).not.toContain('SIREN');
    const [both] = onGuide({ buyerId: 'missing', operationCategory: 'unsure' });
    expect(both!.message).toContain('ne semble pas indiquer le SIREN du client (son SIRET convient).');
    expect(both!.message).toContain("L'assistant n'a pas pu vérifier la catégorie de l'opération");
  });

  it('speaks of the dates as they stand on the day of the check', () => {
    expect(onGuide({ buyerId: 'missing', operationCategory: 'found' }, BETWEEN)[0]!.message).toMatch(
      /^Mentions obligatoires depuis le 1er septembre 2026 pour les grandes entreprises et les ETI, et à partir du 1er septembre 2027 pour les autres :/,
    );
    const after = onGuide({ buyerId: 'missing', operationCategory: 'found' }, AFTER)[0]!.message;
    expect(after).toMatch(/^Mentions obligatoires pour toutes les entreprises depuis le 1er septembre 2027 :/);
    expect(after).not.toContain("n'empêche pas");
  });

  it('is about the chosen file in the deposit window', () => {
    expect(verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot', beyond: { pdfMentions: { buyerId: 'missing', operationCategory: 'found' } } })).toMatchObject([
      { field: 'depositFile', severity: 'info' },
    ]);
  });

  it('says nothing when both are found, or when no PDF text was read', () => {
    expect(onGuide({ buyerId: 'found', operationCategory: 'found' })).toEqual([]);
    expect(verdictsOf(RULE, seForm({}))).toEqual([]);
  });

  it('speaks English when asked', () => {
    const [verdict] = verdictsOf(RULE, seForm({}), { beyond: { pdfMentions: { buyerId: 'missing', operationCategory: 'missing' } }, today: BEFORE, locale: 'en' });
    expect(verdict!.message).toMatch(/^Mentions mandatory from 1 September 2026 .*: this invoice does not seem to give the client's SIREN \(its SIRET will do\) or the category/);
  });
});
