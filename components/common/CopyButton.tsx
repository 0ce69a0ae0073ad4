import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n/index.ts';
import { copyText } from './copy-text.ts';

export interface CopyButtonProps {
  text: string;
  label?: string;
  /** Marks the button for tests and the contract's style of actions. */
  action?: string;
}

/** A copy button that says, in a polite live region, whether the copy worked. */
export function CopyButton({ text, label, action = 'copy' }: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span class="ca-copy">
      <button
        type="button"
        class="ca-button"
        data-ca-action={action}
        onClick={async () => setStatus((await copyText(text)) ? 'copied' : 'failed')}
      >
        {label ?? t('common_copy')}
      </button>
      <span class="ca-copy__status" role="status" aria-live="polite">
        {status === 'copied' ? t('common_copied') : status === 'failed' ? t('common_copy_failed') : ''}
      </span>
    </span>
  );
}
