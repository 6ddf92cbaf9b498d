import { useTranslation } from 'react-i18next';

/**
 * In Hindi mode, one short line where prose the app still generates in English appears: the
 * analyser's reasons (`shared/analysis`), the reasons given for suggested follow-ups and for routing
 * an RTI application (`shared/drafting`). The rule checks, deadline working and next actions are
 * messages with Hindi templates (`shared/messages`) and need no such note. Nothing in English mode.
 */
export function EnglishOnlyNote() {
  const { t, i18n } = useTranslation();
  if (i18n.language !== 'hi') return null;
  return <p className="muted small english-only-note" data-english-only-note="">{t('common.englishOnly')}</p>;
}
