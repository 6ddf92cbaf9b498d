import { describe, expect, it } from 'vitest';
import { deadlinesFor } from '../../../../shared/deadlines/deadlines-for.ts';
import type { DeadlineKind, TrackedDeadline } from '../../../../shared/deadlines/types.ts';
import { filing, rti } from './fixtures.ts';
import { englishTexts } from '../../../../shared/messages/texts.ts';
import type { Deadline } from '../../../../shared/deadlines/types.ts';

/** A deadline's working as the English interface and the CLI show it. */
const working = (d: Pick<Deadline, 'working'>): string => englishTexts().join(d.working, '; ');
const basis = (d: Pick<Deadline, 'basis'>): string => englishTexts().join(d.basis, '; ');

function pick(list: ReadonlyArray<TrackedDeadline>, kind: DeadlineKind): TrackedDeadline {
  const found = list.find((d) => d.kind === kind);
  if (!found) throw new Error(`no ${kind} in ${list.map((d) => d.kind).join(', ')}`);
  return found;
}

const filed = (date: string, extra: Record<string, string> = {}) => ({ status: 'filed' as const, date, ...extra });

describe('reply due (s.7(1)) and its modifiers', () => {
  it('counts 30 days from receipt, excluding the day of receipt', () => {
    // 3 Jan + 30 days: 28 days to 31 Jan, 2 more = 2 Feb 2026
    const list = deadlinesFor(rti([filed('2026-01-03')]), '2026-01-04');
    const reply = pick(list, 'reply-due');
    expect(reply.dueDate).toBe('2026-02-02');
    expect(basis(reply)).toBe('s.7(1)');
    expect(working(reply)).toBe('filed 03.01.2026 online, taken as received that day; + 30 days (s.7(1)) = 02.02.2026');
    expect(reply.confirmed).toBe(true);
    expect(reply.actor).toBe('public-authority');
    expect(reply.status).toBe('upcoming');
    expect(reply.daysLeft).toBe(29);
  });

  it('adds 5 days for an Assistant PIO (s.5(2))', () => {
    // 2 Feb + 5 = 7 Feb 2026
    const reply = pick(deadlinesFor(rti([filed('2026-01-03')], { viaApio: true }), '2026-01-04'), 'reply-due');
    expect(reply.dueDate).toBe('2026-02-07');
    expect(basis(reply)).toBe('s.7(1); s.5(2) proviso');
    expect(working(reply)).toContain('+ 5 days via an Assistant PIO (s.5(2) proviso) = 07.02.2026');
  });

  it('gives 40 days where a third party is involved (s.11)', () => {
    // 3 Jan + 28 = 31 Jan; + 12 = 12 Feb 2026
    const reply = pick(deadlinesFor(rti([filed('2026-01-03')], { thirdPartyInvolved: true }), '2026-01-04'), 'reply-due');
    expect(reply.dueDate).toBe('2026-02-12');
    expect(basis(reply)).toBe('s.11');
    expect(reply.confirmed).toBe(true);
  });

  it('marks the APIO + third-party combination as UNCONFIRMED', () => {
    // 3 Jan + 40 = 12 Feb; + 5 = 17 Feb 2026
    const reply = pick(deadlinesFor(rti([filed('2026-01-03')], { thirdPartyInvolved: true, viaApio: true }), '2026-01-04'), 'reply-due');
    expect(reply.dueDate).toBe('2026-02-17');
    expect(reply.confirmed).toBe(false);
    expect(working(reply)).toContain('UNCONFIRMED');
  });

  it('gives 48 hours for life or liberty (s.7(1) proviso), across a leap day', () => {
    // received 28 Feb 2028; 48 hours later is 1 Mar 2028 (29 Feb exists in 2028)
    const reply = pick(deadlinesFor(rti([filed('2028-02-28')], { lifeOrLiberty: true }), '2028-02-28'), 'reply-due');
    expect(reply.dueDate).toBe('2028-03-01');
    expect(basis(reply)).toBe('s.7(1) proviso');
    expect(reply.status).toBe('due-soon');
    // received 30 Jan 2026 + 2 days = 1 Feb 2026
    expect(pick(deadlinesFor(rti([filed('2026-01-30')], { lifeOrLiberty: true }), '2026-01-30'), 'reply-due').dueDate).toBe('2026-02-01');
  });

  it('lets life or liberty govern when third party is also marked, flagged UNCONFIRMED', () => {
    const reply = pick(deadlinesFor(rti([filed('2026-01-03')], { lifeOrLiberty: true, thirdPartyInvolved: true }), '2026-01-03'), 'reply-due');
    // 3 Jan + 2 = 5 Jan
    expect(reply.dueDate).toBe('2026-01-05');
    expect(reply.confirmed).toBe(false);
  });

  it('lands on 29 Feb in a leap year and 1 Mar otherwise', () => {
    // 30 Jan 2028 + 1 = 31 Jan; + 29 = 29 Feb 2028
    expect(pick(deadlinesFor(rti([filed('2028-01-30')]), '2028-01-30'), 'reply-due').dueDate).toBe('2028-02-29');
    // 30 Jan 2027 + 1 = 31 Jan; + 28 = 28 Feb; + 1 = 1 Mar 2027
    expect(pick(deadlinesFor(rti([filed('2027-01-30')]), '2027-01-30'), 'reply-due').dueDate).toBe('2027-03-01');
  });
});

describe('receipt by post (UNCONFIRMED allowance)', () => {
  it('assumes 5 days for delivery, across a year end, and says so', () => {
    // posted 28 Dec 2026 + 5 = 2 Jan 2027 received; + 30 = 1 Feb 2027 (2 Jan + 29 = 31 Jan, + 1)
    const reply = pick(deadlinesFor(rti([filed('2026-12-28')], { mode: 'post' }), '2026-12-29'), 'reply-due');
    expect(reply.dueDate).toBe('2027-02-01');
    expect(working(reply)).toContain('received 02.01.2027 (UNCONFIRMED allowance');
    expect(reply.confirmed).toBe(false);
    expect(basis(reply)).toBe('s.7(1)');
  });

  it('takes the allowance from the options', () => {
    // 28 Dec 2026 + 7 = 4 Jan 2027; + 30 = 3 Feb 2027
    const reply = pick(deadlinesFor(rti([filed('2026-12-28')], { mode: 'post' }), '2026-12-29', { postalDeliveryDays: 7 }), 'reply-due');
    expect(reply.dueDate).toBe('2027-02-03');
  });

  it('uses a recorded delivery date instead of the allowance', () => {
    // received 5 Jan 2027 + 30 = 4 Feb 2027
    const reply = pick(deadlinesFor(rti([filed('2026-12-28', { receivedOn: '2027-01-05' })], { mode: 'post' }), '2027-01-06'), 'reply-due');
    expect(reply.dueDate).toBe('2027-02-04');
    expect(reply.confirmed).toBe(true);
    expect(working(reply)).toBe('filed 28.12.2026, received 05.01.2027 (recorded); + 30 days (s.7(1)) = 04.02.2027');
  });

  it('takes delivery by hand as received that day', () => {
    expect(pick(deadlinesFor(rti([filed('2026-01-03')], { mode: 'by-hand' }), '2026-01-03'), 'reply-due').dueDate).toBe('2026-02-02');
  });
});

describe('fee pauses (s.7(3)(a))', () => {
  it('excludes a single pause', () => {
    // 2 Feb + (10 Jan → 25 Jan = 15 days) = 17 Feb 2026
    const reply = pick(deadlinesFor(rti([
      filed('2026-01-03'),
      { status: 'fee-demanded', date: '2026-01-10' },
      { status: 'fee-paid', date: '2026-01-25' },
    ]), '2026-01-26'), 'reply-due');
    expect(reply.dueDate).toBe('2026-02-17');
    expect(basis(reply)).toBe('s.7(1); s.7(3)(a)');
    expect(working(reply)).toContain('+ 15 days from the fee intimation of 10.01.2026 to payment on 25.01.2026, excluded (s.7(3)(a)) = 17.02.2026');
    expect(reply.status).toBe('upcoming');
  });

  it('excludes several pauses', () => {
    // pause 1: 10 Jan → 15 Jan = 5 days; pause 2: 20 Jan → 4 Feb = 11 (to 31 Jan) + 4 = 15 days
    // 2 Feb + 20 = 22 Feb 2026
    const list = deadlinesFor(rti([
      filed('2026-01-03'),
      { status: 'fee-demanded', date: '2026-01-10' },
      { status: 'fee-paid', date: '2026-01-15' },
      { status: 'fee-demanded', date: '2026-01-20' },
      { status: 'fee-paid', date: '2026-02-04' },
    ]), '2026-02-05');
    expect(pick(list, 'reply-due').dueDate).toBe('2026-02-22');
    // deemed refused the day after: 23 Feb; first appeal 30 days from the expiry: 22 Feb + 6 = 28 Feb, + 24 = 24 Mar
    expect(pick(list, 'deemed-refusal').dueDate).toBe('2026-02-23');
    expect(pick(list, 'first-appeal-due').dueDate).toBe('2026-03-24');
  });

  it('pauses the clock while a fee demand is unpaid, moving the date each day', () => {
    // open pause 10 Jan → today 20 Jan = 10 days; 2 Feb + 10 = 12 Feb
    const history = [filed('2026-01-03'), { status: 'fee-demanded' as const, date: '2026-01-10' }];
    const list = deadlinesFor(rti(history), '2026-01-20');
    const reply = pick(list, 'reply-due');
    expect(reply.dueDate).toBe('2026-02-12');
    expect(reply.status).toBe('paused');
    expect(pick(list, 'deemed-refusal').status).toBe('paused');
    expect(pick(list, 'first-appeal-due').status).toBe('paused');
    // a week later the date has moved a week: 19 Feb
    expect(pick(deadlinesFor(rti(history), '2026-01-27'), 'reply-due').dueDate).toBe('2026-02-19');
  });

  it('does not let a demand sent after the reply was due stop the clock', () => {
    const reply = pick(deadlinesFor(rti([
      filed('2026-01-03'),
      { status: 'fee-demanded', date: '2026-02-10' },
    ]), '2026-02-15'), 'reply-due');
    expect(reply.dueDate).toBe('2026-02-02');
    expect(reply.status).toBe('overdue');
    expect(working(reply)).toContain('s.7(6)');
  });
});

describe('transfer (s.6(3))', () => {
  it('checks the 5-day limit and restarts the clock on the transferee\'s receipt', () => {
    // transfer limit: 3 Jan + 5 = 8 Jan (transferred 6 Jan: met)
    // transferee received 9 Jan + 30 = 8 Feb 2026 (9 Jan + 22 = 31 Jan, + 8)
    const list = deadlinesFor(rti([filed('2026-01-03'), { status: 'transferred', date: '2026-01-06', receivedOn: '2026-01-09' }], { viaApio: true }), '2026-01-10');
    const transfer = pick(list, 'transfer-due');
    expect(transfer.dueDate).toBe('2026-01-08');
    expect(transfer.status).toBe('met');
    expect(basis(transfer)).toBe('s.6(3)');
    const reply = pick(list, 'reply-due');
    expect(reply.dueDate).toBe('2026-02-08');
    expect(reply.confirmed).toBe(false);
    expect(working(reply)).toContain('no APIO days after a transfer');
  });

  it('flags a late transfer and takes the transfer date as receipt when none is recorded', () => {
    // limit 8 Jan, transferred 12 Jan: missed; 12 Jan + 30 = 11 Feb
    const list = deadlinesFor(rti([filed('2026-01-03'), { status: 'transferred', date: '2026-01-12' }]), '2026-01-13');
    expect(pick(list, 'transfer-due').status).toBe('missed');
    expect(pick(list, 'reply-due').dueDate).toBe('2026-02-11');
  });

  it('only shows a transfer deadline once a transfer happened', () => {
    expect(deadlinesFor(rti([filed('2026-01-03')]), '2026-01-04').map((d) => d.kind)).toEqual(['reply-due', 'deemed-refusal', 'first-appeal-due']);
  });
});

describe('deemed refusal (s.7(2)) and status over time', () => {
  const plain = rti([filed('2026-01-03')]);

  it.each([
    // reply due 2 Feb: 8 days before is upcoming, 7 days before is due soon, the day itself due soon, the day after overdue
    ['2026-01-25', 'upcoming'],
    ['2026-01-26', 'due-soon'],
    ['2026-02-02', 'due-soon'],
    ['2026-02-03', 'overdue'],
  ] as const)('on %s the reply is %s', (today, status) => {
    expect(pick(deadlinesFor(plain, today), 'reply-due').status).toBe(status);
  });

  it('is the day after the reply period and happens once that day comes', () => {
    const deemed = pick(deadlinesFor(plain, '2026-02-03'), 'deemed-refusal');
    expect(deemed.dueDate).toBe('2026-02-03');
    expect(basis(deemed)).toBe('s.7(1); s.7(2)');
    expect(working(deemed)).toContain('last day for the decision 02.02.2026; none received, so deemed refused from 03.02.2026 (s.7(2))');
    expect(deemed.status).toBe('overdue');
    expect(pick(deadlinesFor(plain, '2026-02-02'), 'deemed-refusal').status).toBe('due-soon');
  });

  it('is averted by a decision in time and missed by a late one', () => {
    const inTime = deadlinesFor(rti([filed('2026-01-03'), { status: 'replied', date: '2026-02-02' }]), '2026-02-10');
    expect(pick(inTime, 'reply-due').status).toBe('met');
    expect(pick(inTime, 'deemed-refusal').status).toBe('met');
    const late = deadlinesFor(rti([filed('2026-01-03'), { status: 'deemed-refused', date: '2026-02-04' }, { status: 'replied', date: '2026-02-10' }]), '2026-02-11');
    expect(pick(late, 'reply-due').status).toBe('missed');
    expect(pick(late, 'reply-due').completedOn).toBe('2026-02-10');
    expect(pick(late, 'deemed-refusal').status).toBe('missed');
  });

  it('no longer applies once the filing is closed before the date', () => {
    const list = deadlinesFor(rti([filed('2026-01-03'), { status: 'closed', date: '2026-01-20' }]), '2026-03-01');
    expect(pick(list, 'reply-due').status).toBe('moot');
    expect(pick(list, 'first-appeal-due').status).toBe('moot');
  });
});

describe('appeals (s.19)', () => {
  it('gives 30 days from receipt of the decision for the first appeal', () => {
    // refused, received 20 Jan + 30 = 19 Feb 2026 (20 Jan + 11 = 31 Jan, + 19)
    const list = deadlinesFor(rti([filed('2026-01-03'), { status: 'refused', date: '2026-01-20' }]), '2026-01-21');
    const appeal = pick(list, 'first-appeal-due');
    expect(appeal.dueDate).toBe('2026-02-19');
    expect(basis(appeal)).toBe('s.19(1)');
    expect(appeal.actor).toBe('applicant');
    expect(working(appeal)).toBe('decision (refusal) received 20.01.2026; + 30 days (s.19(1)) = 19.02.2026');
    expect(pick(list, 'reply-due').status).toBe('met');
  });

  it('gives 30 days from the expiry of the reply period when there was no decision', () => {
    // reply due 2 Feb; + 30 = 4 Mar 2026 (2 Feb + 26 = 28 Feb, + 4)
    const appeal = pick(deadlinesFor(rti([filed('2026-01-03'), { status: 'deemed-refused', date: '2026-02-05' }]), '2026-02-06'), 'first-appeal-due');
    expect(appeal.dueDate).toBe('2026-03-04');
    expect(basis(appeal)).toBe('s.7(1); s.19(1)');
  });

  it('gives the appellate authority 30 days (45 at most) and the applicant 90 days more', () => {
    // first appeal 10 Feb online: order due 10 Feb + 30 = 12 Mar (10 Feb + 18 = 28 Feb, + 12); outer limit + 45 = 27 Mar
    // second appeal without an order: 12 Mar + 90 = 10 Jun (to 31 Mar 19, 30 Apr 49, 31 May 80, + 10)
    // if 45 days were taken: 27 Mar + 90 = 25 Jun (to 31 Mar 4, 30 Apr 34, 31 May 65, + 25)
    const history = [filed('2026-01-03'), { status: 'refused' as const, date: '2026-01-20' }, { status: 'first-appeal' as const, date: '2026-02-10' }];
    const list = deadlinesFor(rti(history), '2026-03-20');
    const order = pick(list, 'faa-decision-due');
    expect(order.dueDate).toBe('2026-03-12');
    expect(basis(order)).toBe('s.19(6)');
    expect(working(order)).toContain('27.03.2026 at the latest');
    expect(order.status).toBe('overdue');
    expect(order.actor).toBe('appellate-authority');
    const second = pick(list, 'second-appeal-due');
    expect(second.dueDate).toBe('2026-06-10');
    expect(basis(second)).toBe('s.19(6); s.19(3)');
    expect(working(second)).toContain('counting from 27.03.2026 gives 25.06.2026');
    expect(pick(list, 'first-appeal-due').status).toBe('met');
  });

  it('counts the second appeal from the order when there is one', () => {
    // order received 5 Mar + 90 = 3 Jun (to 31 Mar 26, 30 Apr 56, 31 May 87, + 3)
    const list = deadlinesFor(rti([
      filed('2026-01-03'),
      { status: 'refused', date: '2026-01-20' },
      { status: 'first-appeal', date: '2026-02-10' },
      { status: 'first-appellate-order', date: '2026-03-05' },
    ]), '2026-03-06');
    expect(pick(list, 'faa-decision-due').status).toBe('met');
    const second = pick(list, 'second-appeal-due');
    expect(second.dueDate).toBe('2026-06-03');
    expect(working(second)).toBe('first appellate order received 05.03.2026; + 90 days (s.19(3)) = 03.06.2026');
  });

  it('runs the same stage deadlines for a first appeal recorded as its own filing, by post', () => {
    // sent 10 Feb by post + 5 = received 15 Feb; + 30 = 17 Mar (15 Feb + 13 = 28 Feb, + 17)
    const appeal = filing({ kind: 'rti-first-appeal', mode: 'post' }, [{ status: 'filed', date: '2026-02-10' }]);
    const list = deadlinesFor(appeal, '2026-02-11');
    expect(list.map((d) => d.kind)).toEqual(['faa-decision-due', 'second-appeal-due']);
    expect(pick(list, 'faa-decision-due').dueDate).toBe('2026-03-17');
    expect(pick(list, 'faa-decision-due').confirmed).toBe(false);
  });

  it('gives second appeals and complaints no deadline (the docs set none for the Commission)', () => {
    expect(deadlinesFor(filing({ kind: 'rti-second-appeal' }, [{ status: 'filed', date: '2026-02-10' }]), '2026-03-01')).toEqual([]);
    expect(deadlinesFor(filing({ kind: 'rti-complaint' }, [{ status: 'filed', date: '2026-02-10' }]), '2026-03-01')).toEqual([]);
  });
});

describe('parliament', () => {
  it.each([
    // 30 Nov + 3 months: no 30 Feb, so the month's last day
    ['2026-11-30', '2027-02-28'],
    ['2027-11-30', '2028-02-29'],
    ['2026-01-15', '2026-04-15'],
    // 31 Oct 2026 + 3 months = 31 Jan 2027 (crosses the year end)
    ['2026-10-31', '2027-01-31'],
  ])('an assurance given on %s is due by %s (OAMS)', (given, due) => {
    const assurance = filing({ kind: 'assurance', dateOfAnswer: given, phrase: 'the matter is under examination' }, [{ status: 'filed', date: given }]);
    const [deadline] = deadlinesFor(assurance, given);
    expect(deadline?.dueDate).toBe(due);
    expect(deadline && basis(deadline)).toBe('OAMS (ii)');
    expect(deadline?.confirmed).toBe(true);
  });

  it('marks a fulfilled assurance met, and an unfulfilled one overdue', () => {
    const given = [{ status: 'filed' as const, date: '2026-01-15' }];
    expect(deadlinesFor(filing({ kind: 'assurance', dateOfAnswer: '2026-01-15' }, given), '2026-04-16')[0]?.status).toBe('overdue');
    expect(deadlinesFor(filing({ kind: 'assurance', dateOfAnswer: '2026-01-15' }, [...given, { status: 'replied', date: '2026-04-01' }]), '2026-04-16')[0]?.status).toBe('met');
  });

  it('expects a question\'s answer on the date it is listed for', () => {
    const notice = filing({ kind: 'question-notice', house: 'Lok Sabha', dateOfAnswer: '2026-02-05', noticeDate: '2026-01-15' }, [{ status: 'filed', date: '2026-01-15' }]);
    const [answer] = deadlinesFor(notice, '2026-02-01');
    expect(answer?.kind).toBe('answer-expected');
    expect(answer?.dueDate).toBe('2026-02-05');
    expect(answer?.status).toBe('due-soon');
    expect(deadlinesFor(filing({ kind: 'question-notice', dateOfAnswer: '2026-02-05' }), '2026-02-01')).toEqual([]);
  });
});

describe('roll-forward past closed days (UNCONFIRMED setting)', () => {
  it('is off by default and moves a Sunday due date to Monday when on', () => {
    // filed 2 Jan 2026 + 30 = 1 Feb 2026, a Sunday
    const plain = rti([filed('2026-01-02')]);
    expect(pick(deadlinesFor(plain, '2026-01-03'), 'reply-due').dueDate).toBe('2026-02-01');
    const rolled = pick(deadlinesFor(plain, '2026-01-03', { closedDays: { weekdays: [0], holidays: [] } }), 'reply-due');
    expect(rolled.dueDate).toBe('2026-02-02');
    expect(rolled.confirmed).toBe(false);
    expect(working(rolled)).toContain('01.02.2026 is a Sunday, when the office is closed: next open day 02.02.2026');
    // with Monday 2 Feb a holiday as well, it moves to Tuesday 3 Feb
    expect(pick(deadlinesFor(plain, '2026-01-03', { closedDays: { weekdays: [0], holidays: ['2026-02-02'] } }), 'reply-due').dueDate).toBe('2026-02-03');
  });
});

it('gives a draft no deadlines', () => {
  expect(deadlinesFor(rti([]), '2026-01-03')).toEqual([]);
});
