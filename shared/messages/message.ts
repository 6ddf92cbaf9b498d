import type { IsoDate } from '../lib/dates/index.ts';
import type { ENGINE_EN } from './catalogue-en.ts';

/**
 * A sentence the engine says to the user, as data: a key into the message catalogue
 * (`catalogue-en.ts`, `catalogue-hi.ts`) and the values it fills in. The engine never writes prose;
 * the interface and the CLI render a message in their language (`render.ts`), with i18next's plural
 * rules for `count` (English and Hindi both have "one" and "other").
 *
 * A parameter is text the user typed or a name from the data (shown as given), a number, a date
 * (shown dd.mm.yyyy), or another message (rendered in the same language first).
 */
export type DateParam = { readonly date: IsoDate };
export type MessageParam = string | number | DateParam | Message;
export type MessageParams = { readonly [name: string]: MessageParam };

export type Message = { readonly key: MessageKey; readonly params: MessageParams };

type Catalogue = typeof ENGINE_EN;

/** "a_one" and "a_other" are the plural forms of the key "a". */
type Base<K extends string> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : K;

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message the engine can say, e.g. "lint.pq.wordLimit". */
export type MessageKey = Paths<Catalogue>;

type Leaf<T, K extends string> = K extends `${infer H}.${infer R}`
  ? H extends keyof T ? Leaf<T[H], R> : never
  : (K extends keyof T ? T[K] : never) | (`${K}_one` extends keyof T ? T[`${K}_one`] : never) | (`${K}_other` extends keyof T ? T[`${K}_other`] : never);

type Names<S> = S extends `${string}{{${infer N}}}${infer R}` ? N | Names<R> : never;

/** A key with plural forms takes a `count`, even where a form does not print it. */
type Plural<T, K extends string> = K extends `${infer H}.${infer R}`
  ? H extends keyof T ? Plural<T[H], R> : never
  : `${K}_one` extends keyof T ? 'count' : never;

/** The parameters a key's English template names; `count` is always a number (it picks the plural form). */
export type ParamsOf<K extends MessageKey> = {
  readonly [N in Names<Leaf<Catalogue, K>> | Plural<Catalogue, K>]: N extends 'count' ? number : MessageParam;
};

/** A message whose parameters are checked against its English template. */
export function msg<K extends MessageKey>(key: K, ...params: keyof ParamsOf<K> extends never ? [] : [ParamsOf<K>]): Message {
  return { key, params: params[0] ?? {} };
}

/** A date parameter, shown dd.mm.yyyy in both languages. */
export function dateParam(date: IsoDate): DateParam {
  return { date };
}

export function isMessage(value: MessageParam): value is Message {
  return typeof value === 'object' && 'key' in value;
}
