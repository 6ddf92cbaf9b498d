import { assertNever } from '../lib/assert-never.ts';
import type { FilingMode, StatusEvent } from '../domain/filing.ts';
import { addDays } from '../lib/dates/index.ts';
import { on, startAt, type Reckoning } from './reckoning.ts';
import { msg, type Message } from '../messages/message.ts';
import type { DeadlineOptions } from './types.ts';

/**
 * The day the authority received a document: the periods in s.7(1), s.19(1) and s.19(6) run
 * from receipt. A recorded delivery date wins; RTI Online and delivery by hand count as
 * received the day they are filed; by post the app assumes `postalDeliveryDays` (UNCONFIRMED
 * allowance, `DEADLINE_RULES.postalAllowance`) and says so.
 */
export function receiptOf(event: StatusEvent, mode: FilingMode, verb: Message, options: DeadlineOptions): Reckoning {
  if (event.receivedOn !== undefined) {
    return startAt(event.receivedOn, msg('deadline.receivedRecorded', { verb, date: on(event.date), received: on(event.receivedOn) }));
  }
  switch (mode) {
    case 'rti-online':
      return startAt(event.date, msg('deadline.receivedOnline', { verb, date: on(event.date) }));
    case 'by-hand':
      return startAt(event.date, msg('deadline.receivedByHand', { verb, date: on(event.date) }));
    case 'post':
      return postal(event, verb, options.postalDeliveryDays);
    default:
      return assertNever(mode, 'Unknown filing mode');
  }
}

function postal(event: StatusEvent, verb: Message, days: number): Reckoning {
  const received = addDays(event.date, days);
  return startAt(
    received,
    msg('deadline.receivedByPost', { verb, date: on(event.date), count: days, received: on(received) }),
    ['postalAllowance'],
  );
}
