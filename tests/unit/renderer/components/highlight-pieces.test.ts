import { describe, expect, it } from 'vitest';
import { highlightPieces, piecesWithin } from '../../../../renderer/src/components/highlight-pieces.ts';
import { slicedText } from '../../../../renderer/src/components/long-text.ts';

describe('piecesWithin', () => {
  const text = 'The reply said nothing about the plan. (b) An FIR was registered.';
  const pieces = highlightPieces(text.length, [{ start: 4, end: 9, text: 'reply' }, { start: 39, end: 42, text: '(b)' }]);

  it('cuts the pieces to the range, keeping their marks and offsets', () => {
    const got = piecesWithin(text, pieces, { start: 0, end: 15 });
    expect(got.map((p) => [p.text, p.marked, p.start])).toEqual([['The ', false, 0], ['reply', true, 4], [' said ', false, 9]]);
  });

  it('finds the same pieces as looking through every piece, for every range', () => {
    const slow = (r: { start: number; end: number }) => pieces.flatMap((p) => {
      const from = Math.max(p.start, r.start);
      const to = Math.min(p.end, r.end);
      return from < to ? [text.slice(from, to)] : [];
    });
    for (let start = 0; start <= text.length; start += 3) {
      for (let end = start; end <= text.length; end += 5) expect(piecesWithin(text, pieces, { start, end }).map((p) => p.text)).toEqual(slow({ start, end }));
    }
  });

  it('reads a text held in slices as the one text, with no offsets changed', () => {
    const sliced = slicedText([text.slice(0, 6), text.slice(6, 40), text.slice(40)]);
    for (let start = 0; start <= text.length; start += 4) {
      for (let end = start; end <= text.length; end += 7) expect(piecesWithin(sliced, pieces, { start, end })).toEqual(piecesWithin(text, pieces, { start, end }));
    }
  });

  it('is empty for a range past the text', () => {
    expect(piecesWithin(text, pieces, { start: text.length + 5, end: text.length + 9 })).toEqual([]);
  });
});
