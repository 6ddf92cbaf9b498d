/**
 * Sentence splitting for replies: at sentence ends, blank lines, and list items
 * ("- ", "i.", "(ii)", "1."). Abbreviations common in replies ("Rs.", "No.",
 * "Govt.", "Dr.", "i.e.") do not end a sentence. Sentences are capped in length so
 * every later regex runs on bounded input.
 */
import { unglue } from './terms.ts';

export type Sentence = {
  readonly start: number;
  readonly end: number;
  /** Lower case, whitespace collapsed, broken hyphenated words joined. */
  readonly lower: string;
  /**
   * Words broken at a line end with a hyphen, joined without it ("upgra-\ndation" -> "upgradation"):
   * a typeset PDF hyphenates at syllables, and `lower` keeps the hyphen because most such breaks in
   * replies are real compounds ("self-\nassessment", "year-\nto-year"). Both readings are matched.
   */
  readonly broken?: readonly string[];
};

const MAX_SENTENCE = 1200;
const ABBREVIATIONS = new Set([
  'rs', 'no', 'nos', 'dr', 'smt', 'shri', 'sh', 'govt', 'mr', 'mrs', 'ms', 'prof', 'st', 'viz', 'vs', 'i.e', 'e.g', 'sl', 'co', 'ltd', 'pvt',
  'dept', 'deptt', 'approx', 'min', 'max', 'vol', 'art', 'sec', 'fig', 'cr', 'lakh', 'adv', 'hon', 'hon\'ble', 'u/s', 'w.e.f', 'etc.,',
]);
const LIST_ITEM = /^\s*(?:[-•*]\s+|\(?(?:[ivx]{1,5}|\d{1,2})[.)]\s+)/i;

function isDevanagari(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 0x0900 && code <= 0x097f;
}

function lowerOf(s: string): string {
  return unglue(s).replace(/([A-Za-z])-[ \t]*\n[ \t\n]*(?=[a-z])/g, '$1-').replace(/\s+/g, ' ').trim().toLowerCase();
}

const BROKEN_WORD = /([A-Za-z]{2,})-[ \t]*\n[ \t\n]*([a-z]{2,})/g;

function brokenWords(s: string): string[] {
  return [...s.matchAll(BROKEN_WORD)].map((m) => `${m[1] ?? ''}${m[2] ?? ''}`.toLowerCase());
}

function endsAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.'/,]/.test(text[i] ?? '') && dot - i < 12) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 1) return true; // initials: "S. S. Palanimanickam"
  return ABBREVIATIONS.has(word);
}

export function splitSentences(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) {
      for (let a = s; a < e; a += MAX_SENTENCE) {
        const b = Math.min(e, a + MAX_SENTENCE);
        const piece = text.slice(a, b);
        const broken = piece.includes('-') ? brokenWords(piece) : [];
        out.push(broken.length > 0 ? { start: a, end: b, lower: lowerOf(piece), broken } : { start: a, end: b, lower: lowerOf(piece) });
      }
    }
    start = end;
  };
  // Jump from one possible break to the next instead of visiting every character.
  const breaks = /[\n.?!;]/g;
  breaks.lastIndex = from;
  for (let m = breaks.exec(text); m !== null && m.index < to; m = breaks.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      // Blank line or a list item on the next line ends the sentence.
      const nextNl = text.indexOf('\n', i + 1);
      const next = text.slice(i + 1, nextNl < 0 || nextNl > to ? to : nextNl);
      // A blank line inside an unfinished sentence ("... and not\n\nState-wise") is
      // double-spaced PDF layout, not a break.
      const unfinished = /[a-z,]\s*$/.test(text.slice(Math.max(start, i - 3), i));
      if (LIST_ITEM.test(next) || (next.trim() === '' && !unfinished)) push(i + 1);
      continue;
    }
    if (c === '.' || c === '?' || c === '!' || c === ';') {
      const after = text[i + 1] ?? '';
      if (i + 1 < to && !/\s/.test(after)) continue;
      if (c === '.' && endsAbbreviation(text, i)) continue;
      let j = i + 1;
      while (j < to && /\s/.test(text[j] ?? '')) j++;
      const nextChar = text[j] ?? '';
      if (j >= to || (/[A-Z0-9("'-]/.test(nextChar) || isDevanagari(nextChar)) || c === ';') push(i + 1);
    }
  }
  push(to);
  return out;
}
