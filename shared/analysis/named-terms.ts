/**
 * The specific things a part names in its own words: proper names (a State, a district, a
 * report, a body: "Sidhi", "UNESCO", "Colorado"), acronyms and figures ("62 million", "Rs 974
 * crore"). The yardstick judges completeness "against the part's own words" (reply-analysis.md),
 * and a reply that never mentions the particular thing a part names has not given it: it is the
 * commonest reason careful readers give for "partial" and "unanswered" ("says nothing about
 * Rajasthan, which the part named").
 *
 * Words every question uses of the Government itself, and words of the subject line (what every
 * part is about), are not specific.
 */
const GENERIC = new Set([
  'government', 'govt', 'union', 'central', 'centre', 'center', 'state', 'states', 'ut', 'uts', 'india', 'indian', 'country',
  'ministry', 'minister', 'department', 'sir', 'madam', 'national', 'the', 'if', 'whether', 'and', 'of', 'in', 'a', 'an',
  'so', 'not', 'details', 'what', 'is', 'are', 'has', 'have', 'any', 'such', 'there', 'it', 'its', 'this', 'that',
  'parliament', 'house', 'lok', 'sabha', 'rajya', 'gol', 'goi', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x',
]);

/** Lower-cased specific terms of a part: capitalised words past its first, acronyms, and figures. */
export function namedTerms(partText: string, topic: ReadonlySet<string>): string[] {
  const words = partText.slice(0, 2000).match(/[A-Za-z][A-Za-z'’.-]*[A-Za-z]|\d[\d,.]*/g) ?? [];
  // A part typed in capitals throughout says nothing by its case.
  const letters = partText.replace(/[^A-Za-z]/g, '');
  if (letters.length > 0 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.6) return [];
  const out = new Set<string>();
  for (const [i, w] of words.entries()) {
    const lower = w.toLowerCase().replace(/[.'’]+$/, '');
    if (GENERIC.has(lower) || topic.has(lower) || lower.length < 2) continue;
    if (/^\d/.test(w)) {
      // Years name a period, which the period demand reads; other figures name a thing asked about.
      const n = w.replace(/[,.]+$/, '');
      if (!/^(19|20)\d\d$/.test(n) && n.replace(/\D/g, '').length >= 2) out.add(n.replace(/,/g, ''));
      continue;
    }
    if (i > 0 && /^[A-Z]/.test(w)) out.add(lower);
  }
  return [...out];
}

/** Share of the terms that `text` (lower case) never mentions; null when there are none. */
export function missingShare(terms: readonly string[], lower: string): number | null {
  if (terms.length === 0) return null;
  const plain = lower.replace(/,/g, '');
  let missing = 0;
  for (const t of terms) if (!plain.includes(t)) missing++;
  return missing / terms.length;
}
