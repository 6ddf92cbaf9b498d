import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../../shared/analysis/clean-text.ts';
import { parseReply } from '../../../../shared/analysis/parse-reply.ts';

function segments(reply: string, labels: string[]): { labels: readonly string[]; text: string }[] {
  const c = cleanText(reply);
  return parseReply(c.text, 0, c.text.length, labels).segments.map((s) => ({ labels: s.labels, text: c.text.slice(s.start, s.end).trim() }));
}

describe('reply parsing', () => {
  it('splits lettered and grouped answers, including "(a) to (c) and (e):"', () => {
    const got = segments('THE MINISTER OF STATE (SHRI A B)\n\n(a) to (c) and (e): One.\n\n(d): Two.\n', ['a', 'b', 'c', 'd', 'e']);
    expect(got).toEqual([{ labels: ['a', 'b', 'c', 'e'], text: 'One.' }, { labels: ['d'], text: 'Two.' }]);
  });

  it('does not take a label twice', () => {
    const got = segments('(a): One, as said in reply to\n(a) above.\n(b): Two.', ['a', 'b']);
    expect(got.map((s) => s.labels)).toEqual([['a'], ['b']]);
  });

  it('reads inline answers after a sentence end', () => {
    expect(segments('MINISTER OF LAW (Dr. X Y) (a) No, Sir. (b) to (d) Does not arise.', ['a', 'b', 'c', 'd'])).toEqual([
      { labels: ['a'], text: 'No, Sir.' },
      { labels: ['b', 'c', 'd'], text: 'Does not arise.' },
    ]);
  });

  it('follows "A Statement is laid on the Table" to the statement and its own letters', () => {
    const reply = `MINISTER OF TEXTILES
(SHRI P G)

(a) to (c):- A statement is laid on the Table of the House.
STATEMENT REFERRED TO IN REPLY TO PARTS (a) TO (c) OF THE LOK SABHA
STARRED QUESTION NO. *351 TO BE ANSWERED ON 22.12.2021

(a) & (b): Based on returns, 2009 mills.

(c): There is no such proposal.
                                   Annexure-I
State   District   Mills
Gujarat Surat 1
`;
    expect(segments(reply, ['a', 'b', 'c'])).toEqual([
      { labels: ['a', 'b'], text: 'Based on returns, 2009 mills.' },
      { labels: ['c'], text: 'There is no such proposal.' },
    ]);
  });

  it('treats an unlettered reply as answering every part', () => {
    expect(segments('(SHRI A B)\nThe scheme covers all districts.', ['a', 'b'])).toEqual([
      { labels: ['a', 'b'], text: 'The scheme covers all districts.' },
    ]);
  });

  it('ignores list items and letters the question does not have', () => {
    const got = segments('(a) and (b): Projects:\n(i) 14 new lines.\n(ii) 6 doublings.\n(c): Done.', ['a', 'b', 'c']);
    expect(got.map((s) => s.labels)).toEqual([['a', 'b'], ['c']]);
  });

  it('reports a promised statement that is missing', () => {
    const c = cleanText('(a) to (c): A Statement is laid on the Table of the House.\n');
    const r = parseReply(c.text, 0, c.text.length, ['a', 'b', 'c']);
    expect(r.statementPromised).toBe(true);
    expect(r.statementFound).toBe(false);
    expect(r.segments).toEqual([]);
  });
});
