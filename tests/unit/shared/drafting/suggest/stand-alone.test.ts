import { describe, expect, it } from 'vitest';
import { standAlone } from '../../../../../shared/drafting/suggest/stand-alone.ts';
import { findGaps } from '../../../../../shared/drafting/gaps.ts';
import { parseQuestion } from '../../../../../shared/analysis/parse-question.ts';

const COVID = [
  'the number of Asha workers, other healthcare and frontline workers who died during the Covid-19 period, State/UT-wise;',
  'whether the Government has proposed compensation to provide relief to their families;',
  'if so, the details of compensation paid to these frontline workers;',
  'whether the compensation payable to them is still pending;',
];

describe('a part\'s words made to stand alone', () => {
  it('names the people "their", "them" and "these workers" point back to', () => {
    expect(standAlone(COVID[1] ?? '', COVID.slice(0, 1))).toBe('whether the Government has proposed compensation to provide relief to the families of the Asha workers, other healthcare and frontline workers who died during the Covid-19 period;');
    expect(standAlone(COVID[2] ?? '', COVID.slice(0, 2))).toBe('if so, the details of compensation paid to the Asha workers, other healthcare and frontline workers who died during the Covid-19 period;');
    // (c) is about compensation, not people: "them" in (d) still points to (a)'s workers.
    expect(standAlone(COVID[3] ?? '', COVID.slice(0, 3))).toBe('whether the compensation payable to the Asha workers, other healthcare and frontline workers who died during the Covid-19 period is still pending;');
  });

  it('names the scheme "the said scheme" points back to', () => {
    const earlier = ['the number of sub-centres upgraded under National Health Mission (NHM) during the last five years;', 'the doctors recruited under NHM;'];
    expect(standAlone('the States with the highest recruitment of staff under the said scheme;', earlier)).toBe('the States with the highest recruitment of staff under the National Health Mission (NHM);');
  });

  it('leaves the words as they are when nothing earlier names what they point to', () => {
    expect(standAlone('whether their accounts are audited;', ['the number of districts covered;'])).toBe('whether their accounts are audited;');
    expect(standAlone('the funds under the said scheme;', ['the funds released;'])).toBe('the funds under the said scheme;');
  });

  it('gives a follow-up notice part that stands alone, still asked though the earlier part it names was answered', () => {
    const q = parseQuestion(`LOK SABHA\nUNSTARRED QUESTION NO. 824\nTO BE ANSWERED ON 07.02.2025\nCOMPENSATION\n\nWill the Minister of HEALTH AND FAMILY WELFARE be pleased to state:\n(a) ${COVID[0]}\n(b) ${COVID[1]}\n(c) ${COVID[2]}`, false).question;
    const gaps = findGaps({ question: q, parts: [{ label: 'b', text: q.parts[1]?.text ?? '', status: 'unanswered', evidence: [] }], replyText: '(a): Such data is not maintained centrally.\n' });
    const parts = gaps.flatMap((g) => g.noticeParts);
    expect(parts.join(' ')).toContain('relief to the families of the Asha workers, other healthcare and frontline workers who died during the Covid-19 period');
    expect(parts.join(' ')).not.toMatch(/\btheir\b/);
  });
});
