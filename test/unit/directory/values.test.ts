import { describe, expect, it } from 'vitest';
import { classifyHeader, matchColumns, SERVICE_COLUMNS, STRUCTURE_COLUMNS } from '../../../utils/directory/columns.ts';
import { normaliseIdentifier, parseFlag } from '../../../utils/directory/values.ts';
import { SERVICE_HEADER, STRUCTURE_HEADER } from '../../directory/fixture-data.ts';

describe('flags', () => {
  it.each(['true', 'TRUE', 'Oui', 'OUI', '1', 'Vrai', ' oui '])('%j is yes', (raw) => expect(parseFlag(raw)).toBe(true));
  it.each(['false', 'False', 'Non', 'NON', '0', 'FAUX'])('%j is no', (raw) => expect(parseFlag(raw)).toBe(false));
  it.each([undefined, '', '  ', 'peut-être', '2', 'actif'])('%j is unknown', (raw) => expect(parseFlag(raw)).toBeUndefined());
});

describe('identifiers', () => {
  it('keeps a SIRET written as text', () => expect(normaliseIdentifier('21420218600018', 'SIRET')).toBe('21420218600018'));
  it('gives back the leading zeros a number lost', () => expect(normaliseIdentifier('1234567800017', 'SIRET')).toBe('01234567800017'));
  it('reads scientific notation', () => expect(normaliseIdentifier('2.1420218600018E13', 'SIRET')).toBe('21420218600018'));
  it('drops spaces and a trailing .0', () => {
    expect(normaliseIdentifier(' 214 202 186 00018 ', 'SIRET')).toBe('21420218600018');
    expect(normaliseIdentifier('21420218600018.0', '')).toBe('21420218600018');
  });
  it('leaves other identifiers as written', () => {
    expect(normaliseIdentifier('GB123456789', 'HORS_UE')).toBe('GB123456789');
    expect(normaliseIdentifier('1234567', 'RIDET')).toBe('1234567');
  });
});

describe('columns', () => {
  it('tells the structures sheet from the services sheet by their own columns', () => {
    expect(classifyHeader(STRUCTURE_HEADER)).toBe('structures');
    expect(classifyHeader(SERVICE_HEADER)).toBe('services');
    expect(classifyHeader(['Numéro', 'Date', 'Client', 'Montant'])).toBeNull();
    expect(classifyHeader([])).toBeNull();
  });

  it('still recognises a sheet that lacks one column, so the message can name it', () => {
    const header = STRUCTURE_HEADER.filter((name) => name !== 'StructureActive');
    expect(classifyHeader(header)).toBe('structures');
    expect(matchColumns(header, STRUCTURE_COLUMNS).missingRequired).toEqual(['StructureActive']);
  });

  it('matches whatever the case, accents, separators and order', () => {
    const header = ['service actif', 'NOM', 'Gestion_EGMT', 'code', 'IDENTIFIANT'];
    const match = matchColumns(header, SERVICE_COLUMNS);
    expect(match.index).toEqual({ active: 0, name: 1, engagementRequired: 2, code: 3, siret: 4 });
    expect(match.missingRequired).toEqual([]);
    expect(matchColumns(['Identifiánt', 'Raison Sociale', 'GESTION-ENGAGEMENT'], STRUCTURE_COLUMNS).index).toMatchObject({ id: 0, name: 1, engagementRequired: 2 });
  });

  it('lists the optional columns it did not find apart from the required ones', () => {
    const match = matchColumns(['Identifiant', 'RaisonSociale', 'GestionEngagement', 'GestionService', 'GestionServiceEngagement', 'StructureActive'], STRUCTURE_COLUMNS);
    expect(match.missingRequired).toEqual([]);
    expect(match.missingOptional).toEqual(['TypeIdentifiant', 'GestionStatutMiseEnPaiement', 'Adresse', 'CodePostal', 'Ville', 'LibellePays']);
  });
});
