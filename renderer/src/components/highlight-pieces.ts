import type { Evidence } from '../../../shared/domain/analysis.ts';
import type { Range } from './reflow.ts';

/** The reply cut at the passages relied on, for HighlightedText. */
export type Piece = { readonly text: string; readonly marked: boolean; readonly key: string; readonly start: number };

/**
 * Cuts the text at the spans. Spans are UTF-16 offsets into `text`, exactly as the analyser
 * reports them; overlapping spans merge, and spans outside the text are ignored (a stale
 * analysis of a text since corrected must not break the view).
 */
export function highlightPieces(text: string, spans: ReadonlyArray<Evidence>): ReadonlyArray<Piece> {
  const sorted = [...spans].filter((s) => s.start < s.end && s.end <= text.length).sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (start >= span.end) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false, key: `t${at}`, start: at });
    pieces.push({ text: text.slice(start, span.end), marked: true, key: `m${start}`, start });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false, key: `t${at}`, start: at });
  return pieces;
}

/**
 * The pieces that fall within `r`, cut to it. Pieces are in order and do not overlap, so the
 * first is found by binary search: looking through them all for every paragraph made a long
 * reply quadratic (issue 12: a 10 MB reply's blocks times its pieces held a frame for seconds).
 */
export function piecesWithin(pieces: ReadonlyArray<Piece>, r: Range): Piece[] {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid];
    if (p !== undefined && p.start + p.text.length <= r.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Piece[] = [];
  for (let i = lo; i < pieces.length; i += 1) {
    const p = pieces[i];
    if (p === undefined || p.start >= r.end) break;
    const from = Math.max(p.start, r.start);
    const to = Math.min(p.start + p.text.length, r.end);
    if (from < to) out.push({ ...p, start: from, text: p.text.slice(from - p.start, to - p.start), key: `${p.key}-${from}` });
  }
  return out;
}
