import type { Evidence } from '../../../shared/domain/analysis.ts';
import type { ReadableText } from './long-text.ts';
import type { Range } from './reflow.ts';

/**
 * The reply cut at the passages relied on, for HighlightedText: offsets only, so cutting a 10 MB
 * reply copies none of it (issue 12); piecesWithin reads the characters of the few it draws.
 */
export type Piece = { readonly start: number; readonly end: number; readonly marked: boolean; readonly key: string };

/** A piece as drawn: with its characters. */
export type ShownPiece = Piece & { readonly text: string };

/**
 * Cuts a text of `length` characters at the spans. Spans are UTF-16 offsets into the text,
 * exactly as the analyser reports them; overlapping spans merge, and spans outside the text are
 * ignored (a stale analysis of a text since corrected must not break the view).
 */
export function highlightPieces(length: number, spans: ReadonlyArray<Evidence>): ReadonlyArray<Piece> {
  const sorted = [...spans].filter((s) => s.start < s.end && s.end <= length).sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (start >= span.end) continue;
    if (start > at) pieces.push({ start: at, end: start, marked: false, key: `t${at}` });
    pieces.push({ start, end: span.end, marked: true, key: `m${start}` });
    at = span.end;
  }
  if (at < length) pieces.push({ start: at, end: length, marked: false, key: `t${at}` });
  return pieces;
}

/**
 * The pieces that fall within `r`, cut to it. Pieces are in order and do not overlap, so the
 * first is found by binary search: looking through them all for every paragraph made a long
 * reply quadratic (issue 12: a 10 MB reply's blocks times its pieces held a frame for seconds).
 */
export function piecesWithin(text: ReadableText, pieces: ReadonlyArray<Piece>, r: Range): ShownPiece[] {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid];
    if (p !== undefined && p.end <= r.start) lo = mid + 1;
    else hi = mid;
  }
  const out: ShownPiece[] = [];
  for (let i = lo; i < pieces.length; i += 1) {
    const p = pieces[i];
    if (p === undefined || p.start >= r.end) break;
    const from = Math.max(p.start, r.start);
    const to = Math.min(p.end, r.end);
    if (from < to) out.push({ ...p, start: from, end: to, text: text.slice(from, to), key: `${p.key}-${from}` });
  }
  return out;
}
