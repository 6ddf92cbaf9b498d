import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { UserSettings } from '../../shared/ipc/channels/settings.ts';
import { App } from './app.tsx';
import { SettingsProvider } from './hooks/use-settings.tsx';
import { initI18n } from './i18n.ts';

/**
 * The app itself: React, the screens and the interface strings, loaded by main.tsx once the
 * start-up shell is on screen. Starts with the saved settings, in the saved interface language,
 * so a Hindi user never sees the English screen first, and no screen renders twice for them.
 */
export async function mount(root: HTMLElement, settings: Promise<UserSettings | null>): Promise<void> {
  const initial = await settings;
  await initI18n(initial?.language ?? 'en');
  createRoot(root).render(
    <StrictMode>
      <SettingsProvider initial={initial}>
        <App />
      </SettingsProvider>
    </StrictMode>,
  );
}
