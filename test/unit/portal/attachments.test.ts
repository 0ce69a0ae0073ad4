/** « PIÈCES JOINTES » on the entry form: the input and the table found, the files' names and sizes checked. */
import { describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { attachmentsFeature, mergeAttachments } from '../../../utils/portal/features/attachments.ts';
import { locateFields } from '../../../utils/portal/locate.ts';
import { chosenAttachments, listedAttachmentNames } from '../../../utils/portal/read.ts';
import { PortalSession } from '../../../utils/portal/session.ts';
import { markupVisibility, replicaDocument } from './dom-fixture.ts';

const LONG_NAME = 'Annexe-bon-de-livraison-chantier-ecole-Jules-Ferry-03-26.pdf';
const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits (bounded) for what the page does after a quiet time. */
async function until(condition: () => unknown, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not reached in ${timeoutMs} ms: ${condition}`);
    await settle(10);
  }
}

/** Chooses files in a file input as the browser's file chooser does, then tells the page. */
function choose(window: Window, input: HTMLInputElement, files: { name: string; bytes: number }[]): void {
  const transfer = new window.DataTransfer();
  for (const { name, bytes } of files) transfer.items.add(new window.File([new Uint8Array(bytes)], name));
  input.files = transfer.files as unknown as FileList;
  input.dispatchEvent(new window.Event('change', { bubbles: true }) as unknown as Event);
}

describe('the attachments input', () => {
  it.each([['cpp/saisie.html'], ['cpp/saisieTableau.html']])('%s: found by « Ajouter des pièces jointes », not by the block heading', (file) => {
    const { document } = replicaDocument(file);
    const field = locateFields(document, 'saisie', markupVisibility).find((each) => each.key === 'attachments')!;
    expect(field.kind).toBe('file');
    expect(field.foundBy).toBe('label-for');
    expect((field.controls[0] as HTMLInputElement).type).toBe('file');
    // The table already lists the invoice's own PDF.
    expect(listedAttachmentNames(field)).toEqual(['facture_2024-03.pdf']);
    expect(chosenAttachments(field)).toEqual([]);
  });

  it('reads the names under « Nom du fichier », wherever that column is', () => {
    const { document } = replicaDocument('cpp/saisie.html');
    const table = document.getElementById('GFE_SaisieFacture_PiecesJointes_Tableau')!;
    // « Nom du fichier » first; a row with its name spaced out, another without a name.
    for (const row of table.querySelectorAll('tr')) row.prepend(row.children[2]!);
    const row = table.querySelector('tbody tr')!;
    row.children[0]!.textContent = ' devis  signé.pdf ';
    const empty = row.cloneNode(true) as Element;
    empty.children[0]!.textContent = '';
    row.after(empty);
    const field = locateFields(document, 'saisie', markupVisibility).find((each) => each.key === 'attachments')!;
    expect(listedAttachmentNames(field)).toEqual(['devis signé.pdf']);
  });
});

describe('mergeAttachments', () => {
  it('lists each file once: the table’s rows with the sizes seen, then the files chosen and not listed yet', () => {
    const sizes = new Map([['a.pdf', 10]]);
    expect(mergeAttachments([{ name: 'a.pdf', sizeBytes: 10 }, { name: 'b.pdf', sizeBytes: 20 }], ['facture.pdf', 'a.pdf'], sizes)).toEqual([
      { name: 'facture.pdf' },
      { name: 'a.pdf', sizeBytes: 10 },
      { name: 'b.pdf', sizeBytes: 20 },
    ]);
    expect(mergeAttachments([], [], sizes)).toEqual([]);
  });
});

describe('attachments on the entry form, as the user adds and removes them', () => {
  it('checks each file added (name, size), keeps the sizes once the portal empties its input, and forgets a removed row', async () => {
    const { window, document } = replicaDocument('cpp/saisieReconnue.html', { scripts: true });
    const session = new PortalSession({ document, visibility: markupVisibility, features: [attachmentsFeature()], quietMs: 5 });
    session.start();
    await until(() => document.querySelector('[data-ca-field="attachments"][data-ca-state]'));
    const input = document.querySelector<HTMLInputElement>('[data-ca-field="attachments"]')!;
    expect(input.id).toBe('GFE_SaisieFacture_PiecesJointes_Ajout');
    expect(input.getAttribute('data-ca-state')).toBe('ok');
    const attachmentVerdicts = () => session.getState()!.result.verdicts.filter((verdict) => verdict.rule === 'cpp/attachment');

    choose(window, input, [
      { name: LONG_NAME, bytes: 2048 },
      { name: 'photo-chantier.heic', bytes: 0 },
    ]);
    // The portal listed the files and emptied its input; the page changed, the assistant read it again.
    expect(input.files!.length).toBe(0);
    await until(() => attachmentVerdicts().length === 3);
    const messages = attachmentVerdicts().map((verdict) => verdict.message);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toBe(
      `Pièce jointe « ${LONG_NAME} » : son nom fait 60 caractères avec l'extension, Chorus Pro en accepte 50 au plus. Renommez le fichier (par exemple « Annexe-bon-de-livraison-chantier-ecole-Jules-F.pdf ») puis ajoutez-le de nouveau.`,
    );
    expect(messages[1]).toMatch(/n'accepte pas les fichiers « \.heic »\. Enregistrez-la en PDF/);
    // The size was seen when the file was chosen: the row alone would not tell it.
    expect(messages[2]).toMatch(/« photo-chantier\.heic » : ce fichier est vide \(0 octet\)/);
    expect(attachmentVerdicts().every((verdict) => verdict.field === 'attachments' && verdict.severity === 'error')).toBe(true);
    expect(input.getAttribute('data-ca-state')).toBe('error');

    // « Supprimer » on both rows: nothing left to say.
    for (const button of document.querySelectorAll<HTMLInputElement>('input[value="Supprimer"]')) button.click();
    await until(() => attachmentVerdicts().length === 0);
    expect(attachmentVerdicts()).toEqual([]);
    expect(document.querySelector('[data-ca-field="attachments"]')!.getAttribute('data-ca-state')).toBe('ok');
    session.stop();
  });
});
