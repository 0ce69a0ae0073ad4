import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { VerdictList } from '../verdicts/index.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { SkeletonPreview } from '../skeleton/SkeletonPreview.tsx';
import { t } from '../../utils/i18n/index.ts';
import type { PageStatus } from '../../utils/messaging/protocol.ts';
import { isFieldKey } from '../../utils/model/fields.ts';
import type { Verdict } from '../../utils/rules/types.ts';
import { buildDiagnostic, pageKindLabel } from '../../utils/diagnostic/build-diagnostic.ts';
import './popup.css';
import '../skeleton/skeleton.css';

/** What the popup says, as the entry point found it. */
export type PopupState =
  | { kind: 'loading' }
  | { kind: 'none' }
  /** `partial`: the page shows a form the assistant cannot place. */
  | { kind: 'other-chorus-page'; partial?: boolean }
  | { kind: 'status'; status: PageStatus; profileName: string };

export interface PopupAppProps {
  state: PopupState;
  extensionVersion: string;
  onOpenGuide(): void;
  onOpenOptions(): void;
  /** Asks the tab for its page's skeleton; null when it did not answer in time. */
  onReadSkeleton(): Promise<string | null>;
}

/** A popup is glanced at: the few worst messages, the rest is in the panel on the page. */
const POPUP_MESSAGES = 3;

function toVerdicts(status: PageStatus): Verdict[] {
  return status.top.map((item) => ({ ...item, field: isFieldKey(item.field) ? item.field : 'page' }));
}

/** The toolbar popup: the current Chorus Pro tab's counts and worst messages, links to the guide and settings. */
export function PopupApp({ state, extensionVersion, onOpenGuide, onOpenOptions, onReadSkeleton }: PopupAppProps) {
  const partial = (state.kind === 'status' && state.status.partial === true) || (state.kind === 'other-chorus-page' && state.partial === true);
  return (
    <main class="popup" data-ca-popup-state={state.kind}>
      <h1>{t('extName')}</h1>
      {state.kind === 'loading' && <p>{t('popup_loading')}</p>}
      {state.kind === 'none' && <p class="ca-notice" data-ca-popup="not-chorus">{t('popup_not_chorus')}</p>}
      {partial && <SkeletonOffer onReadSkeleton={onReadSkeleton} />}
      {state.kind === 'other-chorus-page' && !partial && <p class="ca-notice" data-ca-popup="other-page">{t('popup_other_page')}</p>}
      {state.kind === 'status' && <StatusView status={state.status} profileName={state.profileName} extensionVersion={extensionVersion} />}
      <nav class="popup-links" aria-label={t('popup_links_label')}>
        <button type="button" class="ca-button" data-ca-action="open-guide" onClick={onOpenGuide}>
          {t('common_open_guide')}
        </button>
        <button type="button" class="ca-button" data-ca-action="open-options" onClick={onOpenOptions}>
          {t('common_open_options')}
        </button>
      </nav>
    </main>
  );
}

/**
 * On a page the assistant does not fully recognise: the same « Copier la structure de la page » as the panel's,
 * the skeleton asked of the tab (with a bounded wait) and shown in full before copying.
 */
function SkeletonOffer({ onReadSkeleton }: { onReadSkeleton(): Promise<string | null> }) {
  const [view, setView] = useState<{ kind: 'offer' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'preview'; text: string }>({ kind: 'offer' });
  const opener = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  useLayoutEffect(() => {
    if (view.kind === 'offer' && closed.current) opener.current?.focus();
  }, [view]);
  if (view.kind === 'preview') {
    return (
      <section class="popup-skeleton" aria-labelledby="popup-skeleton-title" data-ca-popup="skeleton">
        <SkeletonPreview
          text={view.text}
          titleId="popup-skeleton-title"
          onClose={() => {
            closed.current = true;
            setView({ kind: 'offer' });
          }}
        />
      </section>
    );
  }
  return (
    <section class="popup-skeleton" data-ca-popup="partial">
      <p class="ca-notice">{t('popup_skeleton_partial')}</p>
      <button
        type="button"
        ref={opener}
        class="ca-button"
        data-ca-action="show-skeleton"
        aria-haspopup="dialog"
        disabled={view.kind === 'loading'}
        onClick={async () => {
          setView({ kind: 'loading' });
          const text = await onReadSkeleton().catch(() => null);
          setView(text === null ? { kind: 'failed' } : { kind: 'preview', text });
        }}
      >
        {t('panel_skeleton_action')}
      </button>
      <p class="popup-skeleton__status" role="status" aria-live="polite">
        {view.kind === 'loading' ? t('popup_skeleton_loading') : view.kind === 'failed' ? t('popup_skeleton_no_answer') : ''}
      </p>
    </section>
  );
}

function StatusView({ status, profileName, extensionVersion }: { status: PageStatus; profileName: string; extensionVersion: string }) {
  const { error, warning, info } = status.counts;
  const total = error + warning + info;
  const diagnostic = buildDiagnostic({
    page: status.page,
    profile: status.profile,
    verdicts: status.top,
    extensionVersion,
  });
  return (
    <section aria-labelledby="popup-status" data-ca-page={status.page ?? undefined} data-ca-profile={status.profile}>
      <h2 id="popup-status">{pageKindLabel(status.page)}</h2>
      <p class="popup-profile">{t('popup_profile', profileName)}</p>
      <ul class="popup-counts" aria-label={t('popup_counts_label')}>
        <li class="popup-count popup-count--error" data-ca-count="error">{t('popup_count_error', error)}</li>
        <li class="popup-count popup-count--warning" data-ca-count="warning">{t('popup_count_warning', warning)}</li>
        <li class="popup-count popup-count--info" data-ca-count="info">{t('popup_count_info', info)}</li>
      </ul>
      {status.top.length > 0 && <h3>{t('popup_top_title')}</h3>}
      <VerdictList verdicts={toVerdicts(status).slice(0, POPUP_MESSAGES)} grouped={false} emptyText={t('popup_all_good')} />
      {total > POPUP_MESSAGES && <p class="popup-more">{t('popup_more_on_page', total - POPUP_MESSAGES)}</p>}
      <p class="popup-diagnostic">
        <CopyButton text={diagnostic} label={t('popup_copy_diagnostic')} action="copy-diagnostic" />
      </p>
    </section>
  );
}
