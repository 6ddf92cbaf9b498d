import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en/index.ts';

export type UiLanguage = 'en' | 'hi';

/**
 * `<html lang>` follows the interface language, so screen readers switch to a Hindi voice and the
 * CSS picks a Devanagari font (`:lang(hi)` in styles.css). WCAG 2.1 SC 3.1.1 (Language of Page).
 */
function reflectLanguage(language: string): void {
  document.documentElement.lang = language === 'hi' ? 'hi' : 'en';
  // Remembered for the start-up shell (public/shell.js), which paints before the settings arrive.
  try {
    window.localStorage.setItem('unanswered:language', document.documentElement.lang);
  } catch {
    // No storage: the shell shows English, as before the first choice.
  }
}

/**
 * Hindi's strings are a chunk of their own, loaded the first time Hindi is chosen (or at start
 * when it is the saved language): an English user never loads them (issue 12). The chunk is one
 * of the app's own files, so nothing is fetched from anywhere else.
 */
async function ensureLoaded(language: UiLanguage): Promise<void> {
  if (language !== 'hi' || i18next.hasResourceBundle('hi', 'translation')) return;
  const { hi } = await import('./locales/hi/index.ts');
  i18next.addResourceBundle('hi', 'translation', hi);
}

/** Switches the interface language, loading its strings first so no screen shows a mix. */
export async function changeLanguage(language: UiLanguage): Promise<void> {
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
}

/**
 * i18next with bundled resources only: nothing is fetched (the app makes no network requests).
 * English (the fallback) is in the first chunk; Hindi comes in before the first paint when saved.
 */
export async function initI18n(language: UiLanguage = 'en'): Promise<void> {
  i18next.on('languageChanged', reflectLanguage);
  const hi = language === 'hi' ? (await import('./locales/hi/index.ts')).hi : null;
  await i18next.use(initReactI18next).init({
    resources: hi === null ? { en: { translation: en } } : { en: { translation: en }, hi: { translation: hi } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'hi'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  reflectLanguage(i18next.language);
}
