import { onlyDigits } from '../model/siret.ts';
import type { Profile } from './profile-schema.ts';

/**
 * A profile is data: which checks apply to a public body, with what parameters (its shape and the check of an
 * imported file: ./profile-schema.ts). Adding a body means adding a profile, never touching the engine.
 */
export type { Profile };

export const CHORUS_PRO_PROFILE: Profile = {
  id: 'chorus-pro',
  name: 'Chorus Pro (toute structure publique)',
  recipientSirets: [],
  params: {},
  rules: {
    'cpp/required': {},
    'cpp/invoice-number-length': {},
    'cpp/invoice-number-duplicate': {},
    'cpp/invoice-date': {},
    'cpp/siret': {},
    'cpp/amount-format': {},
    'cpp/amount-consistency': {},
    'cpp/vat-type': {},
    'cpp/reference-length': {},
    'cpp/currency': {},
    'cpp/pdf-mismatch': {},
    'cpp/deposit-file': {},
    'cpp/facturx-deposit': {},
    'cpp/facturx-payment-means': {},
    'cpp/facturx-recipient': {},
    'cpp/facturx-text': {},
    'cpp/invoice-number-date': {},
    'cpp/invoice-number-on-pdf': {},
    'cpp/frame-paid-net': {},
    'cpp/payment-bank': {},
    'cpp/vat-exemption-reason': {},
    'cpp/attachment': {},
    'cpp/mentions-2026': {},
    // The Chorus Pro directory's checks: silent until a directory is imported (docs/directory.md).
    'cpp/directory-unknown': {},
    'cpp/recipient-inactive': {},
    'cpp/engagement-required': {},
    'cpp/service-required': {},
    'cpp/service-unknown': {},
  },
};

export const SAINT_ETIENNE_SIRET = '21420218600018';

/** From the city's published guide to depositing an invoice on Chorus Pro (see docs/rules.md). */
export const SAINT_ETIENNE_PROFILE: Profile = {
  id: 'saint-etienne',
  name: 'Ville de Saint-Étienne',
  recipientSirets: [SAINT_ETIENNE_SIRET],
  extends: 'chorus-pro',
  params: {
    recipientName: 'Ville de Saint-Étienne',
    recipientSiret: SAINT_ETIENNE_SIRET,
    engagementDigits: 7,
    allowedServiceCode: 'FACTURES_PUBLIQUES',
    billingFrame: 'A1',
    billingFrameCaption: "A1: Dépôt par un fournisseur d'une facture",
    depositFormat: 'PDF non signé',
  },
  rules: {
    'se/engagement-required': {},
    'se/engagement-format': {},
    'se/service-code': {},
    'se/service-code-optional': {},
    'se/recipient-not-state': {},
    'se/billing-frame': {},
    'se/deposit-format': {},
    'se/works-space': {},
    'se/recipient-hint': {},
    'se/facturx-engagement': {},
    'se/facturx-service': {},
    // The city wants the service code empty: the PDF's BuyerReference must not be proposed there.
    'cpp/pdf-mismatch': { ignore: ['serviceCode'] },
    // The city's own, stricter checks of the engagement and the service code speak instead of the directory's.
    'cpp/engagement-required': { profileDecides: true },
    'cpp/service-required': { profileDecides: true },
    'cpp/service-unknown': { profileDecides: true },
  },
};

export const BUILT_IN_PROFILES: readonly Profile[] = [CHORUS_PRO_PROFILE, SAINT_ETIENNE_PROFILE];

export interface ResolvedRule {
  id: string;
  params: Record<string, unknown>;
}

const resolved = new WeakMap<Profile, { profiles: readonly Profile[]; rules: ResolvedRule[] }>();

/** A profile's checks, its parents' first, with parameters merged (the child's win). Computed once per profile list. */
export function resolveProfileRules(profile: Profile, profiles: readonly Profile[]): ResolvedRule[] {
  const cached = resolved.get(profile);
  if (cached?.profiles === profiles) return cached.rules;
  const rules = mergeProfileRules(profile, profiles);
  resolved.set(profile, { profiles, rules });
  return rules;
}

function mergeProfileRules(profile: Profile, profiles: readonly Profile[]): ResolvedRule[] {
  const chain: Profile[] = [];
  for (let current: Profile | undefined = profile; current && !chain.includes(current); ) {
    chain.unshift(current);
    const parentId: string | undefined = current.extends;
    current = parentId ? profiles.find((candidate) => candidate.id === parentId) : undefined;
  }
  const merged = new Map<string, Record<string, unknown>>();
  for (const link of chain) {
    for (const [id, params] of Object.entries(link.rules)) {
      merged.set(id, { ...merged.get(id), ...link.params, ...params });
    }
  }
  return [...merged].map(([id, params]) => ({ id, params }));
}

export function profileForSiret(siret: string, profiles: readonly Profile[]): Profile | undefined {
  const digits = onlyDigits(siret);
  if (digits.length !== 14) return undefined;
  return profiles.find((profile) => profile.recipientSirets.includes(digits));
}
