import { addDays, daysBetween, type IsoDate } from '../lib/dates/index.ts';
import type { FirstAppealFiling, FilingMode, FilingStatus, RtiApplicationFiling, StatusEvent } from '../domain/filing.ts';
import { periodDays } from '../../templates/deadlines/deadline-rules.ts';
import { receiptOf } from './receipt.ts';
import { addPeriod, note, on, settle, startAt, toDeadline, type Reckoning } from './reckoning.ts';
import { msg, type Message } from '../messages/message.ts';
import { findFrom, progressFrom, track } from './track.ts';
import type { DeadlineOptions, TrackedDeadline } from './types.ts';

/** Events that are a decision on the request under s.7(1) (a supply, a part supply or a rejection). */
export const DECISION_STATUSES = ['replied', 'partly-replied', 'refused'] as const satisfies ReadonlyArray<FilingStatus>;

export type ReplyClock = {
  /** The reply due date and how it was reached. */
  readonly reply: Reckoning;
  /** Index in the history of the event that started the clock (`filed`, or `transferred`). */
  readonly startIndex: number;
  /** An unpaid fee demand is stopping the clock (s.7(3)(a)). */
  readonly paused: boolean;
  /** The s.6(3) five-day limit and the day of transfer, if the request was transferred. */
  readonly transfer: { readonly limit: Reckoning; readonly on: IsoDate } | null;
};

/**
 * The s.7(1) reply clock of an RTI application, or null while it is a draft.
 *
 * 30 days from receipt (s.7(1)); 48 hours for life or liberty (proviso); 40 days with a third
 * party (s.11); + 5 days through an Assistant PIO (s.5(2) proviso). After a transfer (s.6(3)) the
 * clock restarts on the transferee's receipt. Each further-fee pause is added on (s.7(3)(a)).
 */
export function replyClock(filing: RtiApplicationFiling, today: IsoDate, options: DeadlineOptions): ReplyClock | null {
  const history = filing.history;
  const filed = findFrom(history, 0, ['filed']);
  if (!filed) return null;
  const receipt = receiptOf(filed.event, filing.mode, msg('deadline.verb.filed'), options);

  const transferred = findFrom(history, filed.index + 1, ['transferred']);
  let start = receipt;
  let transfer: ReplyClock['transfer'] = null;
  if (transferred) {
    const days = periodDays('transfer');
    transfer = { limit: settle(addPeriod(receipt, days, msg('deadline.period.transfer', { count: days }), 'transfer'), options), on: transferred.event.date };
    const got = transferred.event.receivedOn ?? transferred.event.date;
    const how = transferred.event.receivedOn !== undefined
      ? msg('deadline.transfereeReceived', { date: on(got) })
      : msg('deadline.transfereeAssumed');
    start = startAt(got, msg('deadline.transferred', { date: on(transferred.event.date), how }));
  }
  const startIndex = transferred ? transferred.index : filed.index;

  const apio = filing.viaApio && !transferred;
  let r: Reckoning;
  if (filing.lifeOrLiberty) r = addPeriod(start, periodDays('lifeOrLiberty'), msg('deadline.period.lifeOrLiberty'), 'lifeOrLiberty');
  else if (filing.thirdPartyInvolved) r = addPeriod(start, periodDays('thirdParty'), msg('deadline.period.thirdParty', { count: periodDays('thirdParty') }), 'thirdParty');
  else if (transferred) r = addPeriod(start, periodDays('transfereeReply'), msg('deadline.period.transferee', { count: periodDays('transfereeReply') }), 'transfereeReply');
  else r = addPeriod(start, periodDays('reply'), msg('deadline.period.days', { count: periodDays('reply') }), 'reply');
  if (transferred && (filing.lifeOrLiberty || filing.thirdPartyInvolved)) r = note(r, msg('deadline.countedFromTransferee'), 'transfereeReply');
  if (apio) r = addPeriod(r, periodDays('apio'), msg('deadline.period.apio', { count: periodDays('apio') }), 'apio');
  if (filing.lifeOrLiberty && filing.thirdPartyInvolved) {
    r = note(r, msg('deadline.bothPeriods'), 'combinedPeriods');
  } else if (apio && (filing.lifeOrLiberty || filing.thirdPartyInvolved)) {
    r = note(r, msg('deadline.apioAddedToo'), 'combinedPeriods');
  }
  if (transferred && filing.viaApio) r = note(r, msg('deadline.noApioAfterTransfer'));

  let paused = false;
  for (let index = startIndex + 1; index < history.length; index += 1) {
    const event = history[index];
    if (!event || event.status !== 'fee-demanded') {
      if (event && event.status !== 'fee-paid') break;
      continue;
    }
    if (daysBetween(event.date, r.date) < 0) {
      r = note(r, msg('deadline.feeTooLate', { date: on(event.date) }));
      continue;
    }
    const next = history[index + 1];
    if (next?.status === 'fee-paid') {
      const days = daysBetween(event.date, next.date);
      r = addPeriod(r, days, msg('deadline.period.feePaid', { count: days, from: on(event.date), to: on(next.date) }), 'feePause');
    } else if (next === undefined) {
      const days = Math.max(0, daysBetween(event.date, today));
      r = addPeriod(r, days, msg('deadline.period.feeUnpaid', { count: days, from: on(event.date), today: on(today) }), 'feePause');
      paused = true;
    }
  }
  return { reply: settle(r, options), startIndex, paused, transfer };
}

/** All the deadlines of an RTI application's journey, from filing to the second appeal. */
export function rtiApplicationDeadlines(filing: RtiApplicationFiling, today: IsoDate, options: DeadlineOptions): TrackedDeadline[] {
  const clock = replyClock(filing, today, options);
  if (!clock) return [];
  const history = filing.history;
  const out: TrackedDeadline[] = [];

  if (clock.transfer) {
    const transfer = toDeadline('transfer-due', clock.transfer.limit, 'public-authority');
    out.push(track(transfer, { completedOn: clock.transfer.on, supersededOn: null, supersededByClosure: false, paused: false }, today, options));
  }

  const replyProgress = { ...progressFrom(history, clock.startIndex + 1, DECISION_STATUSES, ['first-appeal']), paused: clock.paused };
  const reply = toDeadline('reply-due', clock.reply, 'public-authority');
  out.push(track(reply, replyProgress, today, options));

  // s.7(2): with no decision by the last day, the request is refused from the next day. It is
  // in time if a decision came by the reply date, hence `lastDay` = the reply due date.
  const deemedOn = addDays(reply.dueDate, 1);
  const deemed: Reckoning = {
    date: deemedOn,
    steps: [...clock.reply.steps, msg('deadline.deemedRefused', { date: on(reply.dueDate), from: on(deemedOn) })],
    rules: [...clock.reply.rules, 'deemedRefusal'],
  };
  out.push(track(toDeadline('deemed-refusal', deemed, 'public-authority'), replyProgress, today, options, reply.dueDate));

  const appeal = findFrom(history, clock.startIndex + 1, ['first-appeal']);
  const decision = lastDecisionBefore(history, clock.startIndex + 1, appeal ? appeal.index : history.length);
  const firstAppealDays = periodDays('firstAppeal');
  const appealWindow = decision
    ? addPeriod(startAt(decision.date, msg('deadline.decisionReceived', { decision: decisionName(decision.status), date: on(decision.date) })), firstAppealDays, msg('deadline.period.days', { count: firstAppealDays }), 'firstAppeal')
    : addPeriod(
      { date: reply.dueDate, steps: [...clock.reply.steps, msg('deadline.periodExpired', { date: on(reply.dueDate) })], rules: clock.reply.rules },
      firstAppealDays,
      msg('deadline.period.days', { count: firstAppealDays }),
      'firstAppeal',
    );
  const appealProgress = { ...progressFrom(history, clock.startIndex + 1, ['first-appeal'], []), paused: !decision && clock.paused };
  out.push(track(toDeadline('first-appeal-due', settle(appealWindow, options), 'applicant'), appealProgress, today, options));

  // The appeal is taken to travel the way the application did (RTI Online has "Submit First
  // Appeal", rti-law-and-anchors.md A.3); a recorded `receivedOn` overrides the assumption.
  if (appeal) out.push(...appealStageDeadlines(history, appeal.index, filing.mode, msg('deadline.verb.firstAppealSent'), today, options));
  return out;
}

/** A first appeal recorded as its own filing: the stage deadlines run from its `filed` event. */
export function firstAppealDeadlines(filing: FirstAppealFiling, today: IsoDate, options: DeadlineOptions): TrackedDeadline[] {
  const filed = findFrom(filing.history, 0, ['filed']);
  if (!filed) return [];
  return appealStageDeadlines(filing.history, filed.index, filing.mode, msg('deadline.verb.firstAppealFiled'), today, options);
}

/**
 * The first appellate authority decides within 30 days of receiving the appeal, 45 at most with
 * reasons recorded (s.19(6)); the second appeal lies within 90 days of the date the decision was
 * received or should have been made (s.19(3)). Without an order the 90 days are counted from the
 * 30-day limit, the earlier reading, so the user is never told a later date than the law may allow.
 */
function appealStageDeadlines(
  history: ReadonlyArray<StatusEvent>,
  appealIndex: number,
  mode: FilingMode,
  verb: Message,
  today: IsoDate,
  options: DeadlineOptions,
): TrackedDeadline[] {
  const appealEvent = history[appealIndex];
  if (!appealEvent) return [];
  const received = receiptOf(appealEvent, mode, verb, options);
  const decisionDays = periodDays('firstAppealDecision');
  const extendedDays = periodDays('firstAppealDecisionExtended');
  const limit = settle(addPeriod(received, decisionDays, msg('deadline.period.days', { count: decisionDays }), 'firstAppealDecision'), options);
  const outer = addDays(received.date, extendedDays);
  const faa = note(limit, msg('deadline.extendable', { count: extendedDays, date: on(outer) }), 'firstAppealDecisionExtended');
  const faaProgress = progressFrom(history, appealIndex + 1, ['first-appellate-order'], ['second-appeal']);
  const out: TrackedDeadline[] = [track(toDeadline('faa-decision-due', faa, 'appellate-authority'), faaProgress, today, options)];

  const order = findFrom(history, appealIndex + 1, ['first-appellate-order']);
  const secondDays = periodDays('secondAppeal');
  const second = order
    ? addPeriod(startAt(order.event.date, msg('deadline.orderReceived', { date: on(order.event.date) })), secondDays, msg('deadline.period.days', { count: secondDays }), 'secondAppeal')
    : note(
      addPeriod(
        { date: limit.date, steps: [...limit.steps, msg('deadline.orderDueBy', { date: on(limit.date) })], rules: limit.rules },
        secondDays,
        msg('deadline.period.days', { count: secondDays }),
        'secondAppeal',
      ),
      msg('deadline.ifExtended', { count: extendedDays, from: on(outer), date: on(addDays(outer, secondDays)) }),
    );
  const secondProgress = progressFrom(history, appealIndex + 1, ['second-appeal'], []);
  out.push(track(toDeadline('second-appeal-due', settle(second, options), 'applicant'), secondProgress, today, options));
  return out;
}

/** The kind of decision, in words: a reply, a part reply or a refusal. */
function decisionName(status: FilingStatus): Message {
  if (status === 'partly-replied') return msg('deadline.decision.partlyReplied');
  if (status === 'refused') return msg('deadline.decision.refused');
  return msg('deadline.decision.replied');
}

function lastDecisionBefore(history: ReadonlyArray<StatusEvent>, from: number, to: number): StatusEvent | null {
  let found: StatusEvent | null = null;
  for (let index = from; index < to; index += 1) {
    const event = history[index];
    if (event && (DECISION_STATUSES as ReadonlyArray<FilingStatus>).includes(event.status)) found = event;
  }
  return found;
}
