import { t } from '../../utils/i18n/index.ts';
import type { SentInvoice } from '../../utils/model/sent-invoice.ts';
import type { Profile } from '../../utils/rules/profiles.ts';
import type { Settings } from '../../utils/storage/settings.ts';
import type { DirectoryStore } from '../../utils/storage/directory-store.ts';
import { DirectoryImport } from '../directory/DirectoryImport.tsx';
import { HistorySection } from './HistorySection.tsx';
import { ProfilesSection } from './ProfilesSection.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import './options.css';

/** Where the settings page reads and keeps what it shows (the extension's storage; a fake in tests). */
export interface OptionsStore {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  loadSentInvoices(): Promise<SentInvoice[]>;
  deleteSentInvoice(sentAt: string, invoiceNumber: string): Promise<void>;
  clearSentInvoices(): Promise<void>;
  loadProfiles(): Promise<Profile[]>;
  importProfile(profile: Profile): Promise<void>;
  removeProfile(id: string): Promise<void>;
}

export function OptionsApp({ store, directory }: { store: OptionsStore; directory: DirectoryStore }) {
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <SettingsForm store={store} />
      <HistorySection store={store} />
      <ProfilesSection store={store} />
      <DirectoryImport store={directory} />
    </main>
  );
}
