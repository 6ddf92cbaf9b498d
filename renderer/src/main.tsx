// First: start-up's requests to main go out before React and the screens are evaluated.
import { startup } from './startup.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { SettingsProvider } from './hooks/use-settings.tsx';
import { initI18n } from './i18n.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Bug: index.html has no #root');

// Start in the saved interface language, so a Hindi user never sees the English screen first.
const saved = startup.settings.then((s) => s.language, () => 'en' as const);
void saved.then(initI18n).then(() => {
  createRoot(root).render(
    <StrictMode>
      <SettingsProvider>
        <App />
      </SettingsProvider>
    </StrictMode>,
  );
});
