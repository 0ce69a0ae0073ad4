import { render } from 'preact';
import { startPage } from '../../components/common/start-page.ts';
import { GuideApp } from '../../components/guide/GuideApp.tsx';
import '../../components/common/base.css';

void startPage('guide_page_title').then(() => render(<GuideApp />, document.getElementById('app')!));
