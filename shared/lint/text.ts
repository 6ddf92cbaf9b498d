/**
 * Text helpers shared by the linters. All are linear in the input and never throw.
 */

export type Span = { readonly start: number; readonly end: number; readonly text: string };

/** Upper bound on matches reported per pattern, so a pathological paste cannot flood the UI. */
const MAX_MATCHES = 25;

const globalCache = new WeakMap<RegExp, RegExp>();

function globalOf(re: RegExp): RegExp {
  let g = globalCache.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globalCache.set(re, g);
  }
  return g;
}

/** Every match of `re` in `text` (at most 25), as spans offset by `base`. */
export function findAll(text: string, re: RegExp, base = 0): ReadonlyArray<Span> {
  const g = globalOf(re);
  g.lastIndex = 0;
  const out: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null && out.length < MAX_MATCHES) {
    if (m[0].length === 0) {
      g.lastIndex += 1;
      continue;
    }
    out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  }
  g.lastIndex = 0;
  return out;
}

export function matchesAny(text: string, patterns: ReadonlyArray<RegExp>): boolean {
  return patterns.some((re) => findAll(text, re).length > 0);
}

const PART_LABEL = /^\(?[a-z]{1,2}\)$|^\d{1,3}[.)]$/i;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Words as the notice limits count them: whitespace-separated tokens holding a letter or digit,
 * not counting part labels such as "(a)" or point numbers such as "1." (linter table row 1).
 */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) {
    if (token.length === 0 || PART_LABEL.test(token) || !HAS_WORD_CHAR.test(token)) continue;
    n += 1;
  }
  return n;
}

/** A short quotation of a match for messages. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
