/** Small string helpers shared by the parsers. */

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'under']);

/** Strip Devanagari and the garbled glyphs PDF extraction makes of it. */
export function stripNonLatin(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    out += code <= 0x024f || (code >= 0x2010 && code <= 0x2027) || code === 0x20b9 ? ch : ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** "HEALTH AND FAMILY WELFARE" -> "Health and Family Welfare"; keeps initials like "T.R." and "P". */
export function titleCase(s: string): string {
  const words = stripNonLatin(s).split(' ').filter((w) => w.length > 0);
  return words
    .map((w, i) => {
      if (/^([A-Za-z]\.)+[A-Za-z]?\.?$/.test(w) || /^[A-Za-z]$/.test(w)) return w.toUpperCase();
      const lower = w.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[-/(&'"])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

/** Join broken lines: "doctor-\npopulation" -> "doctor-population", other breaks -> one space. */
export function joinLines(s: string): string {
  return s
    .replace(/([A-Za-z])-[ \t]*\n[ \t\n]*(?=[a-z])/g, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isMostlyUpper(s: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const c of s) {
    if (c >= 'A' && c <= 'Z') upper++;
    else if (c >= 'a' && c <= 'z') lower++;
  }
  return upper > 0 && upper >= lower * 3;
}
