import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { SettingsProvider } from './hooks/use-settings.tsx';
import { api } from './api.ts';
import { initI18n } from './i18n.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Bug: index.html has no #root');

// Start in the saved interface language, so a Hindi user never sees the English screen first.
const saved = api['settings:get']({}).then((s) => s.language, () => 'en' as const);
void saved.then(initI18n).then(() => {
  createRoot(root).render(
    <StrictMode>
      <SettingsProvider>
        <App />
      </SettingsProvider>
    </StrictMode>,
  );
});
