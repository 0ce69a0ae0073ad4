import { render } from 'preact';
import { startPage } from '../../components/common/start-page.ts';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import '../../components/common/base.css';

void startPage('options_page_title').then(() => render(<OptionsApp />, document.getElementById('app')!));
