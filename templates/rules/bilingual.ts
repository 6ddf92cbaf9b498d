/**
 * A phrase written in English and in Hindi, with the same `{name}` placeholders in both (issue 15:
 * every generated phrase in both languages). The placeholders' values are chosen per language by
 * the code that fills them: the user's own words stay as typed, generated values (periods,
 * references to the reply) are written in the phrase's language.
 */
export type Bilingual = { readonly en: string; readonly hi: string };
