/**
 * The reply as a reader wants it, from text as PDF extraction gives it: hard-wrapped lines joined
 * into paragraphs, and column-aligned rows (pdftotext -layout, tab-separated tables) shown as a
 * table. Every block keeps offsets into the original text, so the analyser's evidence spans (UTF-16
 * offsets into that text) highlight the same characters; nothing is rewritten, only laid out.
 */
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

const isTableRow = (line: Line): boolean => cellsOf(line).length >= 3 || (line.text.includes('\t') && cellsOf(line).length >= 2);

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
  const lines: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    lines.push({ start: at, end: at + raw.length, text: raw });
    at += raw.length + 1;
  }
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
    const next = lines[i + 1];
    if (isTableRow(line) && next !== undefined && isTableRow(next)) {
      flush();
      const rows: Range[][] = [];
      for (let row: Line | undefined = line; row !== undefined && isTableRow(row); row = lines[i]) {
        rows.push(cellsOf(row));
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
