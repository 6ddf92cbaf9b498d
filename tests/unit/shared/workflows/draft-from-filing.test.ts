import { fieldValue } from '../../../../shared/domain/draft.ts';
import { describe, expect, it } from 'vitest';
import { draftFromFiling, existingDraftFor, isDraftAction } from '../../../../shared/workflows/draft-from-filing.ts';
import { exampleCase } from '../../../../electron/services/example-case.ts';
import { FilingSchema, type Filing } from '../../../../shared/domain/filing.ts';
import type { Case } from '../../../../shared/domain/case.ts';
import { EMPTY_PROFILE } from '../../../../shared/domain/profile.ts';
import { missingFields } from '../../../../templates/documents/index.ts';

const NOW = '2026-03-01T06:00:00.000Z';
const opts = { now: NOW, id: 'draft-x', profile: EMPTY_PROFILE };

function filing(value: Record<string, unknown>): Filing {
  return FilingSchema.parse({ createdAt: NOW, ...value });
}

/** The CoWIN example with these filings recorded. */
function cowinWith(filings: ReadonlyArray<Filing>): Case {
  return { ...exampleCase(NOW), filings: [...filings] };
}

const DEEMED = filing({
  id: 'app-a', kind: 'rti-application', publicAuthority: 'Ministry of Electronics and Information Technology', registrationNumber: 'MOEIT/R/E/25/00123',
  history: [{ status: 'filed', date: '2025-01-06' }, { status: 'deemed-refused', date: '2025-02-06' }],
});
// A later application in the same case: `newDraft` alone would take its facts (the latest of the kind).
const REFUSED = filing({
  id: 'app-b', kind: 'rti-application', publicAuthority: 'CERT-In', government: 'state', state: 'Maharashtra', registrationNumber: 'CERTIN/R/E/25/00777',
  history: [{ status: 'filed', date: '2025-03-01' }, { status: 'refused', date: '2025-03-20', note: 'Denied under s.8(1)(h)' }],
});

describe('draftFromFiling', () => {
  it('drafts the first appeal from the chosen application, not the latest one in the case', () => {
    const c = cowinWith([DEEMED, REFUSED]);
    const draft = draftFromFiling(c, DEEMED, 'draft-first-appeal', opts);
    expect(draft?.kind).toBe('rti-first-appeal');
    expect(draft?.id).toBe('draft-x');
    expect(draft?.fields).toMatchObject({
      publicAuthority: 'Ministry of Electronics and Information Technology',
      applicationDate: '2025-01-06',
      applicationRef: 'MOEIT/R/E/25/00123',
      ground: 'no-reply',
    });
    expect((draft && fieldValue(draft, 'replyDate'))).toBeUndefined();
    expect((draft && fieldValue(draft, 'state'))).toBeUndefined();
    // The open points of the case's question carry over as the information still sought.
    expect(draft?.points.length).toBeGreaterThan(0);

    const other = draftFromFiling(c, REFUSED, 'draft-first-appeal', opts);
    expect(other?.fields).toMatchObject({
      publicAuthority: 'CERT-In', applicationDate: '2025-03-01', applicationRef: 'CERTIN/R/E/25/00777',
      ground: 'exemption-8-1-h', replyDate: '2025-03-20', state: 'Maharashtra',
    });
  });

  it('drafts the second appeal from a first appeal filing, with its linked application\'s facts', () => {
    const appeal = filing({
      id: 'fa', kind: 'rti-first-appeal', applicationId: 'app-a', appellateAuthority: 'Joint Secretary',
      history: [{ status: 'filed', date: '2025-02-20' }, { status: 'first-appellate-order', date: '2025-03-25' }],
    });
    const draft = draftFromFiling(cowinWith([DEEMED, REFUSED, appeal]), appeal, 'draft-second-appeal', opts);
    expect(draft?.kind).toBe('rti-second-appeal');
    expect(draft?.fields).toMatchObject({ applicationRef: 'MOEIT/R/E/25/00123', applicationDate: '2025-01-06', firstAppealDate: '2025-02-20', faaOrderDate: '2025-03-25' });
  });

  it('drafts a follow-up question on a lapsed assurance, asking what OAMS says should have happened', () => {
    const assurance = filing({
      id: 'as', kind: 'assurance', phrase: 'the matter is under examination', house: 'Rajya Sabha', dateOfAnswer: '2023-07-21',
      questionRef: 'Rajya Sabha Unstarred Question No. 1432 answered on 21.07.2023', history: [{ status: 'filed', date: '2023-07-21' }],
    });
    const draft = draftFromFiling(cowinWith([assurance]), assurance, 'draft-follow-up-question', opts);
    expect(draft?.kind).toBe('pq-notice');
    expect((draft && fieldValue(draft, 'house'))).toBe('Rajya Sabha');
    expect(draft?.title).toContain('Unstarred Question No. 1432');
    expect(draft?.points[0]).toContain('on 21.07.2023 that "the matter is under examination" has been fulfilled');
    expect(draft?.points.join(' ')).toContain('Committee on Government Assurances');
    // What the user still has to supply before export: the Member and the date desired, not the facts.
    if (!draft) throw new Error('no draft');
    expect(missingFields(draft).map((m) => m.key).sort()).toEqual(['desiredDate', 'memberName']);
  });

  it('finds the draft an action made from the same filing, so it is opened and not made twice', () => {
    const c = cowinWith([DEEMED, REFUSED]);
    const made = draftFromFiling(c, DEEMED, 'draft-first-appeal', opts);
    if (made === null) throw new Error('draft');
    expect(made.fromFilingId).toBe('app-a');
    const withDraft = { ...c, drafts: [...c.drafts, made] };
    expect(existingDraftFor(withDraft, DEEMED, 'draft-first-appeal')?.id).toBe('draft-x');
    // Another filing, or another action on this one, is a different draft.
    expect(existingDraftFor(withDraft, REFUSED, 'draft-first-appeal')).toBeNull();
    expect(existingDraftFor(withDraft, DEEMED, 'draft-second-appeal')).toBeNull();
  });

  it('makes nothing for an action that does not fit the filing', () => {
    const c = cowinWith([DEEMED]);
    expect(draftFromFiling(c, DEEMED, 'draft-follow-up-question', opts)).toBeNull();
    const notice = filing({ id: 'qn', kind: 'question-notice' });
    expect(draftFromFiling(c, notice, 'draft-first-appeal', opts)).toBeNull();
  });

  it('knows which next actions are drafting steps', () => {
    expect(isDraftAction('draft-first-appeal')).toBe(true);
    expect(isDraftAction('record-reply')).toBe(false);
  });
});

