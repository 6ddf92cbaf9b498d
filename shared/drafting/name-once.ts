import type { Language } from '../domain/draft.ts';

const SAID_INCIDENT = { en: 'the said incident', hi: 'उक्त घटना' } as const satisfies { readonly [L in Language]: string };

/**
 * An incident named in full once, then "the said incident" / "उक्त घटना": the reply's nine words
 * ("the cyber incident regarding CoWIN data in June 2023") in every point took an RTI application
 * past r.3's 500 words and read three times over in a notice (review 7). A matter that is not an
 * incident (a scheme, a subject) is left as it is: "the said incident" would misname it.
 */
export function nameOnce(texts: ReadonlyArray<string>, matter: string, lang: Language): ReadonlyArray<string> {
  const incident = lang === 'en' ? /\bincident\b/.test(matter) : matter.endsWith('घटना');
  if (!incident || matter === '') return texts;
  let named = false;
  return texts.map((text) => {
    if (!text.includes(matter)) return text;
    if (!named) {
      named = true;
      return text;
    }
    return text.replaceAll(matter, SAID_INCIDENT[lang]);
  });
}
