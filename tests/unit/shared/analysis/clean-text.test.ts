import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, eachLine, splitLines, toOriginal } from '../../../../shared/analysis/clean-text.ts';

const DEBRIS = ['**', '## ', '\n> ', '\n>\n', '\\*', '<sup>', '</sup>', '|', '{1}-----\n', '\n-2-\n', '\n*****\n', '__', '\t', '\u2019', '\r\n', '\n'];
const SAME = new Map([['\t', ' '], ['\u00a0', ' '], ['\u2019', "'"], ['\u2018', "'"], ['\u201c', '"'], ['\u201d', '"'], ['|', ' '], ['\r', ' ']]);

describe('cleanText offsets', () => {
  it('maps a text without debris onto itself in one run', () => {
    const c = cleanText('(a) No, Sir.\nThe scheme covers 12 States.');
    expect(c.text).toBe('(a) No, Sir.\nThe scheme covers 12 States.');
    expect(c.runOut.length).toBe(2);
    expect(toOriginal(c, 4, 12)).toEqual({ start: 4, end: 12 });
  });

  it('maps every kept character back to itself in the text as read', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...DEBRIS)), { maxLength: 30 }).map((xs) => xs.join('')), (raw) => {
        const c = cleanText(raw);
        for (let i = 0; i < c.text.length; i++) {
          const { start, end } = toOriginal(c, i, i + 1);
          expect(end).toBe(start + 1);
          const original = raw.charAt(start);
          expect(SAME.get(original) ?? original).toBe(c.text.charAt(i));
        }
        expect(toOriginal(c, c.text.length, c.text.length)).toEqual({ start: raw.length, end: raw.length });
      }),
      { numRuns: 400 },
    );
  });

  it('drops the block-quote marks PDF to Markdown sets before an indented question, keeping offsets', () => {
    const raw = 'Will the Minister be pleased to state:\n\n> (a) the number of PHCs;\n>\n> (b) the details thereof?';
    const c = cleanText(raw);
    expect(c.text).toBe('Will the Minister be pleased to state:\n\n(a) the number of PHCs;\n\n(b) the details thereof?');
    const at = c.text.indexOf('(b)');
    expect(raw.slice(toOriginal(c, at, at + 3).start, toOriginal(c, at, at + 3).end)).toBe('(b)');
  });

  it('drops emphasis and page debris but keeps the words', () => {
    const raw = '**(a):** The **total** is 12.\n{1}------\n-2-\nNext line';
    const c = cleanText(raw);
    expect(c.text.replace(/\n+/g, '\n')).toBe('(a): The total is 12.\nNext line');
    const i = c.text.indexOf('total');
    const { start, end } = toOriginal(c, i, i + 'total'.length);
    expect(raw.slice(start, end)).toBe('total');
  });
});

describe('cleanText output', () => {
  /** The text as cleaned line by line, the plain way: each line's debris out, debris lines emptied. */
  const lineByLine = (raw: string): string => raw.split('\n').map((line) => cleanText(line).text).join('\n');

  it('is its lines cleaned one by one, whether most lines pass unchanged or few do', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...DEBRIS, 'plain words\n', '\n\n')), { maxLength: 40 }).map((xs) => xs.join('')), (raw) => {
        expect(cleanText(raw).text).toBe(lineByLine(raw));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps unchanged lines around a changed one, and drops a blank line of spaces but not its line break', () => {
    const raw = 'first line\nsecond **bold** line\n   \nthird line\n';
    const c = cleanText(raw);
    expect(c.text).toBe('first line\nsecond bold line\n\nthird line\n');
    const at = c.text.indexOf('third');
    expect(raw.slice(toOriginal(c, at, at + 5).start, toOriginal(c, at, at + 5).end)).toBe('third');
  });
});

describe('eachLine', () => {
  it('gives the lines splitLines gives, offsets and all', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'bc', '\n', ' '), { maxLength: 30 }).map((xs) => xs.join('')), fc.nat(), fc.nat(), (text, x, y) => {
      const [from, to] = [Math.min(x, y) % (text.length + 1), Math.max(x, y) % (text.length + 1)].sort((a, b) => a - b) as [number, number];
      expect([...eachLine(text, from, to)]).toEqual(splitLines(text, from, to));
      for (const line of eachLine(text)) expect(text.slice(line.start, line.end)).toBe(line.text);
    }));
  });

  it('reads no further than the caller takes: the first line of a long text is found without the rest', () => {
    const lines = eachLine(`ANSWER\n${'x'.repeat(50)}\n`.repeat(3));
    expect(lines.next().value).toEqual({ start: 0, end: 6, text: 'ANSWER' });
    expect(lines.next().value).toEqual({ start: 7, end: 57, text: 'x'.repeat(50) });
  });
});
