import { t } from '../../utils/i18n/index.ts';
import './welcome.css';

/** Shown once, after the first install: what the assistant does, that nothing leaves the computer, the guide. */
export function WelcomeApp() {
  return (
    <main class="welcome" data-ca-welcome>
      <img class="welcome__icon" src="/icons/96.png" width="96" height="96" alt="" />
      <h1>{t('welcome_title')}</h1>
      <p data-ca-welcome-line="what">{t('welcome_what')}</p>
      <p data-ca-welcome-line="local">{t('welcome_local')}</p>
      <p data-ca-welcome-line="guide">
        {t('welcome_guide_intro')}{' '}
        <a href="/guide.html" data-ca-action="open-guide">
          {t('welcome_guide_link')}
        </a>
      </p>
    </main>
  );
}
