import { render } from 'preact';
import { startPage } from '../../components/common/start-page.ts';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { extensionDirectoryStore } from '../../utils/storage/directory-store.ts';
import { clearSentInvoices, deleteSentInvoice, loadSentInvoices } from '../../utils/storage/history.ts';
import { importProfile, loadProfiles, removeProfile } from '../../utils/storage/profiles.ts';
import { loadSettings, saveSettings } from '../../utils/storage/settings.ts';
import '../../components/common/base.css';

const store = { loadSettings, saveSettings, loadSentInvoices, deleteSentInvoice, clearSentInvoices, loadProfiles, importProfile, removeProfile };

void startPage('options_page_title').then(() => render(<OptionsApp store={store} directory={extensionDirectoryStore()} />, document.getElementById('app')!));
