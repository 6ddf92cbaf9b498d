import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { UserSettings } from '../../../shared/ipc/channels/settings.ts';
import { EMPTY_PROFILE } from '../../../shared/domain/empty-profile.ts';
import { api } from '../api.ts';
import { changeLanguage } from '../i18n.ts';

type SettingsState = {
  readonly settings: UserSettings;
  /** Save a change; resolves with an error message when it could not be kept. */
  readonly update: (change: Partial<UserSettings>) => Promise<string | null>;
};

// Until the stored settings arrive the welcome counts as closed; App reads the stored value before it shows anything.
const DEFAULTS: UserSettings = { language: 'en', profile: EMPTY_PROFILE, tracker: { postalDeliveryDays: 5 }, welcomeDismissed: true };

const SettingsContext = createContext<SettingsState>({ settings: DEFAULTS, update: async () => null });

/**
 * The user's settings for every screen: the profile the templates use, and the interface language.
 * `initial` is what start-up read (startup.ts), before the app first rendered, in whose language
 * the strings were loaded (mount.tsx); null when it could not be read.
 */
export function SettingsProvider({ initial, children }: { readonly initial: UserSettings | null; readonly children: ReactNode }) {
  const [settings, setSettings] = useState<UserSettings>(initial ?? DEFAULTS);

  const update = useCallback(async (change: Partial<UserSettings>) => {
    setSettings((current) => ({ ...current, ...change }));
    if (change.language) await changeLanguage(change.language);
    const saved = await api['settings:update'](change);
    if (saved.ok) {
      setSettings(saved.settings);
      return null;
    }
    return saved.message;
  }, []);

  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  return useContext(SettingsContext);
}
