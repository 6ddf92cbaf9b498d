import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UserSettings } from '../../../shared/ipc/channels/settings.ts';
import { EMPTY_PROFILE } from '../../../shared/domain/empty-profile.ts';
import { api } from '../api.ts';
import { changeLanguage } from '../i18n.ts';
import { startup } from '../startup.ts';

type SettingsState = {
  readonly settings: UserSettings;
  /** Save a change; resolves with an error message when it could not be kept. */
  readonly update: (change: Partial<UserSettings>) => Promise<string | null>;
};

// Until the stored settings arrive the welcome counts as closed; App reads the stored value before it shows anything.
const DEFAULTS: UserSettings = { language: 'en', profile: EMPTY_PROFILE, tracker: { postalDeliveryDays: 5 }, welcomeDismissed: true };

const SettingsContext = createContext<SettingsState>({ settings: DEFAULTS, update: async () => null });

/** The user's settings for every screen: the profile the templates use, and the interface language. */
export function SettingsProvider({ children }: { readonly children: ReactNode }) {
  const [settings, setSettings] = useState<UserSettings>(DEFAULTS);

  useEffect(() => {
    // The settings start-up already asked for (startup.ts).
    void startup.settings.then((loaded) => {
      setSettings(loaded);
      void changeLanguage(loaded.language);
    });
  }, []);

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
