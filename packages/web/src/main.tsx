// Global styles first, so that component styles (imported by the components) come after them.
import './styles/tokens.css';
import './styles/base.css';
import './styles/header.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/buttons.css';
import './styles/library.css';
import './styles/recordings.css';
import './styles/screens.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LocaleProvider } from './i18n/LocaleContext';
import { VaultProvider } from './vault/VaultContext';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <LocaleProvider>
      <VaultProvider>
        <App />
      </VaultProvider>
    </LocaleProvider>
  </StrictMode>,
);
