import { describe, expect, it } from 'vitest';
import { FIELD_KEYS } from '../../../utils/model/fields.ts';
import { FIELD_BLOCKS, FIELD_LABELS, PAGE_DESCRIPTORS } from '../../../utils/portal/pages.ts';

describe("the portal's words", () => {
  it('name every field in both languages, and describe each located field on one page only', () => {
    for (const key of FIELD_KEYS) {
      expect(FIELD_LABELS[key].fr, key).not.toBe('');
      expect(FIELD_LABELS[key].en, key).not.toBe('');
    }
    const described = Object.values(PAGE_DESCRIPTORS).flatMap((page) => page.fields.map((field) => field.key));
    expect(described).toEqual([...new Set(described)]);
  });

  it('put every field in one block of the panel', () => {
    const inBlocks = Object.values(FIELD_BLOCKS).flat();
    expect([...inBlocks].sort()).toEqual([...FIELD_KEYS].sort());
  });
});
