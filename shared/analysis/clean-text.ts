/**
 * PDF-extraction debris removal that keeps every surviving character's offset in
 * the text as read, so evidence can point back into the user's text
 * (reply-analysis.md: "`evidence` offsets index into the input text as read").
 *
 * Debris handled (corpus/README.md, reply-analysis.md "Input"): Markdown emphasis
 * and headings (`**`, `##`, `_`), escaped characters (`\*`), `<sup>` tags, table
 * pipes and rules, `{1}-----` page markers, page numbers ("-2–", "Contd…….2"),
 * and end-of-reply rules ("*****", "XXXXXXXX", "---").
 * Runs line by line with bounded regexes: linear in the input length.
 */
export type CleanText = {
  readonly text: string;
  /** map[i] is the offset in the original of text[i]; map[text.length] is the original length. */
  readonly map: Int32Array;
};

/** Characters replaced one-for-one so offsets do not move. */
const ONE_FOR_ONE: Readonly<Record<string, string>> = {
  '\t': ' ', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u2007': ' ', '\u200b': ' ',
  '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '|': ' ', '\r': ' ', '\f': ' ', '\v': ' ',
};

const INLINE_DEBRIS = /\*\*+|\\(?=[^a-zA-Z0-9\s])|<\/?(?:sup|sub|br|b|i|u|em|strong|span|p|div)\b[^<>\n]{0,40}>|_+/g;
const HEADING_MARKS = /^\s*#{1,6}(?=\s|$)/;

const DEBRIS_LINE = [
  /^\s*\{\d+\}\s*-*\s*$/,                       // {1}------ page markers (pdf-to-markdown)
  /^[\s\-*_=~.…X#·•-]{3,}$/,                     // rules and end marks: ---, *****, XXXXXXXX, ……..
  /^\s*[-–—]?\s*\d{1,3}\s*[-–—]?\s*$/,            // bare page numbers, "-2–"
  /^\s*contd\.?[\s.…]{0,20}\d{0,3}\s*$/i,         // "Contd…….2"
  /^[\s\-:]*$/,                                    // table separator rows once pipes are spaces
];

function isDebrisLine(line: string): boolean {
  if (line.length > 200) return false;
  if (line.trim() === '') return true;
  return DEBRIS_LINE.some((re) => re.test(line));
}

export function cleanText(raw: string): CleanText {
  const map = new Int32Array(raw.length + 1);
  const chunks: string[] = [];
  let outLen = 0;
  let lineStart = 0;
  while (lineStart <= raw.length) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = raw.length;
    const line = raw.slice(lineStart, lineEnd);

    const kept: number[] = [];
    const headingMatch = HEADING_MARKS.exec(line);
    let from = headingMatch ? headingMatch[0].length : 0;
    INLINE_DEBRIS.lastIndex = from;
    for (let m = INLINE_DEBRIS.exec(line); m !== null; m = INLINE_DEBRIS.exec(line)) {
      for (let i = from; i < m.index; i++) kept.push(i);
      from = m.index + m[0].length;
      if (m[0].length === 0) INLINE_DEBRIS.lastIndex++;
    }
    for (let i = from; i < line.length; i++) kept.push(i);
    const chars: string[] = [];
    for (const i of kept) {
      const c = line.charAt(i);
      chars.push(ONE_FOR_ONE[c] ?? c);
    }
    const piece = chars.join('');

    if (!isDebrisLine(piece)) {
      for (let k = 0; k < kept.length; k++) map[outLen + k] = lineStart + (kept[k] ?? 0);
      chunks.push(piece);
      outLen += piece.length;
    }
    if (lineEnd < raw.length) {
      map[outLen] = lineEnd;
      chunks.push('\n');
      outLen += 1;
    }
    lineStart = lineEnd + 1;
  }
  map[outLen] = raw.length;
  return { text: chunks.join(''), map: map.subarray(0, outLen + 1) };
}

/** Map a [start, end) range of the cleaned text back to the original. */
export function toOriginal(clean: CleanText, start: number, end: number): { start: number; end: number } {
  const s = clean.map[Math.max(0, Math.min(start, clean.text.length))] ?? 0;
  if (end <= start) return { start: s, end: s };
  const last = clean.map[Math.max(0, Math.min(end - 1, clean.text.length))] ?? s;
  return { start: s, end: last + 1 };
}

export type Line = { readonly start: number; readonly end: number; readonly text: string };

/** Lines of a text with their offsets (end excludes the newline). */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    lines.push({ start, end, text: text.slice(start, end) });
    if (end >= to) break;
    start = end + 1;
  }
  return lines;
}
