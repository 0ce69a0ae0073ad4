import { render } from 'preact';
import { startPage } from '../../components/common/start-page.ts';
import { PopupApp } from '../../components/popup/PopupApp.tsx';
import '../../components/common/base.css';

void startPage('popup_page_title').then(() => render(<PopupApp />, document.getElementById('app')!));
