import { useEffect, useRef } from 'react';
import type { Evidence } from '../../../shared/domain/analysis.ts';
import { reflow, type Range } from './reflow.ts';

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

type Piece = { readonly text: string; readonly marked: boolean; readonly key: string; readonly start: number };

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

  // Paragraphs joined and tables laid out (reflow.ts); the pieces keep their offsets, so each
  // highlight falls on the same characters as in the text.
  const blocks = reflow(text);
  const within = (r: Range) => pieces.flatMap((p) => {
    const start = p.start;
    const end = start + p.text.length;
    const from = Math.max(start, r.start);
    const to = Math.min(end, r.end);
    return from < to ? [{ ...p, text: p.text.slice(from - start, to - start), key: `${p.key}-${from}` }] : [];
  });
  const show = (r: Range, joinLines = false) => within(r).map((p) => {
    const shown = joinLines ? p.text.replace(/\n/g, ' ') : p.text;
    return p.marked ? <mark key={p.key}>{shown}</mark> : <span key={p.key}>{shown}</span>;
  });
  return (
    <div className="reply-text" role="document" aria-label={label} ref={root} tabIndex={0}>
      {blocks.map((b) => {
        if (b.kind === 'paragraph') {
          const first = b.lines[0];
          const last = b.lines.at(-1);
          if (!first || !last) return null;
          return <p key={`p${first.start}`}>{show({ start: first.start, end: last.end }, true)}</p>;
        }
        const firstRow = b.rows[0]?.[0];
        return (
          <table key={`t${firstRow?.start ?? 0}`} className="reply-text__table">
            <tbody>
              {b.rows.map((row, i) => <tr key={row[0]?.start ?? i}>{row.map((cell) => <td key={cell.start}>{show(cell)}</td>)}</tr>)}
            </tbody>
          </table>
        );
      })}
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
