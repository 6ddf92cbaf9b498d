/**
 * A ministry's name reduced to its distinctive words, so "Ministry of Health & Family Welfare"
 * and "HEALTH AND FAMILY WELFARE" compare equal.
 */
export function normaliseMinistry(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b(?:the|ministry|minister|of|for|department)\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
