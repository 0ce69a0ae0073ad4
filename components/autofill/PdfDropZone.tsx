import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { t } from '../../utils/i18n/index.ts';

/**
 * The file input of the contract (`data-ca-action="import-pdf"`), inside a zone that also takes a dropped file.
 * It stays usable while a file is read: another file chosen meanwhile replaces it.
 */
export function PdfDropZone({ onFile }: { onFile(file: File): void }): JSX.Element {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <div
      class={`ca-drop${over ? ' ca-drop--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        take(event.dataTransfer?.files);
      }}
    >
      <label class="ca-drop__label">
        <span class="ca-drop__text">{t('autofill_pick')}</span>
        <input
          type="file"
          accept="application/pdf,.pdf"
          data-ca-action="import-pdf"
          onChange={(event) => {
            const input = event.currentTarget;
            take(input.files);
            // The same file can be chosen again after a correction.
            input.value = '';
          }}
        />
      </label>
      <p class="ca-drop__hint">{t('autofill_pick_hint')}</p>
    </div>
  );
}
