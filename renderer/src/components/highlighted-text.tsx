import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Evidence } from '../../../shared/domain/analysis.ts';
import { reflow, type Range, type ReflowBlock } from './reflow.ts';
import { highlightPieces, piecesWithin, type Piece } from './highlight-pieces.ts';

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
  const chunks = useMemo(() => chunksOf(blocks), [blocks]);
  const shown = useShownChunks(chunks, pieces);
  return (
    <div className="reply-text" role="document" aria-label={label} ref={root} tabIndex={0}>
      {chunks.length === 1
        ? <Blocks blocks={chunks[0] ?? []} pieces={pieces} />
        : chunks.slice(0, shown).map((c, i) => <div key={i} className="reply-text__chunk"><Blocks blocks={c} pieces={pieces} /></div>)}
    </div>
  );
}

/**
 * Blocks per chunk of a long reply. A reply of a few pages is one chunk, drawn at once as before;
 * a long one (a 10 MB paste is some hundred thousand paragraphs) is drawn a chunk per task, so no
 * frame waits for the whole of it (issue 12: drawing the result held one frame for 2.4 s), and
 * each chunk skips layout while off screen (`content-visibility` in styles.css).
 */
const CHUNK_BLOCKS = 300;

function chunksOf(blocks: ReadonlyArray<ReflowBlock>): ReadonlyArray<ReadonlyArray<ReflowBlock>> {
  if (blocks.length <= CHUNK_BLOCKS) return [blocks];
  const chunks: Array<ReadonlyArray<ReflowBlock>> = [];
  for (let i = 0; i < blocks.length; i += CHUNK_BLOCKS) chunks.push(blocks.slice(i, i + CHUNK_BLOCKS));
  return chunks;
}

/** Where a block starts in the text. */
function blockStart(b: ReflowBlock): number {
  return b.kind === 'paragraph' ? b.lines[0]?.start ?? 0 : b.rows[0]?.[0]?.start ?? 0;
}

/**
 * How many chunks are drawn: at first, those up to the first highlight (so it can be scrolled to)
 * and at least one; then one more per task until all are. Starts again for another text.
 */
function useShownChunks(chunks: ReadonlyArray<ReadonlyArray<ReflowBlock>>, pieces: ReadonlyArray<Piece>): number {
  const firstMark = pieces.find((p) => p.marked)?.start ?? -1;
  const needed = useMemo(() => {
    if (firstMark < 0) return 1;
    const at = chunks.findIndex((c, i) => { const next = chunks[i + 1]?.[0]; return next === undefined || blockStart(next) > firstMark; });
    return Math.max(1, at + 1);
  }, [chunks, firstMark]);
  const [state, setState] = useState({ chunks, shown: needed });
  const current = state.chunks === chunks ? Math.max(state.shown, needed) : needed;
  if (state.chunks !== chunks || state.shown < needed) setState({ chunks, shown: current });
  useEffect(() => {
    if (current >= chunks.length) return;
    const id = setTimeout(() => setState((s) => (s.chunks === chunks ? { chunks, shown: s.shown + 1 } : s)), 0);
    return () => clearTimeout(id);
  }, [chunks, current]);
  return current;
}

/** Some of the reply's blocks, with their highlights; memoised, so drawing the next chunk leaves these alone. */
const Blocks = memo(function Blocks({ blocks, pieces }: { readonly blocks: ReadonlyArray<ReflowBlock>; readonly pieces: ReadonlyArray<Piece> }) {
  const show = (r: Range, joinLines = false) => piecesWithin(pieces, r).map((p) => {
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
