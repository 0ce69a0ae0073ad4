import type { Rule } from './types.ts';
import { required } from './cpp/required.ts';
import { invoiceNumberLength } from './cpp/invoice-number-length.ts';
import { invoiceNumberDuplicate } from './cpp/invoice-number-duplicate.ts';
import { invoiceDate } from './cpp/invoice-date.ts';
import { siret } from './cpp/siret.ts';
import { amountFormat } from './cpp/amount-format.ts';
import { amountConsistency } from './cpp/amount-consistency.ts';
import { vatType } from './cpp/vat-type.ts';
import { referenceLength } from './cpp/reference-length.ts';
import { currency } from './cpp/currency.ts';
import { pdfMismatch } from './cpp/pdf-mismatch.ts';
import { depositFile } from './cpp/deposit-file.ts';
import { engagementRequired } from './se/engagement-required.ts';
import { engagementFormat } from './se/engagement-format.ts';
import { serviceCode, serviceCodeOptional } from './se/service-code.ts';
import { recipientNotState } from './se/recipient-not-state.ts';
import { billingFrame } from './se/billing-frame.ts';
import { depositFormat } from './se/deposit-format.ts';
import { worksSpace } from './se/works-space.ts';
import { recipientHint } from './se/recipient-hint.ts';
import { facturxDeposit } from './cpp/facturx-deposit.ts';
import { facturxPaymentMeans } from './cpp/facturx-payment-means.ts';
import { facturxRecipient } from './cpp/facturx-recipient.ts';
import { facturxText } from './cpp/facturx-text.ts';
import { invoiceNumberDate } from './cpp/invoice-number-date.ts';
import { invoiceNumberOnPdf } from './cpp/invoice-number-on-pdf.ts';
import { framePaidNet } from './cpp/frame-paid-net.ts';
import { paymentBank } from './cpp/payment-bank.ts';
import { vatExemptionReason } from './cpp/vat-exemption-reason.ts';
import { attachment } from './cpp/attachment.ts';
import { mentions2026 } from './cpp/mentions-2026.ts';
import { facturxEngagement } from './se/facturx-engagement.ts';
import { facturxService } from './se/facturx-service.ts';
import { directoryUnknown } from './cpp/directory-unknown.ts';
import { recipientInactive } from './cpp/recipient-inactive.ts';
import { engagementRequiredByDirectory } from './cpp/engagement-required.ts';
import { serviceRequired } from './cpp/service-required.ts';
import { serviceUnknown } from './cpp/service-unknown.ts';

// Each rule declares its own params type; the registry only needs to find them by id.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRule = Rule<any>;

/** Every check the engine knows, by id. A profile picks among them. */
export const RULES: ReadonlyMap<string, AnyRule> = new Map(
  ([
    required, invoiceNumberLength, invoiceNumberDuplicate, invoiceDate, siret, amountFormat, amountConsistency,
    vatType, referenceLength, currency, pdfMismatch, depositFile,
    engagementRequired, engagementFormat, serviceCode, serviceCodeOptional, recipientNotState, billingFrame,
    depositFormat, worksSpace, recipientHint,
    // What Chorus Pro rejects later (Factur-X flows, the portal's own rules, the 2026 mentions).
    facturxDeposit, facturxPaymentMeans, facturxRecipient, facturxText, invoiceNumberDate, invoiceNumberOnPdf,
    framePaidNet, paymentBank, vatExemptionReason, attachment, mentions2026, facturxEngagement, facturxService,
    directoryUnknown, recipientInactive, engagementRequiredByDirectory, serviceRequired, serviceUnknown,
  ] as AnyRule[]).map((rule) => [rule.id, rule]),
);
