import { assertNever } from '../lib/assert-never.ts';
import type { FilingMode, StatusEvent } from '../domain/filing.ts';
import { addDays } from '../lib/dates/index.ts';
import { fmt, startAt, type Reckoning } from './reckoning.ts';
import type { DeadlineOptions } from './types.ts';

/**
 * The day the authority received a document: the periods in s.7(1), s.19(1) and s.19(6) run
 * from receipt. A recorded delivery date wins; RTI Online and delivery by hand count as
 * received the day they are filed; by post the app assumes `postalDeliveryDays` (UNCONFIRMED
 * allowance, `DEADLINE_RULES.postalAllowance`) and says so.
 */
export function receiptOf(event: StatusEvent, mode: FilingMode, verb: string, options: DeadlineOptions): Reckoning {
  if (event.receivedOn !== undefined) {
    return startAt(event.receivedOn, `${verb} ${fmt(event.date)}, received ${fmt(event.receivedOn)} (recorded)`);
  }
  switch (mode) {
    case 'rti-online':
      return startAt(event.date, `${verb} ${fmt(event.date)} online, taken as received that day`);
    case 'by-hand':
      return startAt(event.date, `${verb} ${fmt(event.date)} by hand, taken as received that day`);
    case 'post':
      return postal(event, verb, options.postalDeliveryDays);
    default:
      return assertNever(mode, 'Unknown filing mode');
  }
}

function postal(event: StatusEvent, verb: string, days: number): Reckoning {
  const received = addDays(event.date, days);
  return startAt(
    received,
    `${verb} by post ${fmt(event.date)} + ${days} days assumed for delivery = received ${fmt(received)} (UNCONFIRMED allowance; record the delivery date to replace it)`,
    ['postalAllowance'],
  );
}
