/**
 * PDF-extraction debris removal that keeps every surviving character's offset in
 * the text as read, so evidence can point back into the user's text
 * (reply-analysis.md: "`evidence` offsets index into the input text as read").
 *
 * Debris handled (corpus/README.md, reply-analysis.md "Input"): Markdown emphasis,
 * headings and block quotes (`**`, `##`, `_`, `>`), escaped characters (`\*`), `<sup>` tags, table
 * pipes and rules, `{1}-----` page markers, page numbers ("-2–", "Contd…….2"),
 * and end-of-reply rules ("*****", "XXXXXXXX", "---").
 * Runs line by line with bounded regexes: linear in the input length.
 */
export type CleanText = {
  readonly text: string;
  /**
   * Where the cleaned text came from, as runs: text[runOut[r] .. runOut[r + 1]) is the original from
   * runOrig[r] on, character for character. A text with no debris is one run, so building and
   * keeping the map costs next to nothing; the last run is a sentinel at (text.length, original length).
   */
  readonly runOut: Int32Array;
  readonly runOrig: Int32Array;
};

/** Characters replaced one-for-one so offsets do not move. */
const ONE_FOR_ONE: Readonly<Record<string, string>> = {
  '\t': ' ', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u2007': ' ', '\u200b': ' ',
  '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '|': ' ', '\r': ' ', '\f': ' ', '\v': ' ',
};

const INLINE_DEBRIS = /\*\*+|\\(?=[^a-zA-Z0-9\s])|<\/?(?:sup|sub|br|b|i|u|em|strong|span|p|div)\b[^<>\n]{0,40}>|_+/g;
// Headings ("## ANSWER") and block quotes ("> (a) the number of ...", as PDF to Markdown sets out an
// indented question; a text added to the corpus had its every part so, and none was read).
const HEADING_MARKS = /^\s*(?:#{1,6}(?=\s|$)|(?:>[ \t]?)+)/;

const DEBRIS_LINE = [
  /^\s*\{\d+\}\s*-*\s*$/,                       // {1}------ page markers (pdf-to-markdown)
  /^[\s\-*_=~.…X#·•-]{3,}$/,                     // rules and end marks: ---, *****, XXXXXXXX, ……..
  /^\s*[-–—]?\s*\d{1,3}\s*[-–—]?\s*$/,            // bare page numbers, "-2–"
  /^\s*contd\.?[\s.…]{0,20}\d{0,3}\s*(?:\/-)?\s*$/i, // "Contd…….2", "Contd…2/-"
  /^\s*page\s*[-:]?\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?\s*$/i, // page footers: "Page 2 of 3", "Page 2"
  /^\s*p\.\s*t\.\s*o\.?\s*$/i,                     // "P.T.O." (please turn over) at a page end
  /^[\s\-:]*$/,                                    // table separator rows once pipes are spaces
];

function isDebrisLine(line: string): boolean {
  if (line.length > 200) return false;
  if (line.trim() === '') return true;
  return DEBRIS_LINE.some((re) => re.test(line));
}

const ONE_FOR_ONE_CHARS = /[\t\u00a0\u2009\u202f\u2007\u200b\u2018\u2019\u201c\u201d|\r\f\v]/g;
const HAS_ONE_FOR_ONE = /[\t\u00a0\u2009\u202f\u2007\u200b\u2018\u2019\u201c\u201d|\r\f\v]/;

/**
 * Replace the one-for-one characters of a piece (same length out as in). Tested first: a replace
 * with a function allocates about a copy of its subject even when nothing matches, which for every
 * line of a 6 MB text came to 13 MB (issue 12).
 */
function oneForOne(piece: string): string {
  return HAS_ONE_FOR_ONE.test(piece) ? piece.replace(ONE_FOR_ONE_CHARS, (c) => ONE_FOR_ONE[c] ?? c) : piece;
}

export function cleanText(raw: string): CleanText {
  const runOut: number[] = [];
  const runOrig: number[] = [];
  /** Start a run unless the character continues the last one at the same shift. */
  const mapFrom = (out: number, orig: number): void => {
    const r = runOut.length - 1;
    if (r >= 0 && out - (runOut[r] ?? 0) === orig - (runOrig[r] ?? 0)) return;
    runOut.push(out);
    runOrig.push(orig);
  };
  // The output as pieces of `raw`: a line that comes through unchanged (most of them) extends the
  // current verbatim run, [verbatimFrom, lineStart), and only a changed line is a piece of its own.
  // One chunk per line made a 6 MB text into ~300,000 strings held until the join (issue 12).
  const chunks: string[] = [];
  let verbatimFrom = 0;
  const flushVerbatim = (to: number): void => {
    if (to > verbatimFrom) chunks.push(raw.slice(verbatimFrom, to));
  };
  let outLen = 0;
  let lineStart = 0;
  while (lineStart <= raw.length) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = raw.length;
    const line = raw.slice(lineStart, lineEnd);

    // Kept runs of the line, [from, to) in line offsets, between the inline debris matches.
    const runs: number[] = [];
    const headingMatch = HEADING_MARKS.exec(line);
    let from = headingMatch ? headingMatch[0].length : 0;
    INLINE_DEBRIS.lastIndex = from;
    for (let m = INLINE_DEBRIS.exec(line); m !== null; m = INLINE_DEBRIS.exec(line)) {
      if (m.index > from) runs.push(from, m.index);
      from = m.index + m[0].length;
      if (m[0].length === 0) INLINE_DEBRIS.lastIndex++;
    }
    if (line.length > from) runs.push(from, line.length);
    let piece = '';
    for (let r = 0; r < runs.length; r += 2) piece += line.slice(runs[r], runs[r + 1]);
    piece = oneForOne(piece);
    const kept = !isDebrisLine(piece);
    // Unchanged: kept as it is, or an empty line dropped (which drops nothing).
    if (kept ? piece !== line : line.length > 0) {
      flushVerbatim(lineStart);
      if (kept) chunks.push(piece);
      verbatimFrom = lineEnd;
    }

    if (kept) {
      let k = outLen;
      for (let r = 0; r < runs.length; r += 2) {
        const a = runs[r] ?? 0;
        mapFrom(k, lineStart + a);
        k += (runs[r + 1] ?? a) - a;
      }
      outLen += piece.length;
    }
    if (lineEnd < raw.length) {
      mapFrom(outLen, lineEnd);
      outLen += 1;
    }
    lineStart = lineEnd + 1;
  }
  flushVerbatim(raw.length);
  runOut.push(outLen);
  runOrig.push(raw.length);
  return { text: chunks.join(''), runOut: Int32Array.from(runOut), runOrig: Int32Array.from(runOrig) };
}

/** Offset in the original of the cleaned text's offset `i` (0 <= i <= text.length). */
function originalOffset(clean: CleanText, i: number): number {
  const { runOut, runOrig } = clean;
  let lo = 0;
  let hi = runOut.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((runOut[mid] ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  return (runOrig[lo] ?? 0) + (i - (runOut[lo] ?? 0));
}

/** Map a [start, end) range of the cleaned text back to the original. */
export function toOriginal(clean: CleanText, start: number, end: number): { start: number; end: number } {
  const s = originalOffset(clean, Math.max(0, Math.min(start, clean.text.length)));
  if (end <= start) return { start: s, end: s };
  const last = originalOffset(clean, Math.max(0, Math.min(end - 1, clean.text.length)));
  return { start: s, end: last + 1 };
}

export type Line = { readonly start: number; readonly end: number; readonly text: string };

/**
 * Lines of a text with their offsets (end excludes the newline), one at a time: a caller that stops
 * at the first line it wants (the ANSWER line, near the top) never builds the rest. On a 6 MB text
 * the whole array is ~150,000 objects and as many slices, which outlive the young generation and
 * raise the process's peak memory (issue 12).
 */
export function* eachLine(text: string, from = 0, to = text.length): Generator<Line> {
  let start = from;
  while (start <= to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    yield { start, end, text: text.slice(start, end) };
    if (end >= to) return;
    start = end + 1;
  }
}

/** Lines of a text with their offsets (end excludes the newline), all at once. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  return [...eachLine(text, from, to)];
}
