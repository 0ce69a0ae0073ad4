import { describe, expect, it } from 'vitest';
import { ACCEPTED_ATTACHMENT_EXTENSIONS, extensionOf, shortenedName } from '../../../../utils/rules/cpp/attachment.ts';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'cpp/attachment';
const MB = 1024 * 1024;
const withFiles = (...attachments: { name: string; sizeBytes?: number }[]) => verdictsOf(RULE, seForm({}), { beyond: { attachments } });
/** 60 characters with its extension. */
const SIXTY = 'Annexe-bon-de-livraison-chantier-ecole-Jules-Ferry-mars.pdf'.padStart(60, 'X');

describe(RULE, () => {
  it('refuses a name longer than 50 characters with its extension, and proposes a shorter one', () => {
    expect([...SIXTY]).toHaveLength(60);
    const [verdict, ...others] = withFiles({ name: SIXTY, sizeBytes: 20_000 });
    expect(others).toEqual([]);
    expect(verdict).toMatchObject({ field: 'attachments', severity: 'error' });
    expect(verdict!.message).toContain(`Pièce jointe « ${SIXTY} » : son nom fait 60 caractères avec l'extension, Chorus Pro en accepte 50 au plus.`);
    expect(verdict!.message).toContain(`Renommez le fichier (par exemple « ${shortenedName(SIXTY)} »)`);
    expect([...shortenedName(SIXTY)].length).toBeLessThanOrEqual(50);
    expect(shortenedName(SIXTY).endsWith('.pdf')).toBe(true);
  });

  it('accepts exactly 50 characters', () => {
    expect(withFiles({ name: `${'a'.repeat(46)}.pdf`, sizeBytes: 1 })).toEqual([]);
    expect(withFiles({ name: `${'a'.repeat(47)}.pdf`, sizeBytes: 1 })).toHaveLength(1);
  });

  it.each(['devis.pages', 'photo.heic', 'facture.exe', 'plan.dwg'])('refuses « %s » (extension not accepted) and says to convert it to PDF', (name) => {
    const [verdict] = withFiles({ name, sizeBytes: 1000 });
    expect(verdict!.message).toContain(`Chorus Pro n'accepte pas les fichiers « .${extensionOf(name).toLowerCase()} »`);
    expect(verdict!.message).toContain('Enregistrez-la en PDF');
  });

  it.each(['a.pdf', 'b.PDF', 'c.jpg', 'd.jpeg', 'e.png', 'f.tif', 'g.tiff', 'h.doc', 'i.docx', 'j.odt', 'k.xls', 'l.xlsx', 'm.ods', 'n.csv', 'o.txt', 'p.xml', 'q.zip'])(
    'accepts « %s »',
    (name) => {
      expect(withFiles({ name, sizeBytes: 1000 })).toEqual([]);
    },
  );

  it('refuses a name without extension', () => {
    expect(withFiles({ name: 'bon de livraison', sizeBytes: 1000 })[0]!.message).toContain("ce nom n'a pas d'extension");
  });

  it('refuses an empty file, and one of 10 MB or more, saying to reduce or split it', () => {
    expect(withFiles({ name: 'vide.pdf', sizeBytes: 0 })[0]!.message).toContain('ce fichier est vide (0 octet)');
    const [large] = withFiles({ name: 'plans.pdf', sizeBytes: 10 * MB });
    expect(large!.message).toContain('elle fait 10,0 Mo, Chorus Pro refuse une pièce jointe de 10 Mo ou plus');
    expect(large!.message).toContain('découpez-la en plusieurs fichiers');
    expect(withFiles({ name: 'plans.pdf', sizeBytes: 10 * MB - 1 })).toEqual([]);
  });

  it('refuses attachments that add up to more than 120 MB, once', () => {
    const thirteen = Array.from({ length: 13 }, (_, index) => ({ name: `plan-${index}.pdf`, sizeBytes: 9.5 * MB }));
    const verdicts = withFiles(...thirteen);
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]!.message).toBe(
      'Les pièces jointes font 123,5 Mo en tout : Chorus Pro en accepte 120 Mo au plus pour une facture. Réduisez les plus lourdes ou retirez celles qui ne sont pas nécessaires.',
    );
    expect(withFiles(...thirteen.slice(0, 12))).toEqual([]);
  });

  it('gives one message per problem and per file', () => {
    const verdicts = withFiles({ name: `${'x'.repeat(60)}.heic`, sizeBytes: 0 }, { name: 'ok.pdf', sizeBytes: 5 });
    expect(verdicts).toHaveLength(3);
  });

  it('checks the name of a file whose size is not known (a row of the attachments table)', () => {
    expect(withFiles({ name: SIXTY })).toHaveLength(1);
    expect(withFiles({ name: 'bon.pdf' })).toEqual([]);
  });

  it('says nothing without attachments', () => {
    expect(withFiles()).toEqual([]);
    expect(verdictsOf(RULE, seForm({}))).toEqual([]);
  });

  it('knows the formats Chorus Pro lists, the usual office ones among them', () => {
    for (const extension of ['PDF', 'JPG', 'PNG', 'TIF', 'DOC', 'DOCX', 'ODT', 'XLS', 'XLSX', 'ODS', 'CSV', 'TXT', 'XML', 'ZIP']) {
      expect(ACCEPTED_ATTACHMENT_EXTENSIONS.has(extension), extension).toBe(true);
    }
    expect(ACCEPTED_ATTACHMENT_EXTENSIONS.size).toBe(35);
  });
});
