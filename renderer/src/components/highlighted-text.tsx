import { useEffect, useMemo, useRef } from 'react';
import type { Evidence } from '../../../shared/domain/analysis.ts';
import { reflow, type Range } from './reflow.ts';
import { highlightPieces, piecesWithin } from './highlight-pieces.ts';

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

/** The reply text with the passages relied on marked. */
export function HighlightedText({ text, spans, label, scrollKey = null }: Props) {
  const root = useRef<HTMLDivElement>(null);
  // Memoised: a reply can be megabytes long, and picking a part re-renders the view.
  const pieces = useMemo(() => highlightPieces(text, spans), [text, spans]);

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
  const blocks = useMemo(() => reflow(text), [text]);
  const show = (r: Range, joinLines = false) => piecesWithin(pieces, r).map((p) => {
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
