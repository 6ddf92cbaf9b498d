/**
 * Which pieces of a long reply the reply view draws (highlighted-text.tsx): those near where it is
 * read, the others held by placeholders of a piece's usual height (issue 12). Pure arithmetic on
 * piece indexes and on-screen positions, apart from the DOM.
 */

/** The height a piece not yet drawn holds in the pane: about a piece's (`contain-intrinsic-size` in styles.css). */
export const PIECE_HEIGHT_PX = 1200;
/** How far beyond the visible part of the pane pieces of a long reply are drawn, ahead of the scroll. */
export const DRAW_AHEAD_PX = 1500;
/** The most pieces drawn in one task: the nearest first, the rest in the next. */
export const PIECES_PER_TASK = 2;

/** Consecutive pieces, all drawn or all not: each run of pieces not drawn is one placeholder. */
export function runsOf(count: number, drawn: ReadonlySet<number>): Array<{ readonly from: number; readonly count: number; readonly drawn: boolean }> {
  const runs: Array<{ from: number; count: number; drawn: boolean }> = [];
  for (let i = 0; i < count; i += 1) {
    const last = runs.at(-1);
    if (last && last.drawn === drawn.has(i)) last.count += 1;
    else runs.push({ from: i, count: 1, drawn: drawn.has(i) });
  }
  return runs;
}

/**
 * The pieces of a placeholder (`from`, `count`, PIECE_HEIGHT_PX each) that lie within the pane's
 * visible part widened by DRAW_AHEAD_PX, nearest that visible part first, given where the
 * placeholder and the pane are on screen.
 */
export function piecesInView(from: number, count: number, gapTop: number, paneTop: number, paneBottom: number): number[] {
  const top = Math.max(0, paneTop - DRAW_AHEAD_PX - gapTop);
  const bottom = Math.min(count * PIECE_HEIGHT_PX, paneBottom + DRAW_AHEAD_PX - gapTop);
  if (bottom <= top) return [];
  const first = Math.floor(top / PIECE_HEIGHT_PX);
  const last = Math.min(count - 1, Math.floor((bottom - 1) / PIECE_HEIGHT_PX));
  const middle = (paneTop + paneBottom) / 2 - gapTop;
  const indexes = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  return indexes.sort((x, y) => Math.abs((x + 0.5) * PIECE_HEIGHT_PX - middle) - Math.abs((y + 0.5) * PIECE_HEIGHT_PX - middle)).map((k) => from + k);
}
