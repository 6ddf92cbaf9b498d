import { ENGINE_EN } from '../../shared/messages/catalogue-en.ts';
import { ENGINE_HI } from '../../shared/messages/catalogue-hi.ts';
import type { EngineLanguage } from '../../shared/messages/catalogue.ts';
import { messageTexts, type MessageTexts } from '../../shared/messages/texts.ts';

/** The app's name, the one English word the Hindi menu and dialogs keep (beside "अनुत्तरित"). */
export const APP_NAME = 'Unanswered';

const cache = new Map<EngineLanguage, MessageTexts>();

/**
 * What main shows outside the window (menu, About box, file dialogs, notifications) in the
 * interface language the user chose in Settings. One i18next instance per language, made once.
 */
export function nativeTexts(language: EngineLanguage): MessageTexts {
  const known = cache.get(language);
  if (known) return known;
  const made = messageTexts(language, language === 'hi' ? ENGINE_HI : ENGINE_EN);
  cache.set(language, made);
  return made;
}
