import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en/index.ts';
import { hi } from './locales/hi/index.ts';

export type UiLanguage = 'en' | 'hi';

/**
 * `<html lang>` follows the interface language, so screen readers switch to a Hindi voice and the
 * CSS picks a Devanagari font (`:lang(hi)` in styles.css). WCAG 2.1 SC 3.1.1 (Language of Page).
 */
function reflectLanguage(language: string): void {
  document.documentElement.lang = language === 'hi' ? 'hi' : 'en';
}

/**
 * i18next with bundled resources only: nothing is fetched (the app makes no network requests).
 * Both languages are loaded up front, so Settings switches at once with no reload.
 */
export async function initI18n(language: UiLanguage = 'en'): Promise<void> {
  i18next.on('languageChanged', reflectLanguage);
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, hi: { translation: hi } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'hi'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  reflectLanguage(i18next.language);
}
