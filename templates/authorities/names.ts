import { sameMinistry } from '../../shared/lib/ministry-name.ts';
import type { Language } from '../../shared/domain/draft.ts';
import { AUTHORITIES } from './authorities.ts';
import type { Authority } from './authority.ts';
import { hindiPortfolio, ministriesIn, type MinistryName } from './ministries.ts';

/**
 * Names of authorities and ministries in the language of the text they go into: Hindi text gets the
 * official Hindi name (ministries.ts, authorities.ts), English text the English one. A name the
 * tables do not know stays as it was written (it is the source's or the user's own text); nothing
 * is translated word by word.
 */

export function authorityName(a: Authority, lang: Language): string {
  return lang === 'hi' ? a.hindiName.value : a.name;
}

/** "Electronics and Information Technology" -> "Ministry of Electronics and Information Technology": the English a reply's letterhead uses. */
export function englishMinistryName(ministry: string | null): string {
  const m = (ministry ?? '').trim();
  if (m === '') return '';
  return /^(ministry|department|office|cabinet|prime minister)/i.test(m) ? m : `Ministry of ${m}`;
}

/**
 * A ministry as the question or reply names it ("HEALTH AND FAMILY WELFARE", "Ministry of Health &
 * Family Welfare"), in full in `lang`: Hindi gets the official Hindi name(s); English keeps the
 * source's own wording with "Ministry of" before it. A name the table does not know stays in English.
 */
export function ministryName(ministry: string | null, lang: Language): string {
  const known = lang === 'hi' ? ministriesIn(ministry) : [];
  if (known.length > 0) return joinNames(known.map((m) => m.hi));
  return englishMinistryName(ministry);
}

/** The portfolio without "Ministry of" / "मंत्रालय", for the Minister's designation in a question's stem. */
export function portfolioName(ministry: string | null, lang: Language): string {
  const m = (ministry ?? '').trim();
  const known = lang === 'hi' ? ministriesIn(m) : [];
  if (known.length > 0) return joinNames(known.map(hindiPortfolio));
  return m.replace(/^ministry of\s+/i, '');
}

/** Whether `named`, a ministry as a notice names it in English or Hindi ("Home Affairs", "गृह"), is the ministry `english`. */
export function namesMinistry(english: string, named: string): boolean {
  return sameMinistry(english, named) || sameMinistry(portfolioName(english, 'hi'), named);
}

/** Several portfolios held by one Minister: "कृषि तथा उपभोक्ता मामले, खाद्य और सार्वजनिक वितरण". */
function joinNames(names: ReadonlyArray<string>): string {
  return names.join(' तथा ');
}

/**
 * A name generated in English (an authority's or a ministry's English name, as an English draft or
 * the tracker carries it) in `lang`. Anything else, the user's own words included, stays as it is.
 */
export function generatedNameIn(name: string, lang: Language): string {
  if (lang === 'en') return name;
  const trimmed = name.trim();
  const authority = AUTHORITIES.find((a) => a.name === trimmed);
  if (authority) return authority.hindiName.value;
  if (/^(?:ministry|department) of\s/i.test(trimmed)) {
    const known = ministriesIn(trimmed);
    if (known.length > 0) return joinNames(known.map((m) => m.hi));
  }
  return name;
}

/** The ministry table's entry for a name, with its source, for screens that show where a name comes from. */
export function ministryEntries(ministry: string | null): ReadonlyArray<MinistryName> {
  return ministriesIn(ministry);
}

/**
 * A ministry as a table or list shows it: English as the source wrote it ("Health and Family
 * Welfare"); Hindi as the official Hindi name in full, or as the source wrote it when unknown
 * (never "Health and Family Welfare मंत्रालय").
 */
export function ministryLabel(ministry: string, lang: Language): string {
  if (lang === 'en') return ministry;
  const known = ministriesIn(ministry);
  return known.length > 0 ? joinNames(known.map((m) => m.hi)) : ministry;
}
