import { t } from '../../utils/i18n/index.ts';
import { DirectoryImport } from '../directory/DirectoryImport.tsx';
import { HistorySection } from './HistorySection.tsx';
import { ProfilesSection } from './ProfilesSection.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import './options.css';

export function OptionsApp() {
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <SettingsForm />
      <HistorySection />
      <ProfilesSection />
      <DirectoryImport />
    </main>
  );
}
