import { describe, expect, it } from 'vitest';
import { highlightPieces, piecesWithin } from '../../../../renderer/src/components/highlight-pieces.ts';

describe('piecesWithin', () => {
  const text = 'The reply said nothing about the plan. (b) An FIR was registered.';
  const pieces = highlightPieces(text, [{ start: 4, end: 9, text: 'reply' }, { start: 39, end: 42, text: '(b)' }]);

  it('cuts the pieces to the range, keeping their marks and offsets', () => {
    const got = piecesWithin(pieces, { start: 0, end: 15 });
    expect(got.map((p) => [p.text, p.marked, p.start])).toEqual([['The ', false, 0], ['reply', true, 4], [' said ', false, 9]]);
  });

  it('finds the same pieces as looking through every piece, for every range', () => {
    const slow = (r: { start: number; end: number }) => pieces.flatMap((p) => {
      const from = Math.max(p.start, r.start);
      const to = Math.min(p.start + p.text.length, r.end);
      return from < to ? [p.text.slice(from - p.start, to - p.start)] : [];
    });
    for (let start = 0; start <= text.length; start += 3) {
      for (let end = start; end <= text.length; end += 5) expect(piecesWithin(pieces, { start, end }).map((p) => p.text)).toEqual(slow({ start, end }));
    }
  });

  it('is empty for a range past the text', () => {
    expect(piecesWithin(pieces, { start: text.length + 5, end: text.length + 9 })).toEqual([]);
  });
});
