import { describe, expect, it } from 'vitest';
import { sendGuardFeature } from '../../../utils/portal/features/send-guard.ts';
import type { SentInvoice } from '../../../utils/model/sent-invoice.ts';
import { PortalSession } from '../../../utils/portal/session.ts';
import { markupVisibility, replicaDocument } from './dom-fixture.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the sending guard', () => {
  it('holds "Valider et envoyer" while errors are left, owns its confirmation, and lets the click through when asked', async () => {
    const { document } = replicaDocument('cpp/saisie.html');
    const recorded: SentInvoice[] = [];
    let changes = 0;
    const guard = sendGuardFeature(async (entry) => void recorded.push(entry), () => changes++);
    const session = new PortalSession({ document, visibility: markupVisibility, features: [guard] });
    session.start();
    await settle();
    let submitted = 0;
    const form = document.getElementById('GFE_SaisieFacture_Formulaire')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted++;
    });
    const sendButton = document.getElementById('GFE_SaisieFacture_Actions_BoutonValiderEnvoyer') as HTMLButtonElement;

    sendButton.click();
    const confirmation = guard.confirmation()!;
    expect(confirmation.errors.length).toBeGreaterThan(0);
    expect(confirmation.errors.every((verdict) => verdict.severity === 'error')).toBe(true);
    expect(submitted).toBe(0);
    expect(changes).toBe(1);

    confirmation.back();
    expect(guard.confirmation()).toBeUndefined();
    expect(document.activeElement).toBe(sendButton);

    sendButton.click();
    guard.confirmation()!.sendAnyway();
    expect(guard.confirmation()).toBeUndefined();
    await settle();
    expect(submitted).toBe(1);
    expect(changes).toBe(4);
    session.stop();
  });

  it('closes its confirmation when the assistant stops', async () => {
    const { document } = replicaDocument('cpp/saisie.html');
    const guard = sendGuardFeature(async () => {});
    const session = new PortalSession({ document, visibility: markupVisibility, features: [guard] });
    session.start();
    await settle();
    (document.getElementById('GFE_SaisieFacture_Actions_BoutonValiderEnvoyer') as HTMLButtonElement).click();
    expect(guard.confirmation()).toBeDefined();
    session.stop();
    expect(guard.confirmation()).toBeUndefined();
  });
});
