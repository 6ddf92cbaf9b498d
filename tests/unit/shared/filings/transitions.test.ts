import { describe, expect, it } from 'vitest';
import { FILING_STATUSES, FilingSchema, type Filing, type FilingKind, type FilingStatus } from '../../../../shared/domain/filing.ts';
import { currentStatus } from '../../../../shared/domain/filing-history.ts';
import { allowedTransitions, statusesFor, transition } from '../../../../shared/filings/transitions.ts';

/**
 * The expected machine, written out independently of the implementation: from → allowed next statuses.
 */
const EXPECTED: Record<FilingKind, Partial<Record<FilingStatus, ReadonlyArray<FilingStatus>>>> = {
  'rti-application': {
    draft: ['filed', 'closed'],
    filed: ['transferred', 'fee-demanded', 'replied', 'partly-replied', 'refused', 'deemed-refused', 'closed'],
    transferred: ['fee-demanded', 'replied', 'partly-replied', 'refused', 'deemed-refused', 'closed'],
    'fee-demanded': ['fee-paid', 'closed'],
    'fee-paid': ['fee-demanded', 'replied', 'partly-replied', 'refused', 'deemed-refused', 'closed'],
    replied: ['first-appeal', 'closed'],
    'partly-replied': ['replied', 'first-appeal', 'closed'],
    refused: ['first-appeal', 'closed'],
    'deemed-refused': ['replied', 'partly-replied', 'refused', 'first-appeal', 'closed'],
    'first-appeal': ['first-appellate-order', 'second-appeal', 'closed'],
    'first-appellate-order': ['replied', 'partly-replied', 'second-appeal', 'closed'],
    'second-appeal': ['decided', 'closed'],
    decided: ['replied', 'partly-replied', 'closed'],
    closed: [],
  },
  'rti-first-appeal': {
    draft: ['filed', 'closed'],
    filed: ['first-appellate-order', 'second-appeal', 'closed'],
    'first-appellate-order': ['second-appeal', 'closed'],
    'second-appeal': ['decided', 'closed'],
    decided: ['closed'],
    closed: [],
  },
  'rti-second-appeal': { draft: ['filed', 'closed'], filed: ['decided', 'closed'], decided: ['closed'], closed: [] },
  'rti-complaint': { draft: ['filed', 'closed'], filed: ['decided', 'closed'], decided: ['closed'], closed: [] },
  'question-notice': { draft: ['filed', 'closed'], filed: ['replied', 'refused', 'closed'], replied: ['closed'], refused: ['closed'], closed: [] },
  assurance: { draft: ['filed', 'closed'], filed: ['partly-replied', 'replied', 'closed'], 'partly-replied': ['replied', 'closed'], replied: ['closed'], closed: [] },
};

/** A filing whose last event is `status`, filed on 3 Jan 2026 and moved on 1 Jun 2026 (long after any reply period). */
function at(kind: FilingKind, status: FilingStatus): Filing {
  const history = status === 'draft' ? [] : status === 'filed' ? [{ status: 'filed', date: '2026-01-03' }] : [{ status: 'filed', date: '2026-01-03' }, { status, date: '2026-06-01' }];
  return FilingSchema.parse({ id: 'f1', kind, createdAt: '2026-01-01', history });
}

describe('the transition table', () => {
  for (const [kind, table] of Object.entries(EXPECTED) as Array<[FilingKind, Partial<Record<FilingStatus, ReadonlyArray<FilingStatus>>>]>) {
    for (const [from, allowed] of Object.entries(table) as Array<[FilingStatus, ReadonlyArray<FilingStatus>]>) {
      it(`${kind}: from ${from}`, () => {
        const filing = at(kind, from);
        expect(currentStatus(filing)).toBe(from);
        expect([...allowedTransitions(filing)].sort()).toEqual([...allowed].sort());
        for (const to of FILING_STATUSES) {
          const result = transition(filing, to, '2026-12-01', 'test');
          if (allowed.includes(to)) {
            expect(result.ok, `${from} → ${to}: ${result.ok ? '' : result.error.message}`).toBe(true);
            if (result.ok) {
              expect(currentStatus(result.value)).toBe(to);
              expect(result.value.history.at(-1)).toEqual({ status: to, date: '2026-12-01', note: 'test' });
              // the input is not mutated
              expect(filing.history.length).toBe(result.value.history.length - 1);
            }
          } else {
            expect(result.ok, `${from} → ${to} should be refused`).toBe(false);
            if (!result.ok) {
              expect(result.error.code).toBe('not-allowed');
              expect(result.error.message.length).toBeGreaterThan(20);
            }
          }
        }
      });
    }
  }

  it('lists the vocabulary of each kind', () => {
    expect(statusesFor('question-notice')).toEqual(['draft', 'filed', 'replied', 'refused', 'closed']);
    expect(statusesFor('rti-application')).toEqual([...FILING_STATUSES]);
  });
});

describe('refusals read as advice', () => {
  it.each([
    ['rti-application', 'draft', 'replied', 'A filing that is still a draft cannot be replied to; record it as filed first.'],
    ['rti-application', 'closed', 'replied', 'This RTI application is closed, so nothing more can be recorded on it; start a new filing instead.'],
    ['rti-application', 'filed', 'fee-paid', 'No further fee is pending, so a payment cannot be recorded; record the fee demand (s.7(3)) first.'],
    ['rti-application', 'fee-demanded', 'deemed-refused', 'The further fee demanded is unpaid, so the reply clock is stopped (s.7(3)(a)); record the payment first, or close the application if you will not pay.'],
    ['rti-application', 'filed', 'first-appeal', 'There is no decision to appeal yet: record the reply, or record the deemed refusal once the reply period has passed (s.7(2)), before the first appeal.'],
    ['rti-application', 'refused', 'second-appeal', 'A second appeal lies against the first appellate order or its absence (s.19(3)); record the first appeal first.'],
    ['rti-application', 'replied', 'first-appellate-order', 'No first appeal is pending; record the first appeal first.'],
    ['rti-application', 'first-appeal', 'decided', 'Only a matter before the Information Commission is decided; record the second appeal first.'],
    ['rti-application', 'filed', 'filed', 'The RTI application is already recorded as "Filed".'],
    ['rti-application', 'replied', 'transferred', 'A transfer under s.6(3) is made by the public authority that first receives the request, before it decides it.'],
    ['question-notice', 'filed', 'transferred', 'A question notice cannot be transferred.'],
    ['assurance', 'filed', 'first-appeal', 'An assurance cannot be taken to first appeal.'],
  ] as const)('%s %s → %s', (kind, from, to, message) => {
    const result = transition(at(kind, from), to, '2026-07-01');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual({ code: 'not-allowed', from, to, message });
  });
});

describe('dates', () => {
  const filed = at('rti-application', 'filed');

  it('refuses a date earlier than the last event', () => {
    const result = transition(filed, 'replied', '2026-01-02');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('out-of-order');
      expect(result.error.message).toBe('2 Jan 2026 is earlier than the last recorded event (Filed on 3 Jan 2026); record events in the order they happened.');
    }
  });

  it('accepts the same day as the last event', () => {
    expect(transition(filed, 'transferred', '2026-01-03').ok).toBe(true);
  });

  it('refuses dates that do not exist', () => {
    const result = transition(filed, 'replied', '2026-02-30');
    expect(result.ok ? null : result.error.code).toBe('invalid-date');
  });

  it('records a date of receipt and refuses one before the sending date', () => {
    const draft = at('rti-application', 'draft');
    const ok = transition(draft, 'filed', '2026-01-03', 'by speed post', { receivedOn: '2026-01-06' });
    expect(ok.ok && ok.value.history[0]).toEqual({ status: 'filed', date: '2026-01-03', note: 'by speed post', receivedOn: '2026-01-06' });
    const bad = transition(draft, 'filed', '2026-01-03', '', { receivedOn: '2026-01-02' });
    expect(bad.ok ? null : bad.error.code).toBe('invalid-date');
  });

  it('refuses a deemed refusal before the reply period has run out (s.7(2))', () => {
    // filed 3 Jan: reply due 2 Feb, deemed refused from 3 Feb
    const early = transition(filed, 'deemed-refused', '2026-02-02');
    expect(early.ok).toBe(false);
    if (!early.ok) {
      expect(early.error.code).toBe('too-early');
      expect(early.error.message).toContain('deemed refused only from 3 Feb 2026 (s.7(2))');
    }
    expect(transition(filed, 'deemed-refused', '2026-02-03').ok).toBe(true);
    // through an APIO the period is 5 days longer: 7 Feb due, 8 Feb deemed
    const apio = FilingSchema.parse({ ...filed, viaApio: true });
    expect(transition(apio, 'deemed-refused', '2026-02-07').ok).toBe(false);
    expect(transition(apio, 'deemed-refused', '2026-02-08').ok).toBe(true);
  });

  it('walks a whole journey', () => {
    let filing: Filing = at('rti-application', 'draft');
    const steps: Array<[FilingStatus, string]> = [
      ['filed', '2026-01-03'], ['fee-demanded', '2026-01-10'], ['fee-paid', '2026-01-15'], ['partly-replied', '2026-02-01'],
      ['first-appeal', '2026-02-10'], ['first-appellate-order', '2026-03-05'], ['second-appeal', '2026-04-01'], ['decided', '2026-09-01'],
      ['replied', '2026-10-01'], ['closed', '2026-10-02'],
    ];
    for (const [to, date] of steps) {
      const result = transition(filing, to, date);
      if (!result.ok) throw new Error(result.error.message);
      filing = result.value;
    }
    expect(filing.history.map((event) => event.status)).toEqual(steps.map(([status]) => status));
  });
});
