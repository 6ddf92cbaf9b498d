import { describe, expect, it } from 'vitest';
import { dashboard } from '../../../../shared/filings/dashboard.ts';
import { filing } from './fixtures.ts';

const today = '2026-02-10';

describe('dashboard', () => {
  // Reply due 2 Feb: overdue on 10 Feb
  const overdue = filing({ id: 'overdue', kind: 'rti-application', publicAuthority: 'MoHFW' }, [{ status: 'filed', date: '2026-01-03' }]);
  // Reply due 14 Feb (filed 15 Jan + 30): due soon
  const soon = filing({ id: 'soon', kind: 'rti-application', publicAuthority: 'MeitY' }, [{ status: 'filed', date: '2026-01-15' }]);
  // Reply due 11 Mar (filed 9 Feb + 30): upcoming
  const later = filing({ id: 'later', kind: 'rti-application', publicAuthority: 'CERT-In' }, [{ status: 'filed', date: '2026-02-09' }]);
  // Paused by a fee demand
  const paused = filing({ id: 'paused', kind: 'rti-application' }, [{ status: 'filed', date: '2026-01-20' }, { status: 'fee-demanded', date: '2026-01-25' }]);
  const draft = filing({ id: 'draft', kind: 'question-notice' });
  const closed = filing({ id: 'closed', kind: 'rti-application' }, [{ status: 'filed', date: '2026-01-03' }, { status: 'closed', date: '2026-01-05' }]);

  it('sorts by urgency: overdue, due soon, paused, upcoming, then no deadline; closed left out', () => {
    const items = dashboard([
      { caseId: 'b', caseTitle: 'Second case', filings: [later, draft, closed] },
      { caseId: 'a', caseTitle: 'CoWIN breach', filings: [soon, overdue, paused] },
    ], today);
    expect(items.map((item) => [item.filingId, item.urgency])).toEqual([
      ['overdue', 'overdue'],
      ['soon', 'due-soon'],
      ['paused', 'paused'],
      ['later', 'upcoming'],
      ['draft', 'none'],
    ]);
    const first = items[0];
    expect(first?.caseTitle).toBe('CoWIN breach');
    expect(first?.filingTitle).toBe('RTI application to MoHFW');
    expect(first?.deadline?.kind).toBe('reply-due');
    expect(first?.nextAction?.kind).toBe('draft-first-appeal');
    expect(items[1]?.nextAction?.kind).toBe('record-reply');
    expect(items[4]?.nextAction?.kind).toBe('record-filed');
  });

  it('orders the overdue by how long overdue', () => {
    const older = filing({ id: 'older', kind: 'rti-application' }, [{ status: 'filed', date: '2025-12-01' }]);
    const items = dashboard([{ caseId: 'a', caseTitle: 'A', filings: [overdue, older] }], today);
    expect(items.map((item) => item.filingId)).toEqual(['older', 'overdue']);
  });

  it('shows a chain once: the filed first appeal stands in for its application', () => {
    const application = filing({ id: 'app', kind: 'rti-application' }, [{ status: 'filed', date: '2026-01-03' }, { status: 'refused', date: '2026-01-20' }]);
    const appeal = filing({ id: 'fa', kind: 'rti-first-appeal', applicationId: 'app' }, [{ status: 'filed', date: '2026-02-05' }]);
    const items = dashboard([{ caseId: 'a', caseTitle: 'A', filings: [application, appeal] }], today);
    expect(items.map((item) => item.filingId)).toEqual(['fa']);
    expect(items[0]?.deadline?.kind).toBe('faa-decision-due');
    // a draft appeal does not hide the application
    const draftAppeal = filing({ id: 'fa', kind: 'rti-first-appeal', applicationId: 'app' });
    expect(dashboard([{ caseId: 'a', caseTitle: 'A', filings: [application, draftAppeal] }], today).map((item) => item.filingId).sort()).toEqual(['app', 'fa']);
  });

  it('leads with the user\'s own limits, earliest first, not with the government\'s overdue reply', () => {
    // Refused on 20 Jan: the user's first appeal is due within 30 days (s.19(1)), by 19 Feb; nothing of the government's is pending.
    const refused = filing({ id: 'refused', kind: 'rti-application', publicAuthority: 'MeitY' }, [{ status: 'filed', date: '2026-01-03' }, { status: 'refused', date: '2026-01-20' }]);
    // `overdue`: the government's reply was due 2 Feb (overdue); the user's first appeal can wait to 4 Mar.
    const items = dashboard([{ caseId: 'a', caseTitle: 'A', filings: [overdue, refused] }], today);
    expect(items.map((i) => i.filingId)).toEqual(['refused', 'overdue']);
    expect(items[0]?.yourAction?.kind).toBe('draft-first-appeal');
    expect(items[0]?.yourAction?.dueDate).toBe('2026-02-19');
    expect(items[1]?.yourAction?.dueDate).toBe('2026-03-04');
  });
});
