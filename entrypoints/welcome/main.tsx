import { render } from 'preact';
import { startPage } from '../../components/common/start-page.ts';
import { WelcomeApp } from '../../components/welcome/WelcomeApp.tsx';
import '../../components/common/base.css';

void startPage('welcome_page_title').then(() => render(<WelcomeApp />, document.getElementById('app')!));
