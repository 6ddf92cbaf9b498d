/* global window, document */
// The start-up shell (index.html) in the interface language last used, set before the first
// paint, so a Hindi user never sees English first. renderer/src/i18n.ts keeps the key current.
// A classic script from the app's own origin: the CSP allows no inline script.
try {
  if (window.localStorage.getItem('unanswered:language') === 'hi') document.documentElement.lang = 'hi';
} catch {
  // No storage: the shell stays in English, the fallback language.
}
