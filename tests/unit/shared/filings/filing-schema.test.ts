import { describe, expect, it } from 'vitest';
import { FilingSchema } from '../../../../shared/domain/filing.ts';
import { describeFiling } from '../../../../shared/domain/filing-labels.ts';

describe('FilingSchema', () => {
  it('still reads a version-1 placeholder filing, filling the defaults', () => {
    const parsed = FilingSchema.parse({ id: 'f1', kind: 'rti-application', createdAt: '2026-01-01T00:00:00Z' });
    expect(parsed).toEqual({
      id: 'f1', kind: 'rti-application', createdAt: '2026-01-01T00:00:00Z', title: '', history: [], notes: '',
      publicAuthority: '', government: 'central', state: '', mode: 'rti-online', registrationNumber: '',
      feePaidRupees: null, viaApio: false, lifeOrLiberty: false, thirdPartyInvolved: false,
    });
  });

  it('rejects unknown kinds, statuses and impossible dates', () => {
    expect(FilingSchema.safeParse({ id: 'f1', kind: 'letter', createdAt: 'x' }).success).toBe(false);
    expect(FilingSchema.safeParse({ id: 'f1', kind: 'assurance', createdAt: 'x', history: [{ status: 'lost', date: '2026-01-01' }] }).success).toBe(false);
    expect(FilingSchema.safeParse({ id: 'f1', kind: 'assurance', createdAt: 'x', dateOfAnswer: '2027-02-29' }).success).toBe(false);
  });

  it('names filings for lists', () => {
    expect(describeFiling(FilingSchema.parse({ id: 'a', kind: 'rti-application', createdAt: 'x', publicAuthority: 'MoHFW', registrationNumber: 'MOHFW/R/E/23/01234' }))).toBe('RTI application to MoHFW (MOHFW/R/E/23/01234)');
    expect(describeFiling(FilingSchema.parse({ id: 'b', kind: 'question-notice', createdAt: 'x', house: 'Rajya Sabha', questionNumber: '1862' }))).toBe('Question notice, Rajya Sabha Q. 1862');
    expect(describeFiling(FilingSchema.parse({ id: 'c', kind: 'assurance', createdAt: 'x', questionRef: 'USQ No. 1862 dated 10.12.2015' }))).toBe('Assurance in USQ No. 1862 dated 10.12.2015');
  });
});
