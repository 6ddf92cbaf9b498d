import { memo, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Evidence } from '../../../shared/domain/analysis.ts';
import { reflowRange, reflowWindows, type Range } from './reflow.ts';
import { highlightPieces, piecesWithin, type Piece } from './highlight-pieces.ts';
import { readableText, type ReadableText } from './long-text.ts';
import { DRAW_AHEAD_PX, PIECE_HEIGHT_PX, PIECES_PER_TASK, piecesInView, runsOf } from './drawn-pieces.ts';

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

/**
 * The reply text with the passages relied on marked. Memoised: a save's answer gives the case view
 * a new case whose reply and passages are the same, and re-rendering a long reply for it was a
 * frame over 33 ms in the bench's 10 MB save (issue 12).
 */
export const HighlightedText = memo(function HighlightedText({ text, spans, label, scrollKey = null }: Props) {
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
  // piece at a time (reflowWindows), only the pieces near where it is read.
  const windows = useMemo(() => reflowWindows(source), [source]);
  const drawn = useDrawnWindows(root, windows, pieces);
  return (
    <div className="reply-text" role="document" aria-label={label} ref={root} tabIndex={0}>
      {windows.length === 1
        ? <Blocks text={source} range={windows[0] ?? { start: 0, end: 0 }} pieces={pieces} />
        : runsOf(windows.length, drawn).map((run) => (run.drawn
          ? windows.slice(run.from, run.from + run.count).map((w) => <div key={w.start} className="reply-text__chunk"><Blocks text={source} range={w} pieces={pieces} /></div>)
          : <div key={`gap${windows[run.from]?.start ?? 0}`} className="reply-text__gap" data-from={run.from} data-count={run.count} style={{ height: run.count * PIECE_HEIGHT_PX }} />))}
    </div>
  );
});

/**
 * Which pieces of a long reply are drawn: the first, the one with the first highlight (so it can
 * be scrolled to), and those that come near the visible part of the pane as it scrolls, a few per
 * task; each run of the others is one placeholder of their usual height, watched by an
 * IntersectionObserver. Drawing every piece of a 10 MB reply, one per task, built a DOM of
 * hundreds of thousands of nodes over seconds, and the garbage collector's pauses while it grew
 * (100-500 ms each) held the window's frames, the autosave's among them (issue 12). Starts again
 * for another text.
 */
function useDrawnWindows(root: RefObject<HTMLDivElement | null>, windows: ReadonlyArray<Range>, pieces: ReadonlyArray<Piece>): ReadonlySet<number> {
  const firstMark = pieces.find((p) => p.marked)?.start ?? -1;
  const marked = useMemo(() => Math.max(0, firstMark < 0 ? 0 : windows.findIndex((w) => w.end > firstMark)), [windows, firstMark]);
  const [state, setState] = useState<{ readonly windows: ReadonlyArray<Range>; readonly drawn: ReadonlySet<number> }>(() => ({ windows, drawn: new Set([0, marked]) }));
  const drawn = useMemo(() => {
    const current = state.windows === windows ? state.drawn : new Set([0]);
    return current.has(marked) ? current : new Set([...current, marked]);
  }, [state, windows, marked]);
  if (drawn !== state.drawn) setState({ windows, drawn });
  useEffect(() => {
    const el = root.current;
    if (!el || windows.length < 2) return;
    const pane = scrollParent(el);
    const observer = new IntersectionObserver((entries) => {
      const bounds = pane?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
      const near = entries.flatMap((e) => {
        if (!e.isIntersecting || !(e.target instanceof HTMLElement)) return [];
        const from = Number(e.target.dataset['from']);
        const count = Number(e.target.dataset['count']);
        return piecesInView(from, count, e.boundingClientRect.top, bounds.top, bounds.bottom);
      }).slice(0, PIECES_PER_TASK);
      if (near.length > 0) setState((s) => (s.windows === windows ? { windows, drawn: new Set([...s.drawn, ...near]) } : s));
    }, { root: pane, rootMargin: `${DRAW_AHEAD_PX}px 0px` });
    for (const gap of el.querySelectorAll('.reply-text__gap')) observer.observe(gap);
    return () => observer.disconnect();
  }, [root, windows, drawn]);
  return drawn;
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
