import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { UserSettings } from '../../shared/ipc/channels/settings.ts';
import { App, type Started } from './app.tsx';
import { SettingsProvider } from './hooks/use-settings.tsx';
import { initI18n } from './i18n.ts';
import { startup } from './startup.ts';

/**
 * The app itself: React, the screens and the interface strings, loaded by main.tsx once the
 * start-up shell is on screen. Starts with the saved settings, in the saved interface language,
 * so a Hindi user never sees the English screen first, and no screen renders twice for them.
 */
export async function mount(root: HTMLElement, settings: Promise<UserSettings | null>): Promise<void> {
  const initial = await settings;
  await initI18n(initial?.language ?? 'en');
  // What the first screen shows, asked for before the app was evaluated and usually here by now:
  // the app's first render is then the case list itself, not the loading screen with the list a
  // render, an effect and a frame later (issue 12). Null if start-up failed: the app waits for it.
  const started: Started | null = await startup.catch(() => null);
  const app = createRoot(root);
  // Rendered and committed in this task: the shell stays on screen until the list replaces it.
  flushSync(() => app.render(
    <StrictMode>
      <SettingsProvider initial={initial}>
        <App started={started} />
      </SettingsProvider>
    </StrictMode>,
  ));
}
