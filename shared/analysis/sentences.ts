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
   * `lower` with words broken at a line end by a hyphen joined without it ("not col-\nlecting" ->
   * "not collecting"), when the sentence has such a break: a typeset PDF hyphenates at syllables,
   * while `lower` keeps the hyphen because most such breaks in replies are real compounds
   * ("self-\nassessment", "year-\nto-year"). Phrases and key terms are looked for in both readings.
   */
  readonly joined?: string;
};

const MAX_SENTENCE = 1200;
const ABBREVIATIONS = new Set([
  'rs', 'no', 'nos', 'dr', 'smt', 'shri', 'sh', 'govt', 'mr', 'mrs', 'ms', 'prof', 'st', 'viz', 'vs', 'i.e', 'e.g', 'sl', 'co', 'ltd', 'pvt',
  'dept', 'deptt', 'approx', 'min', 'max', 'vol', 'art', 'sec', 'fig', 'cr', 'lakh', 'adv', 'hon', 'hon\'ble', 'u/s', 'w.e.f', 'etc.,',
]);
const TABLE_ROW = /\S {3,}\S.*\S {3,}\S/;
/** A wrapped table cell's remainder: up to three words, no sentence end. */
function isCellPiece(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length < 40 && t.split(/\s+/).length <= 3 && !/[.;:?!]$/.test(t);
}
const LIST_ITEM = /^\s*(?:[-•*]\s+|\(?(?:[ivx]{1,5}|\d{1,2})[.)]\s+)/i;

function isDevanagari(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 0x0900 && code <= 0x097f;
}

function lowerOf(s: string): string {
  return unglue(s).replace(/([A-Za-z])-[ \t]*\n[ \t\n]*(?=[a-z])/g, '$1-').replace(/\s+/g, ' ').trim().toLowerCase();
}

function joinedLowerOf(s: string): string {
  return lowerOf(s.replace(/([A-Za-z]{2})-[ \t]*\n[ \t\n]*(?=[a-z]{2})/g, '$1'));
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
        const lower = lowerOf(piece);
        const joined = piece.includes('-') ? joinedLowerOf(piece) : lower;
        out.push(joined !== lower ? { start: a, end: b, lower, joined } : { start: a, end: b, lower });
      }
    }
    start = end;
  };
  // Jump from one possible break to the next instead of visiting every character.
  let inTable = false;
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
      // Without blank lines around it (an extraction that drops them), a table still stands apart as
      // one sentence: rows laid out in columns (pdftotext -layout: two or more gaps of 3+ spaces) and
      // the short pieces of wrapped cells between and after them ("strength", "position").
      const line = text.slice(Math.max(start, text.lastIndexOf('\n', i - 1) + 1), i);
      if (TABLE_ROW.test(line)) inTable = true;
      let tableEdge = false;
      if (inTable && !(TABLE_ROW.test(next) || isCellPiece(next))) {
        tableEdge = true;
        inTable = false;
      } else if (!inTable && TABLE_ROW.test(next)) {
        tableEdge = true;
      }
      if (LIST_ITEM.test(next) || tableEdge || (next.trim() === '' && !unfinished)) push(i + 1);
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
