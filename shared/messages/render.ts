import { formatDate } from '../lib/dates/index.ts';
import { isMessage, type Message, type MessageParam } from './message.ts';

/**
 * An i18next-style lookup: the key under the catalogue, and the parameters to fill in (with
 * `count` choosing the plural form). The renderer passes i18next's own `t`; the CLI and the
 * calendar export use `english.ts`, an i18next instance with the English catalogue.
 */
export type Translate = (key: string, options: Readonly<Record<string, string | number>>) => string;

/**
 * The message in the language of `t`: dates as dd.mm.yyyy, nested messages rendered first, numbers
 * as numbers (so `count` still picks the plural form), text as given.
 */
export function renderMessage(t: Translate, message: Message): string {
  const options: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params)) options[name] = renderParam(t, value);
  return t(message.key, options);
}

function renderParam(t: Translate, value: MessageParam): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isMessage(value)) return renderMessage(t, value);
  return formatDate(value.date);
}

/** Several messages as one line, in order, separated by `separator` ("; " for a deadline's working). */
export function renderMessages(t: Translate, messages: ReadonlyArray<Message>, separator: string): string {
  return messages.map((m) => renderMessage(t, m)).join(separator);
}
