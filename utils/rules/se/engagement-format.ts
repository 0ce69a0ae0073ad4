import { normalizeEngagement } from '../../model/engagement.ts';
import { isBlank } from '../../model/text.ts';
import type { Rule } from '../types.ts';
import type { RecipientParams } from './params.ts';

export const engagementFormat: Rule<RecipientParams> = {
  id: 'se/engagement-format',
  fields: ['engagementNumber'],
  pages: ['saisie'],
  severity: 'error',
  check({ fields, params, say }) {
    const raw = fields.engagementNumber;
    if (raw === undefined || isBlank(raw)) return [];
    const digits = params.engagementDigits ?? 7;
    if (new RegExp(`^\\d{${digits}}$`).test(raw)) return [];
    const normalized = normalizeEngagement(raw).value;
    const fixable = new RegExp(`^\\d{${digits}}$`).test(normalized);
    return [
      {
        field: 'engagementNumber',
        message: say(
          {
            fr: "Le N° d'engagement de la {name} est un numéro d'exactement {digits} chiffres, sans espace, tiret, underscore ni autre signe (ni « EJ », « BC » ou « n° »). Saisissez uniquement les {digits} chiffres.",
            en: 'The {name} commitment number is exactly {digits} digits, with no space, dash, underscore or other sign (no "EJ", "BC" or "n°"). Type the {digits} digits only.',
          },
          { name: params.recipientName, digits },
        ),
        ...(fixable ? { fix: { value: normalized } } : {}),
      },
    ];
  },
};
