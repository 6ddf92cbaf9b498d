import type { Language } from '../domain/draft.ts';
import { authorityName, ministryLabel, ministryName } from '../../templates/authorities/names.ts';
import { ministriesIn } from '../../templates/authorities/ministries.ts';
import type { Authority } from '../../templates/authorities/authority.ts';

/**
 * Names of ministries and authorities on the screens, in the screen's language: the Hindi screens
 * show the official Hindi names (templates/authorities/ministries.ts), the English ones the English.
 * The renderer reaches the name tables only through here.
 */

/** A ministry in a table, list or chart ("Health and Family Welfare" / "स्वास्थ्य और परिवार कल्याण मंत्रालय"). */
export function ministryOnScreen(ministry: string, lang: Language): string {
  return ministryLabel(ministry, lang);
}

/** A ministry in full, as a heading names it ("Ministry of Health and Family Welfare" / "स्वास्थ्य और परिवार कल्याण मंत्रालय"). */
export function ministryInFull(ministry: string, lang: Language): string {
  return ministryName(ministry, lang);
}

/** Whether every Hindi name shown for this ministry is confirmed by its source (false when the table does not know it). */
export function ministryHindiConfirmed(ministry: string): boolean {
  const known = ministriesIn(ministry);
  return known.length > 0 && known.every((m) => m.confirmed);
}

export function authorityOnScreen(a: Authority, lang: Language): string {
  return authorityName(a, lang);
}
