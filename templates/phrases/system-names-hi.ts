/**
 * Government systems a question names in Latin letters ("the CoWIN portal") and how a Hindi
 * document writes them (issue 11, "Complete Hindi": a generated Hindi sentence says "कोविन पोर्टल",
 * not "CoWIN पोर्टल"). A system not listed keeps the name as the question wrote it, since a
 * transliteration the app guessed would be worse than the user's own word.
 */
export type SystemNameHi = {
  /** As a question or reply writes it: "CoWIN". */
  readonly written: string;
  readonly hi: string;
  readonly source: string;
  readonly confirmed: boolean;
};

export const SYSTEM_NAMES_HI: ReadonlyArray<SystemNameHi> = [
  {
    written: 'CoWIN',
    hi: 'कोविन',
    // The Ministry's own Hindi releases also write "को-विन"; the app follows the Hindi subject of
    // its example question ("कोविन डेटा उल्लंघन"), so that one document spells it one way.
    source: 'UNCONFIRMED, secondary sources only: Hindi press, e.g. Aaj Tak, 22.06.2021 ("कोविन पोर्टल", https://aajtak.in/india/news/story/coronavirus-cowin-portal-countries-interest-harsh-vardhan-vaccination-1277526-2021-06-22); ETV Bharat, 07.06.2021, reporting the Ministry ("को-विन"). Check the Ministry of Health and Family Welfare\'s Hindi pages.',
    confirmed: false,
  },
];

/** The Hindi name of a system written `name`, or null when the list has none (matched as written, ignoring case). */
export function systemNameHi(name: string): string | null {
  const key = name.trim().toLowerCase();
  return SYSTEM_NAMES_HI.find((s) => s.written.toLowerCase() === key)?.hi ?? null;
}
