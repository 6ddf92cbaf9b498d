import { useEffect, useRef } from 'react';
import type { Evidence } from '../../../shared/domain/analysis.ts';

type Props = {
  readonly text: string;
  readonly spans: ReadonlyArray<Evidence>;
  readonly label: string;
  /**
   * Changes when the user picks another part: the first highlight is then scrolled into view,
   * so the passage relied on is on screen even deep in a long reply.
   */
  readonly scrollKey?: string | null;
};

type Piece = { readonly text: string; readonly marked: boolean; readonly key: string };

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
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false, key: `t${at}` });
    pieces.push({ text: text.slice(start, span.end), marked: true, key: `m${start}` });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false, key: `t${at}` });
  return pieces;
}

/** The reply text with the passages relied on marked. */
export function HighlightedText({ text, spans, label, scrollKey = null }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const pieces = highlightPieces(text, spans);

  useEffect(() => {
    const el = root.current;
    const mark = el?.querySelector('mark');
    if (scrollKey === null || !el || !mark) return;
    // Scroll only the pane the text sits in, so picking a part never moves the list of parts.
    const pane = scrollParent(el);
    if (!pane) {
      mark.scrollIntoView({ block: 'nearest' });
      return;
    }
    const m = mark.getBoundingClientRect();
    const r = pane.getBoundingClientRect();
    if (m.top >= r.top && m.bottom <= r.bottom) return;
    pane.scrollTop += m.top - r.top - pane.clientHeight / 4;
  }, [scrollKey]);

  return (
    <div className="reply-text" role="document" aria-label={label} ref={root} tabIndex={0}>
      {pieces.map((p) => (p.marked ? <mark key={p.key}>{p.text}</mark> : <span key={p.key}>{p.text}</span>))}
    </div>
  );
}

/** The nearest ancestor that scrolls vertically, or null when the page itself scrolls. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}
