import i18next, { type i18n } from 'i18next';
import { ENGINE_EN } from './catalogue-en.ts';
import type { EngineCatalogue, EngineLanguage } from './catalogue.ts';
import type { Message } from './message.ts';
import { renderMessage, renderMessages, type Translate } from './render.ts';

/**
 * The engine's messages as text outside the interface: the CLI's findings, the calendar export,
 * desktop notifications. An i18next instance of its own (the interface has another), initialised
 * synchronously from bundled catalogues, so plurals follow the same rules as on screen.
 */
export type MessageTexts = {
  readonly language: EngineLanguage;
  readonly text: (message: Message) => string;
  readonly join: (messages: ReadonlyArray<Message>, separator: string) => string;
  readonly t: Translate;
};

export function messageTexts(language: EngineLanguage, catalogue: EngineCatalogue): MessageTexts {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    resources: { [language]: { translation: catalogue } },
    lng: language,
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t: Translate = (key, options) => instance.t(key, options);
  return {
    language,
    t,
    text: (message) => renderMessage(t, message),
    join: (messages, separator) => renderMessages(t, messages, separator),
  };
}

let english: MessageTexts | null = null;

/** English, for the CLI, the calendar export and tests. */
export function englishTexts(): MessageTexts {
  english ??= messageTexts('en', ENGINE_EN);
  return english;
}

export function englishText(message: Message): string {
  return englishTexts().text(message);
}
