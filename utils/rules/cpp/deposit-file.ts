import { foldForCompare, isBlank } from '../../model/text.ts';
import type { Rule, RuleFinding } from '../types.ts';

export const MAX_DEPOSIT_BYTES = 10 * 1024 * 1024;

export const depositFile: Rule = {
  id: 'cpp/deposit-file',
  fields: ['depositFile'],
  pages: ['depot'],
  severity: 'error',
  check({ snapshot, fields, say }) {
    const info = snapshot.depositFile;
    const name = info?.name ?? fields.depositFile ?? '';
    if (isBlank(name)) return [];
    const findings: RuleFinding[] = [];
    const pdfFormatChosen = /pdf/.test(foldForCompare(fields.depositFormat ?? ''));
    const isPdf = info?.isPdf ?? /\.pdf$/i.test(name.trim());
    if (pdfFormatChosen && !isPdf) {
      findings.push({
        field: 'depositFile',
        message: say({
          fr: "Le fichier « {name} » n'est pas un PDF, alors que le format de dépôt choisi est « {format} ». Exportez votre facture en PDF (menu Fichier › Enregistrer sous › PDF) et choisissez ce PDF.",
          en: 'The file "{name}" is not a PDF, yet the deposit format is "{format}". Export your invoice as PDF and pick that PDF.',
        }, { name, format: fields.depositFormat!.trim() }),
      });
    }
    if (info?.sizeBytes !== undefined && info.sizeBytes > MAX_DEPOSIT_BYTES) {
      findings.push({
        field: 'depositFile',
        message: say({
          fr: 'Le fichier fait {size} Mo : Chorus Pro refuse les fichiers de plus de 10 Mo. Réduisez-le (images moins lourdes, PDF « taille réduite ») ou mettez les annexes en pièces jointes séparées.',
          en: 'The file is {size} MB: Chorus Pro refuses files over 10 MB. Make it smaller or add the annexes as separate attachments.',
        }, { size: (info.sizeBytes / (1024 * 1024)).toFixed(1).replace('.', ',') }),
      });
    }
    if (info?.encrypted) {
      findings.push({
        field: 'depositFile',
        message: say({
          fr: 'Ce PDF est protégé par un mot de passe : Chorus Pro ne pourra pas le lire. Enregistrez une copie sans mot de passe et déposez-la.',
          en: 'This PDF is password-protected: Chorus Pro cannot read it. Save a copy without password and deposit that one.',
        }),
      });
    }
    if (info?.hasTextLayer === false && !info.encrypted) {
      findings.push({
        field: 'depositFile',
        severity: 'warning',
        message: say({
          fr: "Ce PDF ne contient que des images (facture scannée) : Chorus Pro ne pourra rien y reconnaître et le formulaire sera vide. Déposez de préférence le PDF produit par votre logiciel de facturation, ou préparez-vous à tout saisir.",
          en: 'This PDF holds images only (scanned invoice): Chorus Pro will recognise nothing and the form will be empty. Prefer the PDF made by your invoicing software, or be ready to type everything.',
        }),
      });
    }
    return findings;
  },
};
