import { describe, expect, it } from 'vitest';
import { INACTIVE, SAINT_ETIENNE } from '../../../directory/fixture-data.ts';
import { checkWithDirectory, directory, directoryVerdicts, formFor } from '../directory-forms.ts';

describe('cpp/recipient-inactive', () => {
  it("is an error naming the structure and the directory's date", () => {
    const [verdict, ...rest] = directoryVerdicts('cpp/recipient-inactive', formFor(INACTIVE));
    expect(rest).toEqual([]);
    expect(verdict).toMatchObject({ field: 'recipientSiret', severity: 'error' });
    expect(verdict!.message).toBe(
      `La structure MAIRIE DE L'ÎLE-FICTIVE (SIRET ${INACTIVE}) est inactive dans l'annuaire Chorus Pro du 20/11/2026 : elle ne reçoit plus de factures, la vôtre serait rejetée. Demandez à votre client le SIRET de la structure à facturer désormais.`,
    );
  });

  it('also applies to the Ville de Saint-Étienne if the directory says so, on top of its profile', () => {
    const known = directory.entry(SAINT_ETIENNE);
    const entry = { ...known, structure: { ...known.structure!, active: false } };
    const result = checkWithDirectory(formFor(SAINT_ETIENNE, { engagementNumber: '2401234' }), { entry });
    expect(result.profile).toBe('saint-etienne');
    expect(result.verdicts.map((verdict) => verdict.rule)).toContain('cpp/recipient-inactive');
  });

  it('is silent for an active structure and without a directory', () => {
    expect(directoryVerdicts('cpp/recipient-inactive', formFor(SAINT_ETIENNE))).toEqual([]);
    expect(directoryVerdicts('cpp/recipient-inactive', formFor(INACTIVE), { entry: null })).toEqual([]);
  });
});
