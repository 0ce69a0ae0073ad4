/**
 * Hostile values in what the checks read beyond the form (Factur-X facts, PDF text, attachment names): every check
 * still answers, and quotes them as plain, short, visible text, as for the form's own fields.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_KEYS, type FieldKey } from '../../../utils/model/fields.ts';
import { runChecks } from '../../../utils/rules/engine.ts';
import type { CheckInput } from '../../../utils/rules/types.ts';

const MARKUP = '<img src=x onerror=window.__pwned=1>';
const LONG = `F-${'9'.repeat(200_000)}`;
const INVISIBLE = 'AB\u0001\u001b[31m\u202eCD\u2066EF\u200b';
const MAX_MESSAGE_LENGTH = 600;

function hostileInput(value: string, page: CheckInput['snapshot']['page']): CheckInput {
  const fields = Object.fromEntries(FIELD_KEYS.map((key) => [key, value])) as Partial<Record<FieldKey, string>>;
  return {
    snapshot: { page, fields: { ...fields, recipientSiret: '21420218600018', vatType: 'Exonération', paymentMode: 'Virement', billingFrame: 'A2' } },
    facturx: {
      profile: value,
      paymentMeansCode: null,
      buyerReference: value,
      buyerOrderReference: value,
      buyerSiret: value,
      buyerSiren: value,
      disagreements: ['invoiceNumber', 'totalTTC'],
      differences: [
        { field: 'invoiceNumber', xml: value, text: value },
        { field: 'totalTTC', xml: value, text: value },
      ],
    },
    pdfText: value,
    pdfMentions: { buyerId: 'missing', operationCategory: 'unsure' },
    attachments: [{ name: value, sizeBytes: 0 }, { name: `${value}.exe`, sizeBytes: 200 * 1024 * 1024 }],
  };
}

describe('the checks beyond the form, with hostile values', () => {
  it.each(['saisie', 'depot'] as const)('answer on the %s page whatever the PDF or the files say', (page) => {
    for (const value of [MARKUP, LONG, INVISIBLE, '\ud800', '__proto__', '', ' '.repeat(10_000)]) expect(() => runChecks(hostileInput(value, page))).not.toThrow();
  });

  it('quote hostile values as short plain text, with no invisible character', () => {
    for (const value of [MARKUP, LONG, INVISIBLE]) {
      for (const page of ['saisie', 'depot'] as const) {
        const { verdicts } = runChecks(hostileInput(value, page));
        const added = verdicts.filter((verdict) => /^cpp\/(facturx|attachment|mentions|invoice-number-on)|^se\/facturx/.test(verdict.rule));
        expect(added.length).toBeGreaterThan(2);
        for (const verdict of added) {
          expect(verdict.message.length, `${verdict.rule}: ${verdict.message.length} characters`).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
          // eslint-disable-next-line no-control-regex
          expect(verdict.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069]/);
          expect(verdict.message).not.toMatch(/&lt;|&gt;/);
        }
      }
    }
  });
});
