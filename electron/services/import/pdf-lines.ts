/**
 * Rebuilds a page's lines from its placed text runs (extract-pdf.ts gathers them from PDFium's
 * characters). A PDF has no lines or spaces, only glyph runs
 * placed at coordinates (PDF 32000-1 §9.4.2 text matrix): runs whose baselines agree are one line,
 * a horizontal gap between runs is a space (several for a wide, table-like gap, as
 * `pdftotext -layout` keeps columns apart), and a tall vertical gap is a paragraph break.
 */

/** A run of text as placed on the page (transform = [a, b, c, d, e, f] text-space matrix, as pdf.js's `TextItem` has it). */
export type PlacedText = {
  readonly str: string;
  readonly transform: ReadonlyArray<number>;
  readonly width: number;
  readonly height: number;
};

type Run = { readonly str: string; readonly x: number; readonly y: number; readonly width: number; readonly size: number };
type Line = { readonly y: number; readonly size: number; readonly runs: Run[] };

/** Baselines closer than this fraction of the font size are one line (superscripts sit ~0.33 em up). */
const SAME_LINE = 0.45;
/** A gap under this fraction of the font size is kerning inside a word, not a space. */
const WORD_GAP = 0.15;
/** Gaps wider than this many average glyph widths keep their width in spaces (table columns). */
const COLUMN_GAP = 2.5;
const MAX_SPACES = 40;
/** A line gap this many times the page's usual line gap marks a new paragraph. */
const PARAGRAPH_GAP = 1.6;

/** The page's dominant writing direction, in quarter turns, weighted by text length. */
function dominantQuarterTurn(items: ReadonlyArray<PlacedText>): number {
  const weight = [0, 0, 0, 0];
  for (const item of items) {
    const [a = 1, b = 0] = item.transform;
    const turn = ((Math.round(Math.atan2(b, a) / (Math.PI / 2)) % 4) + 4) % 4;
    weight[turn] = (weight[turn] ?? 0) + item.str.length;
  }
  let best = 0;
  for (let turn = 1; turn < 4; turn += 1) if ((weight[turn] ?? 0) > (weight[best] ?? 0)) best = turn;
  return best;
}

function toRuns(items: ReadonlyArray<PlacedText>): Run[] {
  const turn = dominantQuarterTurn(items);
  const angle = (turn * Math.PI) / 2;
  const cos = Math.round(Math.cos(angle));
  const sin = Math.round(Math.sin(angle));
  const runs: Run[] = [];
  for (const item of items) {
    if (item.str.trim() === '') continue;
    const [, , c = 0, d = 0, e = 0, f = 0] = item.transform;
    const size = Math.hypot(c, d) || item.height || 1;
    // Rotate page coordinates so the dominant direction reads left to right, top to bottom.
    runs.push({ str: item.str, x: e * cos + f * sin, y: -e * sin + f * cos, width: item.width, size });
  }
  return runs;
}

function groupLines(runs: Run[]): Line[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const current = lines.at(-1);
    if (current && Math.abs(current.y - run.y) <= SAME_LINE * Math.max(current.size, run.size)) {
      current.runs.push(run);
    } else {
      lines.push({ y: run.y, size: run.size, runs: [run] });
    }
  }
  for (const line of lines) line.runs.sort((p, q) => p.x - q.x);
  return lines;
}

function joinRuns(runs: ReadonlyArray<Run>): string {
  let out = '';
  let previous: Run | null = null;
  for (const run of runs) {
    if (previous) {
      // Faux bold: the same string painted twice a hair apart is one word, not two.
      if (run.str === previous.str && Math.abs(run.x - previous.x) < 0.3 * run.size) continue;
      const gap = run.x - (previous.x + previous.width);
      const glyph = previous.width > 0 && previous.str.length > 0 ? previous.width / previous.str.length : run.size / 2;
      const spaced = /\s$/.test(previous.str) || /^\s/.test(run.str);
      if (!spaced && gap > WORD_GAP * run.size) {
        out += gap > COLUMN_GAP * glyph ? ' '.repeat(Math.min(MAX_SPACES, Math.max(2, Math.round(gap / glyph)))) : ' ';
      }
    }
    out += run.str;
    previous = run;
  }
  return out.trimEnd();
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((p, q) => p - q);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The page's text, one PDF line per text line, a blank line between paragraphs. */
export function rebuildLines(items: ReadonlyArray<PlacedText>): string {
  const lines = groupLines(toRuns(items));
  const gaps = lines.slice(1).map((line, i) => (lines[i]?.y ?? line.y) - line.y).filter((gap) => gap > 0);
  const usual = median(gaps);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const above = lines[i - 1];
    if (above && usual > 0 && above.y - line.y > PARAGRAPH_GAP * usual) out.push('');
    out.push(joinRuns(line.runs));
  });
  return out.join('\n');
}
