import { describe, expect, it } from 'vitest';
import { exampleCase } from '../../../../electron/services/example-case.ts';
import { EMPTY_PROFILE } from '../../../../shared/domain/profile.ts';
import { filingFromDraft, isFiledKind } from '../../../../shared/workflows/filing-from-draft.ts';
import { newDraft } from '../../../../shared/workflows/new-draft.ts';
import { DRAFT_KINDS, withSomeFields } from '../../../../shared/domain/draft.ts';

const NOW = '2026-12-04T06:00:00.000Z';
const c = exampleCase(NOW);
const parts = c.question?.parts.map((p) => p.label) ?? [];

describe('filingFromDraft', () => {
  it('records an RTI application with the draft\'s authority, mode and fee', () => {
    const draft = withSomeFields(newDraft('rti-application', c, { parts, language: 'en', profile: EMPTY_PROFILE, now: NOW, id: 'd1' }), { filingMode: 'rti-online', feeMode: 'ipo' });
    const filing = filingFromDraft(c, draft, { id: 'f1', now: NOW });
    expect(filing).toMatchObject({ kind: 'rti-application', id: 'f1', mode: 'rti-online', government: 'central', feePaidRupees: 10, history: [] });
    if (filing?.kind !== 'rti-application') throw new Error('kind');
    expect(filing.publicAuthority).toBe(draft.fields.publicAuthority);
    expect(filing.publicAuthority.length).toBeGreaterThan(0);
  });

  it('a BPL applicant pays nothing (s.7(5)); a posted application is recorded as posted', () => {
    const draft = withSomeFields(newDraft('rti-application', c, { parts, language: 'en', profile: EMPTY_PROFILE, now: NOW, id: 'd2' }), { feeMode: 'bpl', filingMode: undefined });
    expect(filingFromDraft(c, draft, { id: 'f2', now: NOW })).toMatchObject({ mode: 'post', feePaidRupees: 0 });
  });

  it('records a question notice with its House, ministry and date, and nothing for a list of dates', () => {
    const notice = withSomeFields(newDraft('pq-notice', c, { parts, language: 'en', profile: EMPTY_PROFILE, now: NOW, id: 'd3' }), { house: 'Rajya Sabha', date: '05.12.2026' });
    expect(filingFromDraft(c, notice, { id: 'f3', now: NOW })).toMatchObject({ kind: 'question-notice', house: 'Rajya Sabha', noticeDate: '2026-12-05' });
    const dates = newDraft('list-of-dates', c, { parts, language: 'en', profile: EMPTY_PROFILE, now: NOW, id: 'd4' });
    expect(filingFromDraft(c, dates, { id: 'f4', now: NOW })).toBeNull();
    // The form offers exactly the drafts that make a filing.
    for (const kind of DRAFT_KINDS) {
      const made = filingFromDraft(c, newDraft(kind, c, { parts, language: 'en', profile: EMPTY_PROFILE, now: NOW, id: `k-${kind}` }), { id: 'f', now: NOW });
      expect(made !== null).toBe(isFiledKind(kind));
    }
  });
});
