import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Evidence } from '../../../shared/domain/analysis.ts';
import { reflowRange, reflowWindows, type Range } from './reflow.ts';
import { highlightPieces, piecesWithin, type Piece } from './highlight-pieces.ts';
import { readableText, type ReadableText } from './long-text.ts';

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
  // Read from its slices when it came in slices, so drawing it never copies the whole of a long
  // reply into one string (long-text.ts).
  const source = useMemo(() => readableText(text), [text]);
  // Memoised: a reply can be megabytes long, and picking a part re-renders the view.
  const pieces = useMemo(() => highlightPieces(text.length, spans), [text, spans]);

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
  // highlight falls on the same characters as in the text. A long reply is laid out and drawn a
  // piece at a time (reflowWindows).
  const windows = useMemo(() => reflowWindows(source), [source]);
  const shown = useShownWindows(windows, pieces);
  return (
    <div className="reply-text" role="document" aria-label={label} ref={root} tabIndex={0}>
      {windows.length === 1
        ? <Blocks text={source} range={windows[0] ?? { start: 0, end: 0 }} pieces={pieces} />
        : windows.slice(0, shown).map((w) => <div key={w.start} className="reply-text__chunk"><Blocks text={source} range={w} pieces={pieces} /></div>)}
    </div>
  );
}

/**
 * How many pieces of a long reply are drawn: at first, those up to the first highlight (so it can
 * be scrolled to) and at least one; then one more per task until all are, so no frame waits for
 * the whole of it (issue 12: drawing the result held one frame for 2.4 s), and each piece skips
 * layout while off screen (`content-visibility` in styles.css). Starts again for another text.
 */
function useShownWindows(windows: ReadonlyArray<Range>, pieces: ReadonlyArray<Piece>): number {
  const firstMark = pieces.find((p) => p.marked)?.start ?? -1;
  const needed = useMemo(() => {
    if (firstMark < 0) return 1;
    const at = windows.findIndex((w) => w.end > firstMark);
    return Math.max(1, at + 1);
  }, [windows, firstMark]);
  const [state, setState] = useState({ windows, shown: needed });
  const current = state.windows === windows ? Math.max(state.shown, needed) : needed;
  if (state.windows !== windows || state.shown < needed) setState({ windows, shown: current });
  useEffect(() => {
    if (current >= windows.length) return;
    const id = setTimeout(() => setState((s) => (s.windows === windows ? { windows, shown: s.shown + 1 } : s)), 0);
    return () => clearTimeout(id);
  }, [windows, current]);
  return current;
}

/**
 * One piece of the reply, laid out (reflow.ts) and drawn with its highlights; memoised, so drawing
 * the next piece leaves these alone.
 */
const Blocks = memo(function Blocks({ text, range, pieces }: { readonly text: ReadableText; readonly range: Range; readonly pieces: ReadonlyArray<Piece> }) {
  const blocks = useMemo(() => reflowRange(text, range), [text, range]);
  const show = (r: Range, joinLines = false) => piecesWithin(text, pieces, r).map((p) => {
    const shown = joinLines ? p.text.replace(/\n/g, ' ') : p.text;
    return p.marked ? <mark key={p.key}>{shown}</mark> : <span key={p.key}>{shown}</span>;
  });
  return blocks.map((b) => {
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
  });
});

/** The nearest ancestor that scrolls vertically, or null when the page itself scrolls. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}
