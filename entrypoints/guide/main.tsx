import { render } from 'preact';
import { startPage } from '../../components/common/start-page.ts';
import { GuideApp, type GuideAppProps } from '../../components/guide/GuideApp.tsx';
import { extensionDirectoryStore } from '../../utils/storage/directory-store.ts';
import { loadHistory } from '../../utils/storage/history.ts';
import { loadProfiles } from '../../utils/storage/profiles.ts';
import '../../components/common/base.css';

void startPage('guide_page_title').then(() => {
  const known: GuideAppProps = { directory: extensionDirectoryStore() };
  const show = () => render(<GuideApp {...known} />, document.getElementById('app')!);
  show();
  // The guide works at once; what this browser knows (sent invoices, imported profiles) joins when read.
  loadHistory().then((history) => {
    known.history = history;
    show();
  }, () => undefined);
  loadProfiles().then((profiles) => {
    known.profiles = profiles;
    show();
  }, () => undefined);
});
