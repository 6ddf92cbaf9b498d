import { addDays, compareIsoDates, formatDisplayDate, isIsoDate, type IsoDate } from '../lib/dates/index.ts';
import { FILING_STATUSES, type Filing, type FilingKind, type FilingStatus, type StatusEvent } from '../domain/filing.ts';
import { replyClock } from '../deadlines/rti-deadlines.ts';
import { deadlineOptions, type DeadlineOptions } from '../deadlines/types.ts';
import { assertNever } from '../lib/assert-never.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { currentStatus, hasReached, lastEvent } from '../domain/filing-history.ts';
import { filingKindNoun, filingStatusLabel, statusVerbPhrase } from '../domain/filing-labels.ts';

type TransitionTable = Readonly<Partial<Record<FilingStatus, ReadonlyArray<FilingStatus>>>>;

/**
 * What an RTI application may become next, from filing to the Commission's decision.
 * Appeals recorded here are the application's own journey; `rti-first-appeal` filings exist for
 * appeals whose application is not tracked in the case (or for their own particulars).
 */
const RTI_APPLICATION: TransitionTable = {
  draft: ['filed', 'closed'],
  filed: ['transferred', 'fee-demanded', 'replied', 'partly-replied', 'refused', 'deemed-refused', 'closed'],
  // s.6(3): the transferee now holds the request and decides it.
  transferred: ['fee-demanded', 'replied', 'partly-replied', 'refused', 'deemed-refused', 'closed'],
  // s.7(3)(a): the clock is stopped, so nothing is deemed until the fee is paid (or the applicant gives up).
  'fee-demanded': ['fee-paid', 'closed'],
  'fee-paid': ['fee-demanded', 'replied', 'partly-replied', 'refused', 'deemed-refused', 'closed'],
  // s.19(1): "any person ... aggrieved by a decision" may appeal, against a full reply too.
  replied: ['first-appeal', 'closed'],
  'partly-replied': ['replied', 'first-appeal', 'closed'],
  refused: ['first-appeal', 'closed'],
  // s.7(2): a late decision can still come; the applicant may appeal without one.
  'deemed-refused': ['replied', 'partly-replied', 'refused', 'first-appeal', 'closed'],
  // s.19(3): a second appeal lies also where the order "should have been made" and was not.
  'first-appeal': ['first-appellate-order', 'second-appeal', 'closed'],
  'first-appellate-order': ['replied', 'partly-replied', 'second-appeal', 'closed'],
  'second-appeal': ['decided', 'closed'],
  decided: ['replied', 'partly-replied', 'closed'],
  closed: [],
};

const FIRST_APPEAL: TransitionTable = {
  draft: ['filed', 'closed'],
  filed: ['first-appellate-order', 'second-appeal', 'closed'],
  'first-appellate-order': ['second-appeal', 'closed'],
  'second-appeal': ['decided', 'closed'],
  decided: ['closed'],
  closed: [],
};

/** Second appeals and s.18 complaints: before the Commission until it decides. */
const BEFORE_COMMISSION: TransitionTable = {
  draft: ['filed', 'closed'],
  filed: ['decided', 'closed'],
  decided: ['closed'],
  closed: [],
};

/** Notice given, then answered (`replied`) or disallowed (`refused`). */
const QUESTION_NOTICE: TransitionTable = {
  draft: ['filed', 'closed'],
  filed: ['replied', 'refused', 'closed'],
  replied: ['closed'],
  refused: ['closed'],
  closed: [],
};

/** Given (`filed`), then fulfilled in part or in full, or dropped (`closed`), per OAMS (ii)-(iv). */
const ASSURANCE: TransitionTable = {
  draft: ['filed', 'closed'],
  filed: ['partly-replied', 'replied', 'closed'],
  'partly-replied': ['replied', 'closed'],
  replied: ['closed'],
  closed: [],
};

function tableFor(kind: FilingKind): TransitionTable {
  switch (kind) {
    case 'rti-application': return RTI_APPLICATION;
    case 'rti-first-appeal': return FIRST_APPEAL;
    case 'rti-second-appeal':
    case 'rti-complaint': return BEFORE_COMMISSION;
    case 'question-notice': return QUESTION_NOTICE;
    case 'assurance': return ASSURANCE;
    default: return assertNever(kind, 'Unknown filing kind');
  }
}

/** The statuses a kind of filing can ever have. */
export function statusesFor(kind: FilingKind): ReadonlyArray<FilingStatus> {
  const table = tableFor(kind);
  const all = new Set<FilingStatus>();
  for (const status of FILING_STATUSES) {
    const next = table[status];
    if (!next) continue;
    all.add(status);
    for (const to of next) all.add(to);
  }
  return FILING_STATUSES.filter((status) => all.has(status));
}

export function allowedTransitions(filing: Filing): ReadonlyArray<FilingStatus> {
  return tableFor(filing.kind)[currentStatus(filing)] ?? [];
}

export type TransitionErrorCode = 'not-allowed' | 'invalid-date' | 'out-of-order' | 'too-early';

export type TransitionError = {
  readonly code: TransitionErrorCode;
  readonly from: FilingStatus;
  readonly to: FilingStatus;
  /** A sentence for the user: what is wrong and what to do instead. */
  readonly message: string;
};

export type TransitionOptions = {
  /** The day the other side received the document (see `StatusEventSchema`). */
  readonly receivedOn?: IsoDate;
  readonly deadlines?: Partial<DeadlineOptions>;
};

/**
 * Record that a filing moved to `to` on `date`.
 *
 * Refuses transitions the procedure does not allow, dates that are not real dates, dates
 * earlier than the last recorded event, and a deemed refusal (s.7(2)) before the reply period
 * has run out.
 */
export function transition(filing: Filing, to: FilingStatus, date: IsoDate, note = '', options: TransitionOptions = {}): Result<Filing, TransitionError> {
  const from = currentStatus(filing);
  const fail = (code: TransitionErrorCode, message: string): Result<Filing, TransitionError> => err({ code, from, to, message });

  if (!isIsoDate(date)) return fail('invalid-date', `"${date}" is not a date; use the form YYYY-MM-DD.`);
  if (options.receivedOn !== undefined) {
    if (!isIsoDate(options.receivedOn)) return fail('invalid-date', `"${options.receivedOn}" is not a date; use the form YYYY-MM-DD.`);
    if (compareIsoDates(options.receivedOn, date) < 0) {
      return fail('invalid-date', `The date of receipt (${formatDisplayDate(options.receivedOn)}) cannot be earlier than the date it was sent (${formatDisplayDate(date)}).`);
    }
  }
  if (!allowedTransitions(filing).includes(to)) return fail('not-allowed', refusalReason(filing, from, to));

  const last = lastEvent(filing);
  if (last && compareIsoDates(date, last.date) < 0) {
    return fail('out-of-order', `${formatDisplayDate(date)} is earlier than the last recorded event (${filingStatusLabel(filing.kind, last.status)} on ${formatDisplayDate(last.date)}); record events in the order they happened.`);
  }

  if (to === 'deemed-refused' && filing.kind === 'rti-application') {
    const clock = replyClock(filing, date, deadlineOptions(options.deadlines));
    if (clock && compareIsoDates(date, clock.reply.date) <= 0) {
      return fail('too-early', `The reply is due by ${formatDisplayDate(clock.reply.date)} (${clock.reply.steps.join('; ')}), so the application is deemed refused only from ${formatDisplayDate(addDays(clock.reply.date, 1))} (s.7(2)).`);
    }
  }

  const event: StatusEvent = options.receivedOn === undefined ? { status: to, date, note } : { status: to, date, note, receivedOn: options.receivedOn };
  return ok({ ...filing, history: [...filing.history, event] });
}

const DECISIONS: ReadonlyArray<FilingStatus> = ['replied', 'partly-replied', 'refused'];

/** Why a transition is refused, in words that say what to record instead. */
export function refusalReason(filing: Filing, from: FilingStatus, to: FilingStatus): string {
  const noun = filingKindNoun(filing.kind);
  const article = /^[aeiou]/i.test(noun) ? 'An' : 'A';
  if (from === to) return `The ${noun} is already recorded as "${filingStatusLabel(filing.kind, from)}".`;
  if (from === 'closed') return `This ${noun} is closed, so nothing more can be recorded on it; start a new filing instead.`;
  if (!statusesFor(filing.kind).includes(to)) return `${article} ${noun} cannot be ${statusVerbPhrase(to)}.`;
  if (from === 'draft') return `A filing that is still a draft cannot be ${statusVerbPhrase(to)}; record it as filed first.`;
  if (to === 'draft') return 'A filing that has been filed cannot go back to draft; its history keeps what happened.';
  if (to === 'filed') return `This ${noun} is already filed; record what happened to it instead.`;
  if (to === 'fee-paid') return 'No further fee is pending, so a payment cannot be recorded; record the fee demand (s.7(3)) first.';
  if (from === 'fee-demanded') {
    return 'The further fee demanded is unpaid, so the reply clock is stopped (s.7(3)(a)); record the payment first, or close the application if you will not pay.';
  }
  if (to === 'first-appeal' && !DECISIONS.some((status) => hasReached(filing, status)) && !hasReached(filing, 'deemed-refused')) {
    return 'There is no decision to appeal yet: record the reply, or record the deemed refusal once the reply period has passed (s.7(2)), before the first appeal.';
  }
  if (to === 'first-appellate-order') return 'No first appeal is pending; record the first appeal first.';
  if (to === 'second-appeal') return 'A second appeal lies against the first appellate order or its absence (s.19(3)); record the first appeal first.';
  if (to === 'decided') return 'Only a matter before the Information Commission is decided; record the second appeal first.';
  if (to === 'transferred') return 'A transfer under s.6(3) is made by the public authority that first receives the request, before it decides it.';
  return `A filing whose status is "${filingStatusLabel(filing.kind, from)}" cannot be ${statusVerbPhrase(to)} directly.`;
}
