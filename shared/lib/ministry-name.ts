/**
 * A ministry's name reduced to its distinctive words, so "Ministry of Health & Family Welfare",
 * "HEALTH AND FAMILY WELFARE" and "**health and Family Welfare**" compare equal. Words of one
 * letter go too: they are debris of PDF extraction ("Agriculture and Farmers Welfare ũ" in a 2025
 * Lok Sabha text of the corpus), never part of a ministry's name.
 */
export function normaliseMinistry(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bgovt\.?|\bgovernment of india\b/g, ' ')
    .replace(/\b(?:the|ministry|minister|of|for|department)\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => [...w].length > 1)
    .join(' ');
}

/** Two names of one ministry: equal once normalised, or one the other's shortening ("Health" in "Health and Family Welfare"). */
export function sameMinistry(a: string, b: string): boolean {
  const x = normaliseMinistry(a);
  const y = normaliseMinistry(b);
  return x === y || (x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x)));
}
