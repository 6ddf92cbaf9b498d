import { describe, expect, it } from 'vitest';
import { lintNoticePeriod } from '../../../../shared/lint/lint-notice-period.ts';
import { findingSentence } from '../../../../shared/lint/finding-text.ts';
import type { Finding } from '../../../../shared/lint/finding.ts';
import { englishText } from '../../../../shared/messages/texts.ts';

/** A finding as the CLI prints it: "provision: what the rule says. What was found." */
const text = (f: Finding | undefined): string => (f ? findingSentence(englishText, f) : '');

describe('lintNoticePeriod', () => {
  it('accepts 15 clear days in the Lok Sabha: notice on 1 July, answer on 17 July (2..16 are clear)', () => {
    expect(lintNoticePeriod({ house: 'Lok Sabha', noticeDate: '2026-07-01', desiredDate: '2026-07-17' })).toEqual([]);
  });

  it('warns with the count at 14 clear days, naming the rule and its source', () => {
    const [f] = lintNoticePeriod({ house: 'Lok Sabha', noticeDate: '2026-07-01', desiredDate: '2026-07-16' });
    expect(f?.ruleId).toBe('pq-notice-period-ls');
    expect(f?.severity).toBe('warning');
    expect(text(f)).toContain('Only 14 clear days');
    expect(f?.source).toContain('parliament-procedure.md');
  });

  it('counts across month and year ends and a leap day', () => {
    // 20 Dec 2027 -> 5 Jan 2028: 11 + 5 = 16 days on, 15 clear.
    expect(lintNoticePeriod({ house: 'Lok Sabha', noticeDate: '2027-12-20', desiredDate: '2028-01-05' })).toEqual([]);
    // 14 Feb -> 1 Mar: 16 days on in 2028 (29 Feb), only 15 in 2027.
    expect(lintNoticePeriod({ house: 'Lok Sabha', noticeDate: '2028-02-14', desiredDate: '2028-03-01' })).toEqual([]);
    expect(lintNoticePeriod({ house: 'Lok Sabha', noticeDate: '2027-02-14', desiredDate: '2027-03-01' })).toHaveLength(1);
    expect(lintNoticePeriod({ house: 'Lok Sabha', noticeDate: '2027-02-14', desiredDate: '2027-03-02' })).toEqual([]);
  });

  it('flags an answer date on or before the notice as an error', () => {
    expect(lintNoticePeriod({ house: 'Rajya Sabha', noticeDate: '2026-07-10', desiredDate: '2026-07-10' })[0]?.severity).toBe('error');
  });

  it('marks the Rajya Sabha figure as unconfirmed', () => {
    expect(lintNoticePeriod({ house: 'Rajya Sabha', noticeDate: '2026-07-01', desiredDate: '2026-07-05' })[0]?.confirmed).toBe(false);
  });

  it('judges dates typed as 15.12.2026 or 15/12/2026, not only ISO (it used to skip them silently)', () => {
    for (const desired of ['15.12.2026', '15/12/2026', '2026-12-15']) {
      const [f] = lintNoticePeriod({ house: 'Lok Sabha', noticeDate: '01.12.2026', desiredDate: desired });
      expect(f?.ruleId, desired).toBe('pq-notice-period-ls');
      expect(text(f)).toContain('Only 13 clear days');
    }
    expect(lintNoticePeriod({ house: 'Lok Sabha', noticeDate: '1/12/2026', desiredDate: '17.12.2026' })).toEqual([]);
  });

  it('does not judge dates it cannot read', () => {
    expect(lintNoticePeriod({ house: 'Lok Sabha', noticeDate: '2026-07-01', desiredDate: '[a sitting day of the next session]' })).toEqual([]);
    expect(lintNoticePeriod({ house: 'Lok Sabha', noticeDate: '', desiredDate: '' })).toEqual([]);
    expect(lintNoticePeriod({ house: 'Lok Sabha', noticeDate: '01.12.2026', desiredDate: '31.02.2027' })).toEqual([]);
  });
});
