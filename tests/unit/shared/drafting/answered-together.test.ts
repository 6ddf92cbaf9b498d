import { describe, expect, it } from 'vitest';
import { headingAt, answeredTogether, labelRun } from '../../../../shared/drafting/answered-together.ts';
import { findGaps, gapPoint } from '../../../../shared/drafting/gaps.ts';
import { parseQuestion } from '../../../../shared/analysis/parse-question.ts';

const QUESTION = `LOK SABHA
UNSTARRED QUESTION NO. 824
TO BE ANSWERED ON 07.02.2025
COMPENSATION FOR HEALTHCARE WORKERS

Will the Minister of HEALTH AND FAMILY WELFARE be pleased to state:
(a) the number of healthcare workers who died during the Covid-19 period, State/UT-wise;
(b) whether the Government has proposed compensation to their families;
(c) if so, the details of compensation paid;
(d) whether the compensation payable is still pending; and
(e) if so, the steps taken for payment of the outstanding amount?`;
const REPLY = `ANSWER
(a): Such data is not maintained centrally.

**(b) to (e):** The Government launched an insurance scheme providing a cover of Rs 50 lakh to healthcare workers.
`;

describe('a part answered together with others', () => {
  it('is read off the reply\'s grouped heading, markdown and all', () => {
    expect(answeredTogether(REPLY, 'c')).toEqual(['b', 'c', 'd', 'e']);
    expect(answeredTogether(REPLY, 'a')).toBeNull();
    // The question's own single "(b)" line is no group.
    expect(answeredTogether(QUESTION, 'b')).toBeNull();
  });

  it('names a run of parts as a run, and others as a list', () => {
    expect(labelRun(['b', 'c', 'd', 'e'], (l) => `(${l})`, 'en')).toBe('(b) to (e)');
    expect(labelRun(['a', 'c'], (l) => `(${l})`, 'en')).toBe('(a) and (c)');
    expect(labelRun(['b', 'c', 'd'], (l) => `(${l})`, 'hi')).toBe('(b) से (d)');
  });

  it('gives a half-an-hour point that says what the joint answer leaves out, never that the answer "says nothing" on the part', () => {
    const question = parseQuestion(QUESTION, false).question;
    const gaps = findGaps({
      question,
      parts: [{ label: 'e', text: question.parts[4]?.text ?? '', status: 'unanswered', evidence: [] }],
      replyText: REPLY,
    });
    const gap = gaps.find((g) => g.forParts.includes('e'));
    expect(gap?.answeredTogether).toEqual(['b', 'c', 'd', 'e']);
    if (gap === undefined) throw new Error('no gap for (e)');
    expect(gapPoint(gap)).toMatch(/^The answer given to parts \(b\) to \(e\) together does not say /);
    expect(gapPoint(gap)).not.toMatch(/says nothing/);
    expect(gapPoint(gap, false, 'hi')).toMatch(/^भाग \(ख\) से \(ङ\) के संयुक्त उत्तर में यह नहीं बताया गया कि /);
    // A point on a part with no facet of its own names the part: two in one notice do not read alike (review 12).
    const plain = findGaps({ question, parts: [{ label: 'd', text: question.parts[3]?.text ?? '', status: 'unanswered', evidence: [] }], replyText: REPLY }).find((g) => g.forParts.includes('d'));
    if (plain === undefined) throw new Error('no gap for (d)');
    // And quotes what it asked, so the Hindi says what the English says (review 17, NHM 11).
    expect(gapPoint(plain, false, 'hi')).toContain('भाग (घ), अर्थात् “whether the compensation payable is still pending”, में माँगी गई सूचना क्या है');
  });
});

describe('a grouped heading run in after the minister\'s name (the Rajya Sabha CSV form)', () => {
  const RUN_IN = 'THE MINISTER OF STATE FOR AGRICULTURE (PROF. K.V. THOMAS) (a) to (d) No Sir. However, CBI has registered a case.';
  it('is read as the parts answered together', () => {
    expect(answeredTogether(RUN_IN, 'c')).toEqual(['a', 'b', 'c', 'd']);
  });
  it('is not read from a statement heading that names the parts after a word', () => {
    expect(answeredTogether('STATEMENT REFERRED TO IN REPLY TO PARTS (a) TO (d) OF RAJYA SABHA STARRED QUESTION NO. 396', 'c')).toBeNull();
  });
  it('needs a colon or a capital after a run-in group', () => {
    expect(answeredTogether('as stated. (a) to (c) whichever applies', 'b')).toBeNull();
    expect(answeredTogether('as stated. (a) to (c): whichever applies', 'b')).toEqual(['a', 'b', 'c']);
  });
});

describe('headingAt: the heading whose paragraph holds an offset', () => {
  const reply = '(a) & (b): Yes, Sir.\n\n(c): The details are given below.\n\n(f) & (g): Status of Human Resource is available in HDI 2022-23.';
  it('gives the heading\'s labels, single or joint, and null before the first', () => {
    expect(headingAt(reply, reply.indexOf('Yes'))).toEqual(['a', 'b']);
    expect(headingAt(reply, reply.indexOf('The details'))).toEqual(['c']);
    expect(headingAt(reply, reply.indexOf('HDI'))).toEqual(['f', 'g']);
    expect(headingAt('Preamble. (a): Yes.', 2)).toBeNull();
  });
});
