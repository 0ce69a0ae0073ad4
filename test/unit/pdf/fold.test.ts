import { describe, expect, it } from 'vitest';
import { fold } from '../../../utils/pdf/fields/text.ts';

/**
 * The folding the field finders used before it was made fast (one decomposition per character): every label
 * pattern was written against its output, so the fast folding must give exactly the same text for any input.
 */
function referenceFold(text: string): string {
  if (!/[^ -~]/.test(text)) return text.toLowerCase();
  let out = '';
  for (const character of text) {
    const base = character.normalize('NFD')[0] ?? character;
    const lower = base.toLowerCase();
    const unit = lower.length === character.length ? lower : character;
    out += unit.length === character.length ? unit : character;
  }
  return out.replace(/[\u00a0\u202f\u2009\u2007]/g, ' ').replace(/[’‘`]/g, "'").replace(/[º]/g, '°');
}

const INVOICE_TEXTS = [
  'FACTURE N° FA-2025-0042',
  'Date d’émission : 21 janvier 2025',
  'Numéro d‘engagement juridique (EJ) : 24 01 234',
  'Œuvre ŒUF œuf — Æther æther',
  'Total TTC\u00a0: 1\u202f234,56\u00a0€',
  'Réf. : N\u00ba 12 — 3\u2009000,00 € — 2\u2007000',
  'Surface : 12 m² à 19 °C, puissance 6 kVA³',
  'ÉCHÉANCE À RÉCEPTION — Ça coûte 5 € — Ÿ ÿ Ñ ñ Ç ç',
  'ﬁnancé ﬂux — Ligatures ﬀ ﬃ',
  'İstanbul ẞ ß ǅ ǈ Ω K Å',
  '`backtick` with é, and plain `backtick`',
  'emoji 📄 facture 🧾 N° 1, Math 𝐀𝐁 𝟏',
  'lone \ud83d surrogate, reversed \udcc4\ud83d pair, end \ud83d',
  'Ελληνικά ΆΈΉ Кириллица ЁЙ עברית عربي 日本語 한국어',
  'Ṩ ḯ ǖ Ǘ ὥ ᾯ \u1fef \u0344 \u0958 \u2126 \u212b \u0340',
  'TVA non applicable, art. 293 B du CGI',
  '',
];

describe('folding of PDF text', () => {
  it('gives the same text as the per-character folding for invoice-like text', () => {
    for (const text of INVOICE_TEXTS) expect(fold(text), JSON.stringify(text)).toBe(referenceFold(text));
  });

  it('keeps one output code unit per input code unit, so label indices still match', () => {
    for (const text of INVOICE_TEXTS) expect(fold(text)).toHaveLength(text.length);
    expect(fold('Échéance : 7 mars')).toBe('echeance : 7 mars');
    expect(fold('N° d’engagement\u00a0:')).toBe("n° d'engagement :");
    expect(fold('Œuvre')).toBe('œuvre');
  });

  it('folds every character of the Basic Multilingual Plane as before, alone and after an accent', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code);
      for (const text of [character, `É${character}x`]) {
        if (fold(text) !== referenceFold(text)) differing.push(code.toString(16));
      }
    }
    expect(differing).toEqual([]);
  });

  it('folds characters beyond the BMP as before', () => {
    const differing: string[] = [];
    for (let code = 0x10000; code < 0x30000; code += 7) {
      const text = `é${String.fromCodePoint(code)}A`;
      if (fold(text) !== referenceFold(text)) differing.push(code.toString(16));
    }
    for (const code of [0x1d15e, 0x1d1bb, 0x2f800, 0x2fa1d, 0x1f4c4, 0x1d400]) {
      const text = `à${String.fromCodePoint(code)}`;
      if (fold(text) !== referenceFold(text)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it('folds long random mixed text as before', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = [...'aZ09 :./-€°²œŒæÆéÉèàÀçÇüÜ’‘`º\u00a0\u202f\u2009\u2007ﬁİẞ📄\ud83d\udcc4'];
    for (let round = 0; round < 200; round++) {
      const length = Math.floor(random() * (round < 190 ? 80 : 9000));
      let text = '';
      for (let index = 0; index < length; index++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(fold(text)).toBe(referenceFold(text));
    }
  });
});
