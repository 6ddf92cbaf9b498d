/**
 * The sentence of a reply around an offset, for quoting a claim. A sentence ends at ". " followed
 * by a capital, digit or bracket, so "F.I.R has been registered" stays whole, and at a line break
 * that ends a paragraph or starts a list item. A line break inside a sentence is the PDF's wrap,
 * not the Minister's full stop (review 8 quoted "guidelines, demand from State, submission of
 * Utilization Certificates of the funds" as a sentence); a "sentence" that would run past
 * MAX_WRAPPED characters that way (a table, a list without stops) ends at every line break.
 */
const MAX_WRAPPED = 600;

/** Abbreviations the replies write with a stop before a number or a name. */
const ABBREVIATION = /(?:^|[^\p{L}])(?:Rs|No|Nos|Sh|Smt|Shri|Dr|Mr|Mrs|Ms|Hon|viz|i\.e|e\.g|Sl|S|Art|Sec|Ch|Vol|Govt|Deptt|Dept|approx)$/iu;

/** What starts a new item on the next line: a part label, a bullet or a number. */
const ITEM_START = /^[ \t]*(?:\(?[a-z]{1,2}\)|\(?[ivx]{1,4}\)|\d{1,2}[.)]|[-•*–]|#)/i;

export function sentenceAround(text: string, index: number): { start: number; end: number; text: string } {
  const wrapped = around(text, index, true);
  return wrapped.text.length <= MAX_WRAPPED ? wrapped : around(text, index, false);
}

function around(text: string, index: number, joinWraps: boolean): { start: number; end: number; text: string } {
  const isEnd = (i: number): boolean => {
    const ch = text[i];
    if (ch === '\n') return !joinWraps || lineBreakEnds(text, i);
    if (ch !== '.' && ch !== '?' && ch !== '!') return false;
    // "Rs. 5 crore", "No. 12", "Dr. Singh": a stop after an abbreviation ends no sentence (review 9: "… upto Rs.").
    if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 6), i))) return false;
    let j = i + 1;
    if (j >= text.length) return true;
    if (!/\s/.test(text[j] ?? '')) return false;
    while (j < text.length && /[ \t]/.test(text[j] ?? '')) j += 1;
    return j >= text.length || /[\p{Lu}\p{N}(\n]/u.test(text[j] ?? '');
  };
  let start = Math.max(0, Math.min(index, text.length));
  while (start > 0 && !isEnd(start - 1)) start -= 1;
  let end = Math.max(start, Math.min(index, text.length));
  while (end < text.length && !isEnd(end)) end += 1;
  if (end < text.length && text[end] !== '\n') end += 1;
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  return { start: start + lead, end: start + lead + trimmed.length, text: trimmed };
}

/** A line break at `i` ends the sentence: a blank line follows, the next line is an item, or the line ended with a colon. */
function lineBreakEnds(text: string, i: number): boolean {
  const nextLineEnd = text.indexOf('\n', i + 1);
  const next = text.slice(i + 1, nextLineEnd < 0 ? text.length : nextLineEnd);
  if (next.trim().length === 0) return true;
  if (ITEM_START.test(next)) return true;
  const before = text.slice(Math.max(0, i - 3), i).trimEnd();
  return /[:;]$/.test(before);
}
