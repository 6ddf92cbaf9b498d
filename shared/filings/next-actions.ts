import type { IsoDate } from '../lib/dates/index.ts';
import type { Filing, FilingStatus } from '../domain/filing.ts';
import { deadlinesFor } from '../deadlines/deadlines-for.ts';
import type { DeadlineKind, DeadlineOptions, TrackedDeadline } from '../deadlines/types.ts';
import { assertNever } from '../lib/assert-never.ts';
import { currentStatus } from '../domain/filing-history.ts';
import { allowedTransitions } from './transitions.ts';
import { msg, type Message } from '../messages/message.ts';

export const NEXT_ACTION_KINDS = [
  'record-filed',
  'record-reply',
  'record-transfer',
  'record-fee-demand',
  'record-fee-payment',
  'record-deemed-refusal',
  'review-reply',
  'draft-first-appeal',
  'record-first-appeal',
  'record-appellate-order',
  'draft-second-appeal',
  'record-second-appeal',
  'draft-complaint',
  'record-decision',
  'record-answer',
  'draft-follow-up-question',
  'record-fulfilment',
  'close',
] as const;
export type NextActionKind = (typeof NEXT_ACTION_KINDS)[number];

export type NextAction = {
  readonly kind: NextActionKind;
  /** What to do, in words (`shared/messages`, `action.*`). */
  readonly label: Message;
  /** The status recording this action moves the filing to, if it is a recording step. */
  readonly transitionTo: FilingStatus | null;
  /** The date that governs the action, with its legal basis. */
  readonly dueDate: IsoDate | null;
  readonly basis: ReadonlyArray<Message> | null;
};

/**
 * What the user can do next with a filing, most pressing first.
 *
 * Drafting actions (`draft-…`) lead to the drafting screens; `record-…` actions are transitions.
 * An action whose transition the status machine would refuse is never offered.
 */
export function nextActions(filing: Filing, today: IsoDate, options: Partial<DeadlineOptions> = {}): NextAction[] {
  const deadlines = deadlinesFor(filing, today, options);
  const find = (kind: DeadlineKind): TrackedDeadline | null => deadlines.find((d) => d.kind === kind) ?? null;
  const act = (kind: NextActionKind, label: Message, transitionTo: FilingStatus | null = null, deadline: TrackedDeadline | null = null): NextAction => ({
    kind,
    label,
    transitionTo,
    dueDate: deadline?.dueDate ?? null,
    basis: deadline?.basis ?? null,
  });
  const allowed = allowedTransitions(filing);
  return candidates(filing, find, act).filter((action) => action.transitionTo === null || allowed.includes(action.transitionTo));
}

type Find = (kind: DeadlineKind) => TrackedDeadline | null;
type Act = (kind: NextActionKind, label: Message, transitionTo?: FilingStatus | null, deadline?: TrackedDeadline | null) => NextAction;

function candidates(filing: Filing, find: Find, act: Act): NextAction[] {
  const status = currentStatus(filing);
  const close = act('close', msg('action.close'), 'closed');
  switch (filing.kind) {
    case 'rti-application': return rtiApplicationActions(status, find, act, close);
    case 'rti-first-appeal': return appealStageActions(status === 'filed' ? 'first-appeal' : status, find, act, close);
    case 'rti-second-appeal':
    case 'rti-complaint':
      if (status === 'draft') return [act('record-filed', msg('action.recordFiledCommission'), 'filed'), close];
      if (status === 'filed') return [act('record-decision', msg('action.recordDecision'), 'decided')];
      if (status === 'decided') return [close];
      return [];
    case 'question-notice':
      if (status === 'draft') return [act('record-filed', msg('action.recordNoticeGiven'), 'filed'), close];
      if (status === 'filed') {
        const answer = find('answer-expected');
        return [act('record-answer', msg('action.recordAnswer'), 'replied', answer), act('record-answer', msg('action.recordDisallowed'), 'refused'), close];
      }
      if (status === 'replied') return [act('draft-follow-up-question', msg('action.checkAnswer')), close];
      if (status === 'refused') return [act('draft-follow-up-question', msg('action.redraftQuestion')), close];
      return [];
    case 'assurance': {
      const due = find('assurance-due');
      const fulfilled = act('record-fulfilment', msg('action.recordFulfilment'), 'replied', due);
      if (status === 'draft') return [act('record-filed', msg('action.recordAssuranceGiven'), 'filed'), close];
      if (status === 'filed' || status === 'partly-replied') {
        const followUp = act('draft-follow-up-question', due && due.status === 'overdue'
          ? msg('action.assuranceLapsed')
          : msg('action.askAssurance'), null, due);
        const partly = act('record-fulfilment', msg('action.recordPartFulfilment'), 'partly-replied', due);
        return due && due.status === 'overdue' ? [followUp, fulfilled, partly, close] : [fulfilled, partly, followUp, close];
      }
      if (status === 'replied') return [close];
      return [];
    }
    default:
      return assertNever(filing, 'Unknown filing kind');
  }
}

function rtiApplicationActions(status: FilingStatus, find: Find, act: Act, close: NextAction): NextAction[] {
  const reply = find('reply-due');
  const appeal = find('first-appeal-due');
  const draftFirstAppeal = act('draft-first-appeal', msg('action.draftFirstAppeal', { section: msg('section.firstAppeal') }), null, appeal);
  const recordFirstAppeal = act('record-first-appeal', msg('action.recordFirstAppeal'), 'first-appeal', appeal);
  switch (status) {
    case 'draft': return [act('record-filed', msg('action.recordFiled'), 'filed'), close];
    case 'filed':
    case 'transferred':
    case 'fee-paid':
      if (reply && reply.status === 'overdue') {
        return [draftFirstAppeal, act('record-deemed-refusal', msg('action.recordDeemedRefusal', { section: msg('section.deemedRefusal') }), 'deemed-refused', reply), act('record-reply', msg('action.recordLateReply'), 'replied', reply), close];
      }
      return [
        act('record-reply', msg('action.recordReply'), 'replied', reply),
        act('record-reply', msg('action.recordPartReply'), 'partly-replied', reply),
        act('record-reply', msg('action.recordRefusal'), 'refused', reply),
        act('record-fee-demand', msg('action.recordFeeDemand', { section: msg('section.s7_3') }), 'fee-demanded'),
        act('record-transfer', msg('action.recordTransfer', { section: msg('section.transfer') }), 'transferred'),
        close,
      ];
    case 'fee-demanded':
      return [
        act('record-fee-payment', msg('action.recordFeePayment', { section: msg('section.feePause') }), 'fee-paid'),
        act('draft-complaint', msg('action.complainFee', { section: msg('section.s18') })),
        close,
      ];
    case 'replied':
      return [act('review-reply', msg('action.reviewReply'), null, appeal), draftFirstAppeal, recordFirstAppeal, close];
    case 'partly-replied':
      return [draftFirstAppeal, recordFirstAppeal, act('record-reply', msg('action.recordRestOfReply'), 'replied'), close];
    case 'refused':
      return [draftFirstAppeal, recordFirstAppeal, close];
    case 'deemed-refused':
      return [draftFirstAppeal, recordFirstAppeal, act('record-reply', msg('action.recordLateReply'), 'replied', reply), act('record-reply', msg('action.recordLateRefusal'), 'refused', reply), close];
    case 'first-appeal':
    case 'first-appellate-order':
    case 'second-appeal':
    case 'decided':
    case 'closed':
      return appealStageActions(status, find, act, close);
    default:
      return assertNever(status, 'Unknown filing status');
  }
}

function appealStageActions(status: FilingStatus, find: Find, act: Act, close: NextAction): NextAction[] {
  const order = find('faa-decision-due');
  const second = find('second-appeal-due');
  const draftSecondAppeal = act('draft-second-appeal', msg('action.draftSecondAppeal', { section: msg('section.secondAppeal') }), null, second);
  switch (status) {
    case 'draft': return [act('record-filed', msg('action.recordAppealFiled'), 'filed'), close];
    case 'first-appeal':
      if (order && order.status === 'overdue') {
        return [draftSecondAppeal, act('record-appellate-order', msg('action.recordLateOrder'), 'first-appellate-order', order), act('record-second-appeal', msg('action.recordSecondAppeal'), 'second-appeal', second)];
      }
      return [act('record-appellate-order', msg('action.recordOrder'), 'first-appellate-order', order), close];
    case 'first-appellate-order':
      return [draftSecondAppeal, act('record-second-appeal', msg('action.recordSecondAppeal'), 'second-appeal', second), act('record-reply', msg('action.recordSuppliedOrder'), 'replied'), close];
    case 'second-appeal':
      return [act('record-decision', msg('action.recordDecision'), 'decided')];
    case 'decided':
      return [act('record-reply', msg('action.recordSuppliedDecision'), 'replied'), close];
    default:
      return [];
  }
}
