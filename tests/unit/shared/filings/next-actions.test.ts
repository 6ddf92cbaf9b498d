import { describe, expect, it } from 'vitest';
import { nextActions } from '../../../../shared/filings/next-actions.ts';
import { allowedTransitions } from '../../../../shared/filings/transitions.ts';
import { filing, rti } from './fixtures.ts';
import { englishText, englishTexts } from '../../../../shared/messages/texts.ts';

const kinds = (list: ReturnType<typeof nextActions>) => list.map((action) => action.kind);

describe('nextActions', () => {
  it('asks to record the filing of a draft', () => {
    expect(kinds(nextActions(rti([]), '2026-01-03'))).toEqual(['record-filed', 'close']);
  });

  it('waits for the reply while the period runs, with its due date', () => {
    const [first] = nextActions(rti([{ status: 'filed', date: '2026-01-03' }]), '2026-01-10');
    expect(first).toMatchObject({ kind: 'record-reply', transitionTo: 'replied', dueDate: '2026-02-02' });
    expect(first && englishText(first.label)).toBe('Record the reply when it comes');
    expect(first && englishTexts().join(first.basis ?? [], '; ')).toBe('s.7(1)');
  });

  it('puts the first appeal first once the reply is overdue', () => {
    // reply due 2 Feb; on 3 Feb the first appeal window runs to 4 Mar
    const list = nextActions(rti([{ status: 'filed', date: '2026-01-03' }]), '2026-02-03');
    expect(kinds(list).slice(0, 3)).toEqual(['draft-first-appeal', 'record-deemed-refusal', 'record-reply']);
    expect(list[0]?.dueDate).toBe('2026-03-04');
  });

  it('asks for the fee payment while the clock is paused', () => {
    const list = nextActions(rti([{ status: 'filed', date: '2026-01-03' }, { status: 'fee-demanded', date: '2026-01-10' }]), '2026-01-12');
    expect(kinds(list)).toEqual(['record-fee-payment', 'draft-complaint', 'close']);
  });

  it('moves to the second appeal when the appellate authority is late', () => {
    const history = [
      { status: 'filed' as const, date: '2026-01-03' },
      { status: 'refused' as const, date: '2026-01-20' },
      { status: 'first-appeal' as const, date: '2026-02-10' },
    ];
    expect(kinds(nextActions(rti(history), '2026-03-01'))[0]).toBe('record-appellate-order');
    const late = nextActions(rti(history), '2026-03-13');
    expect(late[0]).toMatchObject({ kind: 'draft-second-appeal', dueDate: '2026-06-10' });
    expect(englishTexts().join(late[0]?.basis ?? [], '; ')).toBe('s.19(6); s.19(3)');
  });

  it('follows up an assurance whose three months have run out', () => {
    const assurance = filing({ kind: 'assurance', dateOfAnswer: '2026-01-15' }, [{ status: 'filed', date: '2026-01-15' }]);
    expect(kinds(nextActions(assurance, '2026-03-01'))[0]).toBe('record-fulfilment');
    expect(nextActions(assurance, '2026-04-16')[0]).toMatchObject({ kind: 'draft-follow-up-question', dueDate: '2026-04-15' });
  });

  it('offers a follow-up question after an answer', () => {
    const notice = filing({ kind: 'question-notice', dateOfAnswer: '2026-02-05' }, [{ status: 'filed', date: '2026-01-15' }, { status: 'replied', date: '2026-02-05' }]);
    expect(kinds(nextActions(notice, '2026-02-06'))).toEqual(['draft-follow-up-question', 'close']);
  });

  it('offers nothing on a closed filing and only transitions the machine allows', () => {
    expect(nextActions(rti([{ status: 'filed', date: '2026-01-03' }, { status: 'closed', date: '2026-01-04' }]), '2026-02-01')).toEqual([]);
    const appeal = filing({ kind: 'rti-first-appeal' }, [{ status: 'filed', date: '2026-02-10' }, { status: 'first-appellate-order', date: '2026-03-01' }, { status: 'second-appeal', date: '2026-03-10' }, { status: 'decided', date: '2026-08-01' }]);
    const list = nextActions(appeal, '2026-08-02');
    expect(kinds(list)).toEqual(['close']);
    for (const action of list) if (action.transitionTo) expect(allowedTransitions(appeal)).toContain(action.transitionTo);
  });
});
