/** What a public body's profile says about itself; the se/ rules read these instead of constants. */
export interface RecipientParams {
  recipientName: string;
  recipientSiret: string;
  engagementDigits?: number;
  allowedServiceCode?: string;
  billingFrame?: string;
  billingFrameCaption?: string;
  depositFormat?: string;
}
