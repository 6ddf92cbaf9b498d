import type { CitedFact, Severity } from './fact.ts';

/**
 * How much notice a question needs before the date its answer is wanted.
 *
 * Lok Sabha: the member instructions on the Lok Sabha website say "a minimum of 15 clear days'
 * notice of a question" (the older Rule 33 text said ten to twenty-one); the Speaker can relax it.
 * Rajya Sabha: the member-side minimum is UNCONFIRMED in the docs, so the value is a setting-like
 * default that the UI marks as unconfirmed (`parliament-procedure.md` §1.2, §2, linter table rows 21–22).
 */
export type NoticePeriodRule = CitedFact & {
  readonly house: 'Lok Sabha' | 'Rajya Sabha';
  /** Clear days: neither the day the notice is given nor the day of answer counts. */
  readonly clearDays: number;
  readonly severity: Severity;
};

export const NOTICE_PERIODS: ReadonlyArray<NoticePeriodRule> = [
  {
    id: 'pq-notice-period-ls',
    house: 'Lok Sabha',
    clearDays: 15,
    severity: 'warning',
    cite: { key: 'cite.noticeLs', params: { days: 15, rule: '33' } },
    source: 'http://164.100.47.194/Loksabha/Questions/StarredAndUnstarredQuestions.aspx ; parliament-procedure.md §1.2',
    confirmed: true,
  },
  {
    id: 'pq-notice-period-rs',
    house: 'Rajya Sabha',
    clearDays: 15,
    severity: 'info',
    cite: { key: 'cite.noticeRs', params: {} },
    source: 'parliament-procedure.md §2 ("Notice period (RS)": UNCONFIRMED) and linter table row 22',
    confirmed: false,
  },
];
