import { describe, expect, it } from 'vitest';
import { mayAskAgain } from '../../../../shared/drafting/ask-again.ts';
import { findGaps } from '../../../../shared/drafting/gaps.ts';
import { lintQuestion } from '../../../../shared/lint/lint-question.ts';
import type { Question } from '../../../../shared/domain/question.ts';

const passage = [{ start: 0, end: 10, text: 'Extension.' }];

describe('mayAskAgain: a part neither answered nor refused (LS 41(2)(xiii), RS 47(xiv))', () => {
  it('allows a part the reply says nothing on: no passage, no heading names it', () => {
    expect(mayAskAgain({ label: 'c', status: 'unanswered', evidence: [] }, '(a) & (b): Yes, Sir.\n(d): No.')).toBe(true);
  });

  it('refuses a part the analyser alone calls unanswered when a heading names it or a passage was found', () => {
    expect(mayAskAgain({ label: 'c', status: 'unanswered', evidence: [] }, '(a) & (b): Yes, Sir.\n(c) to (e): Extension of the Mission was approved.')).toBe(false);
    expect(mayAskAgain({ label: 'c', status: 'unanswered', evidence: passage }, 'Extension. The Mission continues.')).toBe(false);
  });

  it('allows it when the user has read the reply and marked the part unanswered', () => {
    expect(mayAskAgain({ label: 'c', status: 'unanswered', evidence: passage, byUser: true }, '(c) to (e): Extension.')).toBe(true);
  });

  it('never allows a part answered, in part or in full, or refused', () => {
    for (const status of ['partial', 'answered', 'refused', 'deferred', 'not_applicable', null] as const) {
      expect(mayAskAgain({ label: 'c', status, evidence: [], byUser: true }, ''), String(status)).toBe(false);
    }
  });
});

describe('a notice on a part the reply answered under a grouped heading (review 16, NHM 08)', () => {
  const Q: Question = {
    house: 'Lok Sabha', kind: 'unstarred', number: '712', date: '2025-02-07', ministry: 'Health and Family Welfare',
    subject: 'Healthcare Infrastructure under NHM', askedBy: ['Shri A. B.'],
    parts: [
      { label: 'a', text: 'the details of targets set for the next five years under the Mission;' },
      { label: 'b', text: 'the details of States with the highest recruitment of staff under the said scheme?' },
    ],
  };
  const reply = '(a) & (b): Extension of the Mission has been given by the Union Cabinet for the period of FY 2021-26. Status of Human Resource is published annually.';
  const parts = findGaps({ question: Q, parts: [{ label: 'b', text: Q.parts[1]?.text ?? '', status: 'unanswered', evidence: [] }], replyText: reply }).flatMap((g) => g.noticeParts);

  it('asks for what the reply left out, naming the earlier question, not the part again', () => {
    expect(parts.join(' ')).toMatch(/beyond that given in reply to part \(b\) of Lok Sabha Unstarred Question No\. 712/);
    const lint = lintQuestion({ house: 'Lok Sabha', ministry: 'Health and Family Welfare', parts, earlier: [{ ref: 'Lok Sabha Unstarred Question No. 712', parts: Q.parts }] });
    expect(lint.map((f) => f.ruleId)).not.toContain('pq-repeat');
  });

  it('and the linter flags the part asked again word for word', () => {
    const lint = lintQuestion({ house: 'Lok Sabha', ministry: 'Health and Family Welfare', parts: ['the details of States with the highest recruitment of staff under the said scheme'], earlier: [{ ref: 'Lok Sabha Unstarred Question No. 712', parts: Q.parts }] });
    expect(lint.map((f) => f.ruleId)).toContain('pq-repeat');
  });
});
