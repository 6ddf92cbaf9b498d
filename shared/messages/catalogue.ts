import type { ENGINE_EN } from './catalogue-en.ts';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language's catalogue has: the English keys, each a string. */
export type EngineCatalogue = Widen<typeof ENGINE_EN>;

export type EngineLanguage = 'en' | 'hi';
