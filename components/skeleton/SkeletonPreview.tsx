import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/index.ts';
import { copyText } from '../common/copy-text.ts';

export interface SkeletonPreviewProps {
  /** Exactly what « Copier » puts on the clipboard. */
  text: string;
  onClose(): void;
  /** Id of the title, for the dialog or region around the preview. */
  titleId: string;
}

/**
 * What « Copier la structure de la page » will copy, shown in full before copying: a read-only text the keyboard
 * can scroll, « Copier » (says in a live region whether it worked) and « Fermer ». Escape closes; the keyboard
 * starts on « Copier ».
 */
export function SkeletonPreview({ text, onClose, titleId }: SkeletonPreviewProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyButton = useRef<HTMLButtonElement>(null);
  // Before the first paint, so that the preview never shows with the keyboard still on the button that opened it.
  useLayoutEffect(() => copyButton.current?.focus(), []);
  return (
    <div
      class="ca-skeleton"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 id={titleId} class="ca-skeleton__title">
        {t('panel_skeleton_title')}
      </h2>
      <p id={`${titleId}-intro`} class="ca-skeleton__intro">
        {t('panel_skeleton_intro')}
      </p>
      <pre class="ca-skeleton__text" data-ca-skeleton="" tabIndex={0} aria-label={t('panel_skeleton_text_label')}>
        {text}
      </pre>
      <div class="ca-skeleton__actions">
        <span class="ca-skeleton__status" role="status" aria-live="polite">
          {status === 'copied' ? t('panel_skeleton_copied') : status === 'failed' ? t('panel_skeleton_copy_failed') : ''}
        </span>
        <button
          type="button"
          ref={copyButton}
          class="ca-button ca-button--primary"
          data-ca-action="copy-skeleton"
          onClick={async () => setStatus((await copyText(text)) ? 'copied' : 'failed')}
        >
          {t('panel_skeleton_copy')}
        </button>
        <button type="button" class="ca-button" data-ca-action="close-skeleton" onClick={onClose}>
          {t('panel_skeleton_close')}
        </button>
      </div>
    </div>
  );
}
