/**
 * How far two question parts ask the same thing, for the rule against repeating in substance a
 * question already answered (Lok Sabha Rule 41(2)(xiii), Rajya Sabha Rule 47(xiv);
 * `parliament-procedure.md`, linter table row 10: "similarity search against a local corpus of
 * past Q&As").
 *
 * Words are compared as crude stems, without the formulae every question shares ("whether",
 * "the details thereof", "if not, the reasons therefor"), so two parts score high only when
 * they ask about the same things.
 */

/** Words that carry no subject: articles, prepositions and the notice formulae of §3.1. */
const STOP = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'from', 'by', 'with', 'at', 'as', 'and', 'or', 'is', 'are', 'was', 'were',
  'be', 'been', 'has', 'have', 'had', 'it', 'its', 'this', 'that', 'these', 'those', 'such', 'any', 'all', 'each', 'which',
  'who', 'whom', 'what', 'if', 'so', 'not', 'no', 'whether', 'there', 'thereof', 'therefor', 'therein', 'thereto', 'thereon',
  'details', 'detail', 'reason', 'reasons', 'government', 'ministry', 'minister', 'union', 'central', 'state', 'pleased',
  'will', 'shall', 'would', 'may', 'can', 'being', 'into', 'about', 'regarding', 'their', 'his', 'her', 'them', 'than',
  'also', 'since', 'till', 'under', 'during', 'upon', 'made', 'taken', 'taking', 'given',
]);

/**
 * A crude English stem: the first six letters of the word without a plural "s", enough to match
 * "investigation"/"investigating" and "responsible"/"responsibility" (a prefix stemmer; the
 * occasional collision only raises a flag for a person to review).
 */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/(?<=[a-z]{3})s$/, '');
  return w.length > 6 ? w.slice(0, 6) : w;
}

/** The subject words of a text, as stems. Part labels "(a)" are not words. */
export function subjectWords(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  const cleaned = String(text ?? '').replace(/^\s*\([a-z]{1,2}\)\s*/i, '');
  for (const m of cleaned.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (w.length < 2 || STOP.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/**
 * Similarity of a new part to an earlier one, in [0, 1]: the share of the new part's subject
 * words that the earlier part also has (containment), averaged with the Dice coefficient so a
 * short part inside a long one does not score as a repeat by itself.
 */
export function similarity(newText: string, earlierText: string): number {
  const a = subjectWords(newText);
  const b = subjectWords(earlierText);
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  const containment = shared / a.size;
  const dice = (2 * shared) / (a.size + b.size);
  return shared < 3 ? Math.min(containment, dice) : (containment + dice) / 2;
}

/** At or above this, a part is reported as repeating the earlier one in substance. */
export const REPEAT_THRESHOLD = 0.6;
