import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, toOriginal } from '../../../../shared/analysis/clean-text.ts';

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
