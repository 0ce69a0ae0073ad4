import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { countBySeverity, VerdictList, verdictKeys } from '../verdicts/index.ts';
import { SkeletonPreview } from '../skeleton/SkeletonPreview.tsx';
import { t, uiLocale, type MessageKey } from '../../utils/i18n/index.ts';
import type { PageKind } from '../../utils/model/fields.ts';
import type { Verdict } from '../../utils/rules/types.ts';
import type { SendConfirmation } from '../../utils/portal/features/send-guard.ts';
import type { SessionState } from '../../utils/portal/session.ts';

/** A block of the panel from another feature (e.g. the PDF import and autofill preview), shown above the verdicts. */
export interface PanelSection {
  id: string;
  /** Its heading in the panel (already in the user's language). */
  title: string;
  content: ComponentChildren;
}

export interface PanelProps {
  state: SessionState;
  /** The blocks of the current page, in order. */
  sections: readonly PanelSection[];
  /** The sending confirmation, while it is open. */
  confirmation?: SendConfirmation;
  collapsed: boolean;
  side: 'right' | 'left';
  onCollapsedChange(collapsed: boolean): void;
  /** Writes `value` (the fix's, or the choice picked) into the verdict's field. */
  onFix(verdict: Verdict, value: string): void;
  /** The page's anonymised skeleton, read when the user asks to see it (utils/portal/skeleton.ts). */
  readSkeleton(): string;
}

const PAGE_TITLES: Record<PageKind, MessageKey> = {
  connexion: 'panel_page_connexion',
  accueil: 'panel_page_accueil',
  'factures-emises': 'panel_page_factures_emises',
  depot: 'panel_page_depot',
  analyse: 'panel_page_analyse',
  saisie: 'panel_page_saisie',
  travaux: 'panel_page_travaux',
};

function countText(count: number, one: MessageKey, many: MessageKey): string {
  return count === 1 ? t(one) : t(many, count);
}

function Summary({ verdicts }: { verdicts: readonly Verdict[] }) {
  const counts = countBySeverity(verdicts);
  if (verdicts.length === 0) return <span class="ca-chip ca-chip--ok">{t('panel_all_good')}</span>;
  return (
    <span class="ca-chips">
      {counts.error > 0 && <span class="ca-chip ca-chip--error">{countText(counts.error, 'panel_count_error_one', 'panel_count_error_many')}</span>}
      {counts.warning > 0 && <span class="ca-chip ca-chip--warning">{countText(counts.warning, 'panel_count_warning_one', 'panel_count_warning_many')}</span>}
      {counts.info > 0 && <span class="ca-chip ca-chip--info">{countText(counts.info, 'panel_count_info_one', 'panel_count_info_many')}</span>}
    </span>
  );
}

/** The sending confirmation: a dialog inside the panel, focus on "go back", Escape goes back. */
function SendConfirmationDialog({ confirmation }: { confirmation: SendConfirmation }) {
  const backButton = useRef<HTMLButtonElement>(null);
  useEffect(() => backButton.current?.focus(), []);
  return (
    <div class="ca-overlay">
      <div
        class="ca-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="ca-dialog-title"
        aria-describedby="ca-dialog-intro"
        data-ca-dialog="send-confirmation"
        onKeyDown={(event) => {
          if (event.key === 'Escape') confirmation.back();
        }}
      >
        <h2 id="ca-dialog-title" class="ca-dialog__title">
          {t('panel_guard_title')}
        </h2>
        <p id="ca-dialog-intro" class="ca-dialog__intro">
          {countText(confirmation.errors.length, 'panel_guard_intro_one', 'panel_guard_intro_many')}
        </p>
        <VerdictList verdicts={confirmation.errors} grouped={false} />
        <div class="ca-dialog__actions">
          <button type="button" ref={backButton} class="ca-button ca-button--primary" data-ca-action="guard-back" onClick={() => confirmation.back()}>
            {t('panel_guard_back')}
          </button>
          <button type="button" class="ca-button" data-ca-action="guard-send" onClick={() => confirmation.sendAnyway()}>
            {t('panel_guard_send')}
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * What the screen reader's live region says: the errors that appeared since the panel last showed this page's
 * verdicts (all of them on a new page), said once, politely: the first new error's message, or how many appeared.
 */
function useNewErrorsAnnouncement(page: PageKind | undefined, verdicts: readonly Verdict[]): string {
  const [announcement, setAnnouncement] = useState('');
  const shown = useRef<{ page: PageKind | undefined; errors: Set<string> }>({ page: undefined, errors: new Set() });
  useEffect(() => {
    const errors = verdicts.filter((verdict) => verdict.severity === 'error');
    // By check, field and rank (not by wording, which follows the typing): a second file's error is new.
    const keys = verdictKeys(errors);
    const before = shown.current.page === page ? shown.current.errors : new Set<string>();
    const appeared = errors.filter((_, index) => !before.has(keys[index]!));
    shown.current = { page, errors: new Set(keys) };
    if (appeared.length === 0) return;
    setAnnouncement(appeared.length === 1 ? t('panel_announce_one', appeared[0]!.message) : t('panel_announce_many', appeared.length));
  }, [page, verdicts]);
  return announcement;
}

/** The page's skeleton in a dialog over the page: what « Copier » copies, shown before copying. */
function SkeletonDialog({ text, onClose }: { text: string; onClose(): void }) {
  return (
    <div class="ca-overlay">
      <div class="ca-dialog ca-dialog--skeleton" role="dialog" aria-modal="true" aria-labelledby="ca-skeleton-title" aria-describedby="ca-skeleton-title-intro" data-ca-dialog="skeleton">
        <SkeletonPreview text={text} titleId="ca-skeleton-title" onClose={onClose} />
      </div>
    </div>
  );
}

/**
 * « Copier la structure de la page (sans vos données) »: opens the preview; when the dialog closes, the keyboard
 * comes back to the button that opened it.
 */
function useSkeleton(readSkeleton: () => string) {
  const [text, setText] = useState<string | undefined>(undefined);
  const opener = useRef<HTMLElement | null>(null);
  // In the same task as the dialog's removal: the keyboard is never left on the page behind.
  useLayoutEffect(() => {
    if (text === undefined && opener.current?.isConnected) opener.current.focus();
  }, [text]);
  const button = (className: string) => (
    <button
      type="button"
      class={className}
      data-ca-action="show-skeleton"
      aria-haspopup="dialog"
      onClick={(event) => {
        opener.current = event.currentTarget;
        setText(readSkeleton());
      }}
    >
      {t('panel_skeleton_action')}
    </button>
  );
  const dialog = text === undefined ? null : <SkeletonDialog text={text} onClose={() => setText(undefined)} />;
  return { button, dialog };
}

/**
 * The assistant's panel beside the portal: the page's verdicts grouped by the portal's blocks, worst first,
 * each with its fix; sections of other features above them; a live region announcing new errors. When it does
 * not fully recognise the page, it offers first to copy the page's structure for the support desk.
 */
export function Panel({ state, sections, confirmation, collapsed, side, onCollapsedChange, onFix, readSkeleton }: PanelProps) {
  const announcement = useNewErrorsAnnouncement(state.page, state.result.verdicts);
  const skeleton = useSkeleton(readSkeleton);
  const partial = state.coverage.partial;

  // After collapsing or expanding, the keyboard stays on the toggle (the button changed, the focus must follow).
  const toggled = useRef(false);
  const toggleButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (toggled.current) toggleButton.current?.focus();
    toggled.current = false;
  }, [collapsed]);
  const toggle = (next: boolean) => {
    toggled.current = true;
    onCollapsedChange(next);
  };

  const verdicts = state.result.verdicts;
  const errors = verdicts.filter((verdict) => verdict.severity === 'error').length;
  const title = state.page ? t(PAGE_TITLES[state.page]) : '';
  const cityRules = state.profile.id !== 'chorus-pro';

  return (
    <>
    <div class={`ca-panel ca-panel--${side}${collapsed ? ' ca-panel--collapsed' : ''}`} lang={uiLocale()} data-ca-panel="">
      <div class="ca-live" aria-live="polite" role="status">
        {announcement}
      </div>
      {collapsed ? (
        <button
          type="button"
          class={`ca-tab${errors ? ' ca-tab--error' : ''}`}
          aria-expanded="false"
          aria-controls="ca-panel-body"
          data-ca-action="expand"
          title={t('panel_expand')}
          ref={toggleButton}
          onClick={() => toggle(false)}
        >
          <span class="ca-tab__logo" aria-hidden="true">
            ✓
          </span>
          <span class="ca-tab__count">{errors}</span>
          <span class="ca-visually-hidden">{t('panel_expand')}</span>
        </button>
      ) : (
        <section class="ca-panel__box" aria-labelledby="ca-panel-title">
          <header class="ca-panel__header">
            <div class="ca-panel__brand">
              <span class="ca-panel__logo" aria-hidden="true">
                ✓
              </span>
              <div>
                <h2 id="ca-panel-title" class="ca-panel__title">
                  {t('panel_title')}
                </h2>
                {title && <p class="ca-panel__page">{title}</p>}
              </div>
            </div>
            <button
              type="button"
              class="ca-icon-button"
              aria-expanded="true"
              aria-controls="ca-panel-body"
              data-ca-action="collapse"
              title={t('panel_collapse')}
              ref={toggleButton}
              onClick={() => toggle(true)}
            >
              <span aria-hidden="true">{side === 'right' ? '›' : '‹'}</span>
              <span class="ca-visually-hidden">{t('panel_collapse')}</span>
            </button>
          </header>
          <div class="ca-panel__body" id="ca-panel-body">
            {partial && (
              <div class="ca-notice ca-notice--info ca-skeleton-offer" data-ca-notice="partial-recognition">
                <p>{t('panel_skeleton_partial')}</p>
                {skeleton.button('ca-button')}
              </div>
            )}
            {state.page && (state.fields.length > 0 || verdicts.length > 0) && (
              <div class="ca-panel__status">
                <Summary verdicts={verdicts} />
                <p class="ca-panel__profile">{cityRules ? t('panel_profile', state.profile.name) : t('panel_profile_generic')}</p>
              </div>
            )}
            {state.notices.map((notice) => (
              <p key={notice.id} class={`ca-notice ca-notice--${notice.tone}`} data-ca-notice={notice.id}>
                {notice.text}
              </p>
            ))}
            {sections.map((section) => (
              <section key={section.id} class="ca-section" aria-label={section.title} data-ca-section={section.id}>
                <h3 class="ca-section__title">{section.title}</h3>
                {section.content}
              </section>
            ))}
            {state.page && (state.fields.length > 0 || verdicts.length > 0) ? (
              <VerdictList verdicts={verdicts} onFix={onFix} emptyText={t('panel_no_verdict')} headingLevel={3} />
            ) : (
              state.notices.length === 0 && sections.length === 0 && <p class="ca-panel__quiet">{t(state.page ? 'panel_nothing_here' : 'panel_unknown_page')}</p>
            )}
          </div>
          <footer class="ca-panel__footer">
            <p>{t('panel_footer')}</p>
            {/* One way in at a time: at the top when the page is not fully recognised, here otherwise. */}
            {!partial && skeleton.button('ca-link-button')}
          </footer>
        </section>
      )}
    </div>
    {confirmation && <SendConfirmationDialog confirmation={confirmation} />}
    {!collapsed && skeleton.dialog}
    </>
  );
}
