import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reflow, reflowRange, reflowWindows, type ReflowBlock } from '../../../../renderer/src/components/reflow.ts';
import { slicedText } from '../../../../renderer/src/components/long-text.ts';

const texts = (text: string, blocks: ReadonlyArray<ReflowBlock>) => blocks.map((b) =>
  b.kind === 'paragraph' ? b.lines.map((r) => text.slice(r.start, r.end)).join(' ') : b.rows.map((row) => row.map((c) => text.slice(c.start, c.end))));

describe('reflow', () => {
  it('joins hard-wrapped lines into one paragraph and keeps offsets into the original text', () => {
    const text = '(a) The Government has taken several measures to strengthen the security\nof the portal, including a web application firewall.\n\n(b) No, Sir.';
    const blocks = reflow(text);
    expect(texts(text, blocks)).toEqual([
      '(a) The Government has taken several measures to strengthen the security of the portal, including a web application firewall.',
      '(b) No, Sir.',
    ]);
    const first = blocks[0];
    if (first?.kind !== 'paragraph') throw new Error('paragraph');
    expect(text.slice(first.lines[1]?.start, first.lines[1]?.end)).toBe('of the portal, including a web application firewall.');
  });

  it('starts a new paragraph at a part label, after a short line or a colon, and at a heading in capitals', () => {
    const text = 'ANSWER\nMINISTER OF STATE (SHRI X)\n(a) to (c): The details are given below:\nThe complaint was lodged by the Ministry of Health and Family Welfare with the police.\nShort line\nnext line';
    expect(texts(text, reflow(text))).toEqual([
      'ANSWER',
      'MINISTER OF STATE (SHRI X)',
      '(a) to (c): The details are given below:',
      // A long line runs on into the next (a PDF wraps mid-paragraph); a short one ends its paragraph.
      'The complaint was lodged by the Ministry of Health and Family Welfare with the police. Short line',
      'next line',
    ]);
  });

  it('shows column-aligned rows as a table, cell by cell', () => {
    const text = 'The State-wise details are:\nSl.   State          2022     2023\n1     Assam          12       15\n2     Bihar          7        9\nSource: MoHFW';
    const blocks = reflow(text);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(texts(text, blocks)[1]).toEqual([['Sl.', 'State', '2022', '2023'], ['1', 'Assam', '12', '15'], ['2', 'Bihar', '7', '9']]);
  });

  it('leaves a single spaced line as prose: one row is no table', () => {
    const text = 'Total    120    140';
    expect(reflow(text).map((b) => b.kind)).toEqual(['paragraph']);
  });

  describe('a long reply, a piece at a time', () => {
    // Real replies from the corpus, one after another with a blank line between, as a long paste.
    const corpus = join(import.meta.dirname, '../../../../../shared/corpus/texts');
    const text = readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort().slice(0, 40).map((n) => readFileSync(join(corpus, n), 'utf8')).join('\n\n');

    it('cuts the text into pieces that cover it end to end, each ending before a blank line', () => {
      const windows = reflowWindows(text, 4_000);
      expect(windows.length).toBeGreaterThan(10);
      expect(windows[0]?.start).toBe(0);
      expect(windows.at(-1)?.end).toBe(text.length);
      windows.forEach((w, i) => {
        expect(w.end).toBeGreaterThan(w.start);
        if (i > 0) expect(w.start).toBe(windows[i - 1]?.end);
        if (i < windows.length - 1) expect(text.slice(w.end - 1, w.end + 1)).toBe('\n\n');
      });
    });

    it('lays the pieces out into exactly the blocks the whole text gives, with the same offsets', () => {
      const pieces = reflowWindows(text, 4_000).flatMap((w) => reflowRange(text, w));
      expect(pieces).toEqual(reflow(text));
    });

    it('reads the same windows and blocks from the text held in slices, cut anywhere', () => {
      // Cuts of every kind: between the two line breaks of a blank line, mid-word, mid-line.
      const blank = text.indexOf('\n\n', 9_000) + 1;
      const cuts = [0, 1_234, blank, 20_011, 20_012, text.length];
      const sliced = slicedText(cuts.slice(1).map((end, i) => text.slice(cuts[i], end)));
      const windows = reflowWindows(sliced, 4_000);
      expect(windows).toEqual(reflowWindows(text, 4_000));
      expect(windows.flatMap((w) => reflowRange(sliced, w))).toEqual(reflow(text));
    });

    it('keeps a short text whole, and cuts after a line where no blank line comes', () => {
      expect(reflowWindows('(a) Yes, Sir.', 4_000)).toEqual([{ start: 0, end: 13 }]);
      const lines = Array.from({ length: 400 }, (_, i) => `line ${i} of a reply with no blank line at all`).join('\n');
      const windows = reflowWindows(lines, 1_000);
      expect(windows.length).toBeGreaterThan(10);
      for (const w of windows.slice(0, -1)) expect(lines[w.end - 1]).toBe('\n');
      expect(windows.at(-1)?.end).toBe(lines.length);
    });
  });
});
