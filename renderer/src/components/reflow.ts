/**
 * The reply as a reader wants it, from text as PDF extraction gives it: hard-wrapped lines joined
 * into paragraphs, and column-aligned rows (pdftotext -layout, tab-separated tables) shown as a
 * table. Every block keeps offsets into the original text, so the analyser's evidence spans (UTF-16
 * offsets into that text) highlight the same characters; nothing is rewritten, only laid out.
 */
import type { ReadableText } from './long-text.ts';

export type Range = { readonly start: number; readonly end: number };

export type ReflowBlock =
  | { readonly kind: 'paragraph'; readonly lines: ReadonlyArray<Range> }
  | { readonly kind: 'table'; readonly rows: ReadonlyArray<ReadonlyArray<Range>> };

type Line = Range & { readonly text: string };

/** A row of a table: cells apart by a tab, or by runs of two or more spaces at least twice. */
const CELL_GAP = /\t+| {2,}/g;
function cellsOf(line: Line): Range[] {
  const trimmedStart = line.text.length - line.text.trimStart().length;
  const body = line.text.trimEnd();
  const cells: Range[] = [];
  let at = trimmedStart;
  for (const gap of body.slice(trimmedStart).matchAll(CELL_GAP)) {
    const gapStart = trimmedStart + (gap.index ?? 0);
    if (gapStart > at) cells.push({ start: line.start + at, end: line.start + gapStart });
    at = gapStart + gap[0].length;
  }
  if (body.length > at) cells.push({ start: line.start + at, end: line.start + body.length });
  return cells;
}

/** A line's cells if it reads as a table row (three cells, or two apart by a tab), else null. */
function tableCells(line: Line): Range[] | null {
  // Most lines of prose have no tab and no run of two spaces: no cells to look for.
  if (!line.text.includes('\t') && !line.text.includes('  ')) return null;
  const cells = cellsOf(line);
  return cells.length >= 3 || (cells.length >= 2 && line.text.includes('\t')) ? cells : null;
}

/** A line that starts something of its own: a part label, a numbered or bulleted item, a heading in capitals. */
function startsBlock(text: string): boolean {
  const t = text.trim();
  if (/^(\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|\d{1,3}[.)]|[-•*▪])\s/i.test(t)) return true;
  const letters = t.replace(/[^A-Za-z]/g, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/** Lines shorter than this end a paragraph (an address line, a signature, a heading). */
const SHORT_LINE = 45;

export function reflow(text: string): ReflowBlock[] {
  return reflowRange(text, { start: 0, end: text.length });
}

/**
 * A piece's size: a few pages, some hundred short paragraphs, which React draws in well under a
 * frame on this project's 2-core machine.
 */
const REFLOW_WINDOW = 16_000;

/**
 * Where a long text is cut to be laid out a piece at a time (issue 12: the verdicts of a 10 MB
 * paste waited a quarter of a second for the whole reply's layout). Each piece is about `size`
 * characters and ends just before a blank line, where a paragraph and a table end anyway, so
 * laying out the pieces one by one gives the blocks the whole text gives. A stretch with no blank
 * line for twice `size` is cut after a line instead. A text up to `size` is one piece.
 */
export function reflowWindows(text: ReadableText, size = REFLOW_WINDOW): Range[] {
  const windows: Range[] = [];
  let start = 0;
  while (text.length - start > size) {
    const blank = text.indexOf('\n\n', start + size);
    let end = blank >= 0 && blank - start <= 2 * size ? blank + 1 : text.indexOf('\n', start + size) + 1;
    if (end <= start) end = text.length;
    windows.push({ start, end });
    start = end;
  }
  if (start < text.length || windows.length === 0) windows.push({ start, end: text.length });
  return windows;
}

/**
 * The blocks of `text` between `range.start` and `range.end`, with offsets into the whole text.
 * Reads only that stretch of it, so a long text can be read from its slices (long-text.ts).
 */
export function reflowRange(text: ReadableText, range: Range): ReflowBlock[] {
  const lines: Line[] = [];
  let at = range.start;
  for (const raw of text.slice(range.start, range.end).split('\n')) {
    lines.push({ start: at, end: at + raw.length, text: raw });
    at += raw.length + 1;
  }
  // Each line's cells are worked out once: a line is asked about as itself and as the next line
  // (a 10 MB reply has some hundred thousand lines, and this runs as its verdicts are drawn).
  const cellsAt = lines.map(tableCells);
  const blocks: ReflowBlock[] = [];
  let paragraph: Range[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    if (line.text.trim() === '') {
      flush();
      continue;
    }
    // Two or more table rows in a row make a table.
    if (cellsAt[i] && cellsAt[i + 1]) {
      flush();
      const rows: Range[][] = [];
      for (let cells = cellsAt[i]; cells; cells = cellsAt[i]) {
        rows.push(cells);
        i += 1;
      }
      i -= 1;
      blocks.push({ kind: 'table', rows });
      continue;
    }
    const previous = paragraph.length > 0 ? lines[i - 1] : undefined;
    const joins = previous !== undefined && previous.text.trim().length >= SHORT_LINE && !/[:;]\s*$/.test(previous.text) && !startsBlock(line.text);
    if (!joins) flush();
    paragraph.push({ start: line.start, end: line.end });
  }
  flush();
  return blocks;
}
