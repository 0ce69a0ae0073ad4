import { describe, expect, it } from 'vitest';
import { RULES } from '../../../utils/rules/registry.ts';
import { FIRING_CASES, verdictsOfCase } from './firing-cases.ts';
import { SE_DEPOSIT_WINDOW } from './facturx-helpers.ts';

describe('every registered check', () => {
  it('has at least one case that makes it speak (add one to firing-cases.ts for a new check)', () => {
    expect(Object.keys(FIRING_CASES).sort()).toEqual([...RULES.keys()].sort());
    for (const [id, cases] of Object.entries(FIRING_CASES)) {
      for (const testCase of cases) expect(verdictsOfCase(testCase).some((verdict) => verdict.rule === id), `${id}: ${JSON.stringify(testCase).slice(0, 200)}`).toBe(true);
    }
  });

  it('speaks only about the fields it declares (Rule.fields)', () => {
    for (const cases of Object.values(FIRING_CASES)) {
      for (const verdict of cases.flatMap(verdictsOfCase)) {
        expect(RULES.get(verdict.rule)!.fields, `${verdict.rule} gave a verdict about ${verdict.field}`).toContain(verdict.field);
      }
    }
  });

  it('runs only on the pages it declares', () => {
    for (const [id, cases] of Object.entries(FIRING_CASES)) {
      const pages = RULES.get(id)!.pages;
      if (!pages) continue;
      for (const testCase of cases) expect(pages).toContain(testCase.page ?? 'saisie');
    }
  });

  it('never offers a fix that writes into the deposit window’s « Structure » (it may be the depositor’s own structure)', () => {
    const structures = ['', '48253710900019 - MENUISERIE DUPONT', '21420218600018', 'VILLE DE SAINT ETIENNE'];
    const cases = [
      ...Object.values(FIRING_CASES).flat(),
      ...structures.flatMap((depositStructure) => [
        { page: 'depot' as const, fields: { ...SE_DEPOSIT_WINDOW, depositStructure } },
        { page: 'depot' as const, fields: { ...SE_DEPOSIT_WINDOW, depositStructure }, pdf: { buyerSiret: '21420218600018' } },
        { page: 'depot' as const, fields: { ...SE_DEPOSIT_WINDOW, depositStructure, depositFormat: 'PDF signé', depositFrame: '' }, recipientHint: '21420218600018' },
      ]),
    ];
    for (const testCase of cases) {
      const fixes = verdictsOfCase(testCase).filter((verdict) => verdict.field === 'depositStructure' && verdict.fix);
      expect(fixes, JSON.stringify(testCase).slice(0, 200)).toEqual([]);
    }
  });
});
