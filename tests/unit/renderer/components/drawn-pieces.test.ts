import { describe, expect, it } from 'vitest';
import { DRAW_AHEAD_PX, PIECE_HEIGHT_PX, piecesInView, runsOf } from '../../../../renderer/src/components/drawn-pieces.ts';

describe('drawn pieces of a long reply', () => {
  it('groups the pieces into runs, drawn or not', () => {
    expect(runsOf(6, new Set([0, 3]))).toEqual([
      { from: 0, count: 1, drawn: true },
      { from: 1, count: 2, drawn: false },
      { from: 3, count: 1, drawn: true },
      { from: 4, count: 2, drawn: false },
    ]);
    expect(runsOf(1, new Set([0]))).toEqual([{ from: 0, count: 1, drawn: true }]);
  });

  it('draws the pieces of a placeholder that come within reach of the pane, nearest first', () => {
    // A placeholder for pieces 10-29 whose top is at the pane's top: pieces 10 and 11 are visible
    // in an 800 px pane, and the reach ahead takes in the next ones.
    const reach = Math.ceil((800 + DRAW_AHEAD_PX) / PIECE_HEIGHT_PX);
    const found = piecesInView(10, 20, 0, 0, 800);
    expect(found).toHaveLength(reach);
    expect(found[0]).toBe(10);
    expect([...found].sort((a, b) => a - b)).toEqual(Array.from({ length: reach }, (_, k) => 10 + k));
  });

  it('scrolled into the middle of a placeholder, it draws the pieces there, not its first', () => {
    // The placeholder's top is 12,000 px above the pane: piece 10 of it is on screen.
    const found = piecesInView(0, 40, -12_000, 0, 800);
    expect(found[0]).toBe(10);
    expect(found).not.toContain(0);
    expect(Math.min(...found)).toBeGreaterThanOrEqual(Math.floor((12_000 - DRAW_AHEAD_PX) / PIECE_HEIGHT_PX));
  });

  it('draws nothing of a placeholder out of reach', () => {
    expect(piecesInView(0, 5, 800 + DRAW_AHEAD_PX + 10, 0, 800)).toEqual([]);
    expect(piecesInView(0, 5, -(5 * PIECE_HEIGHT_PX) - DRAW_AHEAD_PX - 10, 0, 800)).toEqual([]);
  });
});
