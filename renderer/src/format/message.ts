import type { TFunction } from 'i18next';
import type { Message } from '../../../shared/messages/message.ts';
import { renderMessage, renderMessages } from '../../../shared/messages/render.ts';

/**
 * What the engine says (a finding, a deadline's working, a next action) in the interface language:
 * the message's key under `engine` in the locales (`shared/messages/catalogue-*.ts`), through
 * i18next, so `count` picks the plural form by Hindi's or English's own rules.
 */
export function messageText(t: TFunction, message: Message): string {
  return renderMessage((key, options) => t(`engine.${key}`, options), message);
}

/** Several messages as one line: a deadline's steps ("; "), its provisions ("; "). */
export function messagesText(t: TFunction, messages: ReadonlyArray<Message>, separator = '; '): string {
  return renderMessages((key, options) => t(`engine.${key}`, options), messages, separator);
}
