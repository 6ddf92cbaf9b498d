import { useTranslation } from 'react-i18next';

/**
 * In Hindi mode, one short line where the engine's own prose appears (the analyser's reasons,
 * rule checks, deadline working, suggestions, routing reasons): that text is generated in English
 * for now, and the user should be told so rather than left to wonder. Nothing in English mode.
 */
export function EnglishOnlyNote() {
  const { t, i18n } = useTranslation();
  if (i18n.language !== 'hi') return null;
  return <p className="muted small english-only-note" data-english-only-note="">{t('common.englishOnly')}</p>;
}
