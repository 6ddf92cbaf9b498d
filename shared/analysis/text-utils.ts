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

/** Upper-case form -> the way it is written ("CERT-IN" -> "CERT-In"). */
export type AcronymCase = ReadonlyMap<string, string>;

const NO_ACRONYMS: AcronymCase = new Map();

function titleWord(w: string, first: boolean): string {
  if (/^([A-Za-z]\.)+[A-Za-z]?\.?$/.test(w) || /^[A-Za-z]$/.test(w)) return w.toUpperCase();
  const lower = w.toLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  return lower.replace(/(^|[-/(&'"])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** A word kept as an acronym: the whole word ("CERT-IN", "COVID-19") or each piece of "SC/ST". */
function acronymWord(w: string, acronyms: AcronymCase): string | null {
  const m = /^([("'[]*)(.*?)([)"',.:;?\]]*)$/.exec(w);
  const core = m?.[2] ?? w;
  const whole = acronyms.get(core.toUpperCase());
  if (whole !== undefined) return `${m?.[1] ?? ''}${whole}${m?.[3] ?? ''}`;
  const pieces = core.split(/([-/])/);
  if (pieces.length < 3) return null;
  let any = false;
  const out = pieces.map((piece, i) => {
    if (i % 2 === 1) return piece;
    const known = acronyms.get(piece.toUpperCase());
    if (known !== undefined) {
      any = true;
      return known;
    }
    return titleWord(piece, true);
  });
  return any ? `${m?.[1] ?? ''}${out.join('')}${m?.[3] ?? ''}` : null;
}

/**
 * "HEALTH AND FAMILY WELFARE" -> "Health and Family Welfare"; keeps initials like "T.R." and "P",
 * and the acronyms given as they are written ("FINANCIAL BURDEN ON TB PATIENTS" -> "Financial
 * Burden on TB Patients").
 */
export function titleCase(s: string, acronyms: AcronymCase = NO_ACRONYMS): string {
  const words = stripNonLatin(s).split(' ').filter((w) => w.length > 0);
  return words.map((w, i) => acronymWord(w, acronyms) ?? titleWord(w, i === 0)).join(' ');
}

/**
 * A heading as a reader should see it: a heading in capitals title-cased with its acronyms kept; any
 * other left in its own case.
 */
export function headingCase(s: string, acronyms: AcronymCase | (() => AcronymCase) = NO_ACRONYMS): string {
  if (!isMostlyUpper(s)) return stripNonLatin(s);
  return titleCase(s, typeof acronyms === 'function' ? acronyms() : acronyms);
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

/**
 * Append every item, one at a time: `push(...items)` passes them as call arguments and throws a
 * RangeError past about 100,000 (a one-segment reply of a few MB has that many sentences).
 */
export function appendAll<T>(target: T[] | undefined, items: readonly T[]): void {
  if (target === undefined) return;
  for (const item of items) target.push(item);
}
