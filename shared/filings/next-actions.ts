import type { IsoDate } from '../lib/dates/index.ts';
import type { Filing, FilingStatus } from '../domain/filing.ts';
import { deadlinesFor } from '../deadlines/deadlines-for.ts';
import type { DeadlineKind, DeadlineOptions, TrackedDeadline } from '../deadlines/types.ts';
import { assertNever } from '../lib/assert-never.ts';
import { currentStatus } from '../domain/filing-history.ts';
import { allowedTransitions } from './transitions.ts';

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
  readonly label: string;
  /** The status recording this action moves the filing to, if it is a recording step. */
  readonly transitionTo: FilingStatus | null;
  /** The date that governs the action, with its legal basis. */
  readonly dueDate: IsoDate | null;
  readonly basis: string | null;
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
  const act = (kind: NextActionKind, label: string, transitionTo: FilingStatus | null = null, deadline: TrackedDeadline | null = null): NextAction => ({
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
type Act = (kind: NextActionKind, label: string, transitionTo?: FilingStatus | null, deadline?: TrackedDeadline | null) => NextAction;

function candidates(filing: Filing, find: Find, act: Act): NextAction[] {
  const status = currentStatus(filing);
  const close = act('close', 'Close the filing', 'closed');
  switch (filing.kind) {
    case 'rti-application': return rtiApplicationActions(status, find, act, close);
    case 'rti-first-appeal': return appealStageActions(status === 'filed' ? 'first-appeal' : status, find, act, close);
    case 'rti-second-appeal':
    case 'rti-complaint':
      if (status === 'draft') return [act('record-filed', 'Record the date it was filed with the Commission', 'filed'), close];
      if (status === 'filed') return [act('record-decision', 'Record the Commission\'s decision', 'decided')];
      if (status === 'decided') return [close];
      return [];
    case 'question-notice':
      if (status === 'draft') return [act('record-filed', 'Record the date the notice was given', 'filed'), close];
      if (status === 'filed') {
        const answer = find('answer-expected');
        return [act('record-answer', 'Record the answer when it is given', 'replied', answer), act('record-answer', 'Record that the notice was disallowed', 'refused'), close];
      }
      if (status === 'replied') return [act('draft-follow-up-question', 'Check the answer part by part and follow up what it left open'), close];
      if (status === 'refused') return [act('draft-follow-up-question', 'Redraft the question so that it is admissible'), close];
      return [];
    case 'assurance': {
      const due = find('assurance-due');
      const fulfilled = act('record-fulfilment', 'Record the implementation report when it is laid', 'replied', due);
      if (status === 'draft') return [act('record-filed', 'Record the assurance as given', 'filed'), close];
      if (status === 'filed' || status === 'partly-replied') {
        const followUp = act('draft-follow-up-question', due && due.status === 'overdue'
          ? 'The three months have run out: ask what became of the assurance'
          : 'Ask what has been done to fulfil the assurance', null, due);
        const partly = act('record-fulfilment', 'Record a part fulfilment', 'partly-replied', due);
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
  const draftFirstAppeal = act('draft-first-appeal', 'Draft the first appeal (s.19(1))', null, appeal);
  const recordFirstAppeal = act('record-first-appeal', 'Record the first appeal as filed', 'first-appeal', appeal);
  switch (status) {
    case 'draft': return [act('record-filed', 'Record the date you filed it', 'filed'), close];
    case 'filed':
    case 'transferred':
    case 'fee-paid':
      if (reply && reply.status === 'overdue') {
        return [draftFirstAppeal, act('record-deemed-refusal', 'Record the deemed refusal (s.7(2))', 'deemed-refused', reply), act('record-reply', 'Record a late reply', 'replied', reply), close];
      }
      return [
        act('record-reply', 'Record the reply when it comes', 'replied', reply),
        act('record-reply', 'Record a reply that answers only part', 'partly-replied', reply),
        act('record-reply', 'Record a refusal', 'refused', reply),
        act('record-fee-demand', 'Record a further-fee demand (s.7(3))', 'fee-demanded'),
        act('record-transfer', 'Record a transfer to another authority (s.6(3))', 'transferred'),
        close,
      ];
    case 'fee-demanded':
      return [
        act('record-fee-payment', 'Record the fee payment: the clock restarts (s.7(3)(a))', 'fee-paid'),
        act('draft-complaint', 'If the fee is unreasonable, complain to the Commission (s.18)'),
        close,
      ];
    case 'replied':
      return [act('review-reply', 'Check the reply point by point; appeal if anything is missing', null, appeal), draftFirstAppeal, recordFirstAppeal, close];
    case 'partly-replied':
      return [draftFirstAppeal, recordFirstAppeal, act('record-reply', 'Record the rest of the reply', 'replied'), close];
    case 'refused':
      return [draftFirstAppeal, recordFirstAppeal, close];
    case 'deemed-refused':
      return [draftFirstAppeal, recordFirstAppeal, act('record-reply', 'Record a late reply', 'replied', reply), act('record-reply', 'Record a late refusal', 'refused', reply), close];
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
  const draftSecondAppeal = act('draft-second-appeal', 'Draft the second appeal to the Information Commission (s.19(3))', null, second);
  switch (status) {
    case 'draft': return [act('record-filed', 'Record the date you filed the appeal', 'filed'), close];
    case 'first-appeal':
      if (order && order.status === 'overdue') {
        return [draftSecondAppeal, act('record-appellate-order', 'Record a late first appellate order', 'first-appellate-order', order), act('record-second-appeal', 'Record the second appeal as filed', 'second-appeal', second)];
      }
      return [act('record-appellate-order', 'Record the first appellate order', 'first-appellate-order', order), close];
    case 'first-appellate-order':
      return [draftSecondAppeal, act('record-second-appeal', 'Record the second appeal as filed', 'second-appeal', second), act('record-reply', 'Record the information supplied under the order', 'replied'), close];
    case 'second-appeal':
      return [act('record-decision', 'Record the Commission\'s decision', 'decided')];
    case 'decided':
      return [act('record-reply', 'Record the information supplied under the decision', 'replied'), close];
    default:
      return [];
  }
}
