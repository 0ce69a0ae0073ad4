import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

describe('se/service-code', () => {
  it.each(['SERVEXEC', 'FACTURES PUBLIQUES', 'factures_publiques', '0'])('%j is an error whose fix empties the field', (code) => {
    const [verdict, ...rest] = verdictsOf('se/service-code', seForm({ serviceCode: code }));
    expect(rest).toEqual([]);
    expect(verdict).toMatchObject({ field: 'serviceCode', severity: 'error', fix: { value: '' } });
    expect(verdict!.message).toMatch(/n'est pas à renseigner/);
  });

  it('accepts an empty field and FACTURES_PUBLIQUES', () => {
    expect(verdictsOf('se/service-code', seForm({ serviceCode: '' }))).toEqual([]);
    expect(verdictsOf('se/service-code', seForm({ serviceCode: 'FACTURES_PUBLIQUES' }))).toEqual([]);
    expect(verdictsOf('se/service-code', seForm({ serviceCode: ' FACTURES_PUBLIQUES ' }))).toEqual([]);
  });
});

describe('se/service-code-optional', () => {
  it('is an information without fix when FACTURES_PUBLIQUES is typed', () => {
    const [verdict] = verdictsOf('se/service-code-optional', seForm({ serviceCode: 'FACTURES_PUBLIQUES' }));
    expect(verdict).toMatchObject({ field: 'serviceCode', severity: 'info' });
    expect(verdict!.fix).toBeUndefined();
  });

  it('says nothing otherwise', () => {
    expect(verdictsOf('se/service-code-optional', seForm({ serviceCode: '' }))).toEqual([]);
    expect(verdictsOf('se/service-code-optional', seForm({ serviceCode: 'SERVEXEC' }))).toEqual([]);
  });
});
