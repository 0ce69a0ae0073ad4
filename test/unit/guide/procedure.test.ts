import { beforeEach, describe, expect, it } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { useLocaleFile, t } from '../../../utils/i18n/index.ts';
import { ALL_STEP_IDS, filterProcedure, PROCEDURE, procedureAsText } from '../../../utils/guide/procedure.ts';

describe('procedure of the Ville de Saint-Étienne', () => {
  beforeEach(() => useLocaleFile(fr, 'fr'));

  it('covers sign-up, where to deposit, the deposit window, the entry form and sending', () => {
    expect(PROCEDURE.map((section) => section.id)).toEqual(['signup', 'where', 'deposit', 'form', 'send']);
    expect(new Set(ALL_STEP_IDS).size).toBe(ALL_STEP_IDS.length);
  });

  it('states the city specifics plainly', () => {
    const text = procedureAsText();
    for (const words of ['21420218600018', 'Rechercher une structure', 'FACTURES_PUBLIQUES', '7 chiffres', 'bon de commande', 'A1', 'PDF non signé', 'Factures de travaux', 'justificatif de dépôt']) {
      expect(text, words).toContain(words);
    }
  });

  it('says honestly that the deposit window’s « Structure » may be the recipient or the supplier’s own structure, and what to choose in each case', () => {
    const step = PROCEDURE.flatMap((section) => section.steps).find((candidate) => candidate.id === 'deposit-structure')!;
    const detail = t(step.detail);
    expect(detail).toMatch(/destinataire ou votre propre structure/);
    expect(detail).toMatch(/Si la liste propose la Ville de Saint-Étienne \(SIRET 21420218600018\), la choisir/);
    expect(detail).toMatch(/si elle ne propose que votre entreprise, choisir la vôtre : la Ville se choisit ensuite dans le formulaire de saisie/);
    useLocaleFile(en, 'en');
    expect(t(step.detail)).toMatch(/the recipient or your own structure[\s\S]*choose yours: the Ville is chosen next/);
  });

  it('every step has words in French and in English', () => {
    for (const section of PROCEDURE) {
      for (const key of [section.title, ...section.steps.flatMap((step) => [step.title, step.detail])]) {
        expect(fr[key as keyof typeof fr], key).toBeDefined();
        expect(en[key as keyof typeof en], key).toBeDefined();
      }
    }
  });

  it('search keeps the matching steps, accents and case ignored', () => {
    const engagement = filterProcedure('ENGAGEMENT');
    expect(engagement.flatMap((section) => section.steps.map((step) => step.id))).toContain('form-engagement');
    expect(filterProcedure('PIECES jointes').flatMap((section) => section.steps.map((step) => step.id))).toEqual(['form-attachments']);
    expect(filterProcedure('zzz introuvable')).toEqual([]);
    expect(filterProcedure('  ')).toHaveLength(PROCEDURE.length);
  });

  it('search works in English too', () => {
    useLocaleFile(en, 'en');
    expect(filterProcedure('purchase order').flatMap((section) => section.steps.map((step) => step.id))).toContain('form-engagement');
    expect(t('guide_new_call')).toBe('New call');
  });

  it('the text version shows the ticks', () => {
    const text = procedureAsText(new Set(['signup-site']));
    expect(text).toMatch(/\[x\] Aller sur chorus-pro\.gouv\.fr/);
    expect(text).toMatch(/\[ \] « Valider et envoyer »/);
  });
});
