import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { SettingsProvider } from './hooks/use-settings.tsx';
import { initI18n, type UiLanguage } from './i18n.ts';

/**
 * The app itself: React, the screens and the interface strings, loaded by main.tsx once the
 * start-up shell is on screen. Starts in the saved interface language, so a Hindi user never
 * sees the English screen first.
 */
export async function mount(root: HTMLElement, language: Promise<UiLanguage>): Promise<void> {
  await initI18n(await language);
  createRoot(root).render(
    <StrictMode>
      <SettingsProvider>
        <App />
      </SettingsProvider>
    </StrictMode>,
  );
}
